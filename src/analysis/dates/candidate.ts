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
 * A global regex from a source string, case-insensitive unless flags say otherwise, compiled once
 * per source (matchAll and replace copy a regex before using its lastIndex). V8 matches patterns
 * that are both case-insensitive and Unicode 4 to 16 times slower than with either flag alone, so
 * such a pattern loses one: Unicode mode where it needs none (no \p{…}), else case-insensitivity,
 * its letters spelled in both cases (spelledInBothCases). For these patterns (English words,
 * digits, punctuation) the result differs only on "ſ" and the Kelvin sign.
 */
export function re(source: string, flags = 'giu'): RegExp {
  const key = `${flags}/${source}`;
  let r = compiled.get(key);
  if (!r) {
    let src = source;
    let fl = flags;
    if (fl.includes('i') && fl.includes('u')) {
      if (!/\\[pPu]\{/.test(src)) fl = fl.replace('u', '');
      else {
        const spelled = spelledInBothCases(src);
        if (spelled !== null) {
          src = spelled;
          fl = fl.replace('i', '');
        }
      }
    }
    r = new RegExp(src, fl);
    compiled.set(key, r);
  }
  return r;
}

/**
 * A pattern's ASCII letters as classes of both cases ("the" -> "[tT][hH][eE]"), for use without
 * the case-insensitive flag; null where that would change what it matches: a range of letters
 * in a character class, a non-ASCII letter, a named group or back-reference, a property other than
 * the caseless L, N, M, P, S, Z (\p{Lu} matches lower case too when case-insensitive).
 */
export function spelledInBothCases(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      let len = 2;
      if ((n === 'p' || n === 'P' || n === 'u') && source[i + 2] === '{') {
        const close = source.indexOf('}', i);
        if (close < 0) return null;
        if (n !== 'u' && !/^[LNMPSZ]$/.test(source.slice(i + 3, close))) return null;
        len = close + 1 - i;
      } else if (n === 'u') len = 6;
      else if (n === 'x') len = 4;
      // (a back-reference matches case-insensitively under the flag)
      else if (/[kcpP1-9]/.test(n)) return null;
      out += source.slice(i, i + len);
      i += len - 1;
    } else if (inClass) {
      if (c === ']') inClass = false;
      if (/[A-Za-z]/.test(c)) {
        if (source[i - 1] === '-' || source[i + 1] === '-') return null;
        out += c.toLowerCase() + c.toUpperCase();
      } else if (/\p{L}/u.test(c)) return null;
      else out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === '(' && source.startsWith('?<', i + 1) && /[A-Za-z]/.test(source[i + 3] ?? '')) return null;
    else if (/[A-Za-z]/.test(c)) out += `[${c.toLowerCase()}${c.toUpperCase()}]`;
    else if (/\p{L}/u.test(c)) return null;
    else out += c;
  }
  return out;
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
