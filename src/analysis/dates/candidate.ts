/**
 * The shared shape of a temporal expression while it is being found and resolved. Finders
 * propose candidates; expressions.ts picks non-overlapping ones, attaches governing prepositions
 * ("until", "since") and resolves them in two passes (see there).
 */
import type { Sentence } from '../sentences.ts';
import type { PartialDate } from './calendar.ts';

export type ExpressionType =
  'explicit' | 'month' | 'year' | 'vague' | 'relative' | 'anaphora' | 'named-event' | 'offset';

export interface TemporalExpression {
  /** range in input.text of the expression as written, governing preposition included */
  start: number;
  end: number;
  text: string;
  /** YYYY | YYYY-MM | YYYY-MM-DD; null when it cannot be resolved honestly */
  date: string | null;
  qualifier: string | null;
  rangeEnd?: string | null;
  type: ExpressionType;
}

export interface Resolution {
  date: string | null;
  qualifier?: string | null;
  rangeEnd?: string | null;
}

export interface Context {
  text: string;
  published: PartialDate | null;
  sentences: readonly Sentence[];
  /** expressions resolved so far (all context-free ones, then context-dependent ones in text order) */
  resolved: readonly TemporalExpression[];
}

export interface Candidate {
  start: number;
  end: number;
  type: ExpressionType;
  /**
   * false: resolvable from the text and the publication date alone (pass 1);
   * true: needs other expressions (anaphora, offsets: pass 2, in text order).
   */
  contextual: boolean;
  /** may a preceding preposition ("until", "in") be attached to it? */
  prepositional: boolean;
  /** month of a month named without a year ("from June to August 2019" borrows the year) */
  month?: number;
  /** day of such a year-less date ("between March 1 and March 5, 1997") */
  day?: number;
  /** null: leave the expression out (e.g. an offset whose anchor cannot be found) */
  resolve(ctx: Context): Resolution | null;
}

const compiled = new Map<string, RegExp>();

/**
 * A global regex from a source string, case-insensitive unless flags say otherwise. Unicode mode
 * is kept only where the source needs it (\p{…}, \u{…}): V8 matches case-insensitive Unicode
 * patterns 4 to 16 times slower than either flag alone, and for these patterns (English words,
 * digits, punctuation) the two modes differ only on "ſ" and the Kelvin sign. Compiled once per
 * source (matchAll and replace copy a regex before using its lastIndex).
 */
export function re(source: string, flags = 'giu'): RegExp {
  const key = `${flags}/${source}`;
  let r = compiled.get(key);
  if (!r) {
    const unicode = /\\[pPu]\{/.test(source);
    r = new RegExp(source, unicode ? flags : flags.replace('u', ''));
    compiled.set(key, r);
  }
  return r;
}

/** the sentence holding an offset (or the nearest one before it) */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  let best: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (s.start <= at) {
      best = s;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
