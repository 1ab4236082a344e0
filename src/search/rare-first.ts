/**
 * An AND search that asks MiniSearch only for the rarer words, and checks the common ones
 * against the candidates those found (see vocabulary.ts); if nothing has every word, an OR
 * search (leaving common words out when there are rarer ones: they would match most of the
 * index and rank below them anyway).
 */
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import { foldTerm } from './terms.ts';
import type { Vocabulary } from './vocabulary.ts';

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
/** a word in more than this share of the index's documents (and at least MIN_COMMON) is common */
const COMMON_SHARE = 0.01;
const MIN_COMMON = 500;

export interface RareFirstOptions {
  boost: Record<string, number>;
  /** prefix and typo matching for a word the index does not have (its position, the number of words) */
  prefix: (term: string, i: number, count: number) => boolean;
  fuzzy: (term: string) => number | false;
  keep: (id: string) => boolean;
}

export function searchRareFirst<T>(index: MiniSearch<T>, v: Vocabulary, text: string, o: RareFirstOptions): SearchResult[] {
  return searchRareFirstDetailed(index, v, text, o).results;
}

export interface RareFirstResult {
  results: SearchResult[];
  /** no document had every word: these are the OR results */
  loose: boolean;
  /** (when loose) the query's words, as typed, that matched nothing even with typo and prefix tolerance */
  unmatched: string[];
}

export function searchRareFirstDetailed<T>(index: MiniSearch<T>, v: Vocabulary, text: string, o: RareFirstOptions): RareFirstResult {
  const typed = tokenize(text).filter((t) => !!foldTerm(t));
  const terms = typed.map(foldTerm) as string[];
  if (!terms.length) return { results: [], loose: false, unmatched: [] };
  const size = terms.map((t) => v.size(t));
  const spec = (i: number): SearchOptions => {
    const t = terms[i]!;
    const known = size[i]! > 0;
    return { prefix: !known && o.prefix(t, i, terms.length), fuzzy: known ? false : o.fuzzy(t) };
  };
  const limit = Math.max(MIN_COMMON, index.documentCount * COMMON_SHARE);
  const rarest = size.reduce((best, n, i) => (n < size[best]! ? i : best), 0);
  const all = terms.map((_, i) => i);
  const common = all.filter((i) => size[i]! > limit && i !== rarest);
  const searched = all.filter((i) => !common.includes(i));
  const asked = common.map((i) => terms[i]!);
  const query = (which: number[], combineWith: 'AND' | 'OR'): Query => ({ combineWith, queries: which.map((i) => ({ queries: [terms[i]!], ...spec(i) })) });
  const results = index.search(query(searched, 'AND'), { boost: o.boost, filter: (r) => o.keep(r.id as string) && asked.every((t) => v.has(t, r.id as string)) });
  if (results.length || terms.length === 1) return { results, loose: false, unmatched: [] };
  const anyOf = common.length && searched.some((i) => size[i]! <= limit) ? searched : all;
  // a word matches nothing when neither the corpus has it nor a typo or prefix of it is indexed
  const unmatched = all.filter((i) => size[i] === 0 && index.search(query([i], 'OR'), { filter: (r) => o.keep(r.id as string) }).length === 0).map((i) => typed[i]!);
  return { results: index.search(query(anyOf, 'OR'), { boost: o.boost, filter: (r) => o.keep(r.id as string) }), loose: true, unmatched: [...new Set(unmatched)] };
}
