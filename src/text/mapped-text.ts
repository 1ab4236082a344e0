/**
 * A text derived from a source string by small edits (replacements, insertions, deletions),
 * that remembers where each of its characters came from. Analysis runs on the derived text;
 * anything shown to users is sliced from the source through `toSource`, so quotes stay exact.
 */
export interface SourceRange {
  start: number;
  end: number;
}

interface Run {
  /** offset of the run in the derived text */
  at: number;
  /** offset of the run in the source */
  src: number;
  /** length in the source (copy runs: same as derived length) */
  srcLen: number;
  /** true when the derived characters are the source characters one to one */
  copy: boolean;
}

export class MappedText {
  readonly text: string;
  private readonly runs: Run[];

  private constructor(text: string, runs: Run[]) {
    this.text = text;
    this.runs = runs;
  }

  /** Identity mapping: the text is its own source. */
  static identity(text: string): MappedText {
    return new MappedText(text, [{ at: 0, src: 0, srcLen: text.length, copy: true }]);
  }

  /**
   * Apply non-overlapping edits (sorted or not) to `source`.
   * Each edit replaces source[start, end) with `text` (end === start inserts).
   */
  static fromEdits(source: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): MappedText {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const runs: Run[] = [];
    let out = '';
    let pos = 0;
    const copyTo = (end: number): void => {
      if (end > pos) {
        runs.push({ at: out.length, src: pos, srcLen: end - pos, copy: true });
        out += source.slice(pos, end);
        pos = end;
      }
    };
    for (const e of sorted) {
      if (e.start < pos) continue; // overlapping edit: the earlier one wins
      copyTo(e.start);
      if (e.text.length > 0 || e.end > e.start) {
        runs.push({ at: out.length, src: e.start, srcLen: e.end - e.start, copy: false });
        out += e.text;
      }
      pos = e.end;
    }
    copyTo(source.length);
    return new MappedText(out, runs);
  }

  private runAt(i: number): Run {
    // last run whose `at` <= i (binary search); runs are sorted by `at`
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runs[mid]!.at <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.runs[lo] ?? { at: 0, src: 0, srcLen: 0, copy: true };
  }

  /** Source offset of the derived character at `i` (or of the end, for i === text.length). */
  toSource(i: number): number {
    if (this.runs.length === 0) return 0;
    const r = this.runAt(i);
    if (r.copy) return r.src + Math.min(i - r.at, r.srcLen);
    return r.src;
  }

  /** Source range covering derived [start, end): inserted characters map to nothing. */
  toSourceRange(start: number, end: number): SourceRange {
    const s = this.toSource(start);
    if (end <= start) return { start: s, end: s };
    const last = this.runAt(end - 1);
    const e = last.copy ? last.src + Math.min(end - last.at, last.srcLen) : last.src + last.srcLen;
    return { start: s, end: Math.max(s, e) };
  }
}
