/**
 * A query's words against a RankedSearch: every word (AND), ranked; if no document has every
 * word, any of them (OR, leaving common words out when there are rarer ones: they would match
 * most of the index and rank below them anyway), naming the words that matched nothing.
 */
import type { Ranked, RankedResults, RankedSearch, TermSpec } from './ranked-search.ts';
import { foldTerm, tokenizeWords } from './terms.ts';

/** a word in more than this share of the index's documents (and at least MIN_COMMON) is common */
const COMMON_SHARE = 0.01;
const MIN_COMMON = 500;

export interface RareFirstOptions {
  boost: Record<string, number>;
  /** prefix and typo matching for a word the index does not have (its position, the number of words) */
  prefix: (term: string, i: number, count: number) => boolean;
  fuzzy: (term: string) => number | false;
  /** documents a search may return (all when absent) */
  keep?: ((id: string) => boolean) | undefined;
  /** at most this many results, best first */
  limit: number;
  /** every word or nothing: when no document has them all, no looser search (`loose` is still said) */
  strict?: boolean;
}

export interface RareFirstResult {
  results: Ranked[];
  /** more documents matched than `limit` */
  more: boolean;
  /** no document had every word: these are the OR results */
  loose: boolean;
  /** (when loose) the query's words, as typed, that matched nothing even with typo and prefix tolerance */
  unmatched: string[];
}

export function searchRareFirst<T>(index: RankedSearch<T>, text: string, o: RareFirstOptions): RareFirstResult {
  const typed = tokenizeWords(text).filter((t) => !!foldTerm(t));
  const terms = typed.map(foldTerm) as string[];
  if (!terms.length) return { results: [], more: false, loose: false, unmatched: [] };
  const size = terms.map((t) => index.postings(t));
  // prefix and typo matching only for words the corpus does not have as typed: expanding a word
  // it has into every longer or similar word mostly adds noise
  const specs: TermSpec[] = terms.map((term, i) => {
    const known = size[i]! > 0;
    return { term, prefix: !known && o.prefix(term, i, terms.length), fuzzy: known ? false : o.fuzzy(term) };
  });
  const ranked = (which: readonly TermSpec[], combine: 'AND' | 'OR'): RankedResults =>
    index.searchRanked(which, { boost: o.boost, combine, limit: o.limit, keep: o.keep });
  const all = ranked(specs, 'AND');
  if (all.results.length || terms.length === 1) return { ...all, loose: false, unmatched: [] };
  if (o.strict) return { results: [], more: false, loose: true, unmatched: [] };
  const limit = Math.max(MIN_COMMON, index.documentCount * COMMON_SHARE);
  const rare = specs.filter((_, i) => size[i]! <= limit);
  const anyOf = rare.length && rare.length < specs.length ? rare : specs;
  // a word matches nothing when neither the corpus has it nor a typo or prefix of it is in a kept document
  const unmatched = typed.filter(
    (_, i) =>
      size[i] === 0 &&
      index.searchRanked([specs[i]!], { boost: o.boost, combine: 'AND', limit: 1, keep: o.keep }).results.length === 0,
  );
  return { ...ranked(anyOf, 'OR'), loose: true, unmatched: [...new Set(unmatched)] };
}
