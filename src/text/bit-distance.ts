/**
 * Levenshtein distance from one pattern to many texts, bit-parallel (Myers 1999, Hyyrö's
 * formulation): O(text length) word operations per text instead of a quadratic table, for
 * looking a typed name up among tens of thousands. Patterns longer than 31 characters fall
 * back to the table (`editDistance`).
 */
import { editDistance } from './edit-distance.ts';

export class DistanceFrom {
  private readonly peq = new Map<number, number>();
  private readonly ascii = new Int32Array(128);

  constructor(private readonly pattern: string) {
    if (pattern.length > 31) return;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      if (c < 128) this.ascii[c]! |= 1 << i;
      else this.peq.set(c, (this.peq.get(c) ?? 0) | (1 << i));
    }
  }

  /** The edit distance to `text`; above `max`, any number above `max`. */
  to(text: string, max: number): number {
    const m = this.pattern.length;
    if (Math.abs(m - text.length) > max) return max + 1;
    if (m > 31) return editDistance(this.pattern, text, max);
    if (m === 0) return text.length;
    let pv = -1 >>> (32 - m);
    let mv = 0;
    let score = m;
    const high = 1 << (m - 1);
    for (let j = 0; j < text.length; j++) {
      const c = text.charCodeAt(j);
      const eq = c < 128 ? this.ascii[c]! : (this.peq.get(c) ?? 0);
      const xv = eq | mv;
      const xh = (((eq & pv) + pv) ^ pv) | eq;
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      ph = (ph << 1) | 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      // the score can fall by at most one per remaining character
      if (score - (text.length - j - 1) > max) return max + 1;
    }
    return score;
  }
}
