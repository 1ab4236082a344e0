/**
 * How the search indexes fold a word (foldText's result, for one token). Indexing calls it for
 * every word of every quote and event, so the common case (plain ASCII) skips the Unicode
 * normalisation, and other words are folded once and remembered.
 */
import { foldText } from '../text/fold.ts';

const PLAIN = /^[\x21-\x5f\x61-\x7e]*$/; // printable ASCII without space or backtick: foldText only lowercases it
const seen = new Map<string, string | null>();
const MAX_SEEN = 200_000;

export function foldTerm(term: string): string | null {
  if (PLAIN.test(term)) return term.toLowerCase() || null;
  let f = seen.get(term);
  if (f === undefined) {
    f = foldText(term) || null;
    if (seen.size >= MAX_SEEN) seen.clear();
    seen.set(term, f);
  }
  return f;
}

/**
 * Words as the indexes split them: MiniSearch's split (spaces and punctuation) and symbols too,
 * so that "$900" holds the word "900" and "+1" holds "1", as a query and the phrase test
 * (foldWords) read them. Empty pieces are dropped by foldTerm.
 */
const SPLIT = /[\n\r\p{Z}\p{P}\p{S}]+/u;
export const tokenizeWords = (text: string): string[] => text.split(SPLIT);

/** The distinct words of some names, in first-seen order ("Ann Lee", "Mayor Lee" → "Ann Lee Mayor"). */
export function distinctWords(names: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const n of names) {
    for (const w of n.split(/\s+/)) {
      const k = w.toLowerCase();
      if (!w || seen.has(k)) continue;
      seen.add(k);
      out.push(w);
    }
  }
  return out.join(' ');
}
