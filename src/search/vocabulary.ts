/**
 * What a MiniSearch index holds for a word: whether it is indexed at all, in how many
 * (document, field) places, and whether a given document has it. MiniSearch keeps this in maps
 * it does not expose; without them (another MiniSearch version) every word counts as unknown
 * and searches work as they did before these shortcuts.
 *
 * - Prefix and typo matching are for words the corpus does not have as typed (a half-typed or
 *   misspelt word): expanding a word it has into every longer or similar word costs most of a
 *   search's time and mostly adds noise.
 * - MiniSearch scores every posting of every query word; a common word (in thousands of quotes)
 *   costs far more than it adds to the ranking, so searches can ask it only of the candidates
 *   the rarer words found.
 */
import type MiniSearch from 'minisearch';

export interface Vocabulary {
  /** postings of the (folded) word: 0 when it is not indexed */
  size(term: string): number;
  /** whether the document with this id has the word in any field */
  has(term: string, id: string): boolean;
}

type Postings = Map<number, Map<number, number>>;
interface Internals {
  _index?: { get?: (t: string) => Postings | undefined };
  _idToShortId?: Map<unknown, number>;
}

const NONE: Vocabulary = { size: () => 0, has: () => true };

export function vocabulary<T>(index: MiniSearch<T>): Vocabulary {
  const { _index: terms, _idToShortId: ids } = index as unknown as Internals;
  const get = terms?.get;
  if (typeof get !== 'function' || !(ids instanceof Map)) return NONE;
  const postings = (t: string): Postings | undefined => get.call(terms, t);
  return {
    size(t) {
      let n = 0;
      for (const docs of postings(t)?.values() ?? []) n += docs.size;
      return n;
    },
    has(t, id) {
      const short = ids.get(id);
      if (short === undefined) return false;
      for (const docs of postings(t)?.values() ?? []) if (docs.has(short)) return true;
      return false;
    },
  };
}
