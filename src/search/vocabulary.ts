/**
 * Whether a word is in an index's vocabulary. Prefix and typo matching are for words the corpus
 * does not have as typed (a half-typed or misspelt word); expanding a word it has into every
 * longer or similar word costs most of a search's time and mostly adds noise.
 */
import type MiniSearch from 'minisearch';

/** A test for "this folded term is indexed" (MiniSearch keeps its terms in a map it does not expose; without it, every term counts as unknown, as before). */
export function vocabulary<T>(index: MiniSearch<T>): (term: string) => boolean {
  const terms = (index as unknown as { _index?: { has?: (t: string) => boolean } })._index;
  const has = terms?.has;
  return typeof has === 'function' ? (t) => has.call(terms, t) : () => false;
}
