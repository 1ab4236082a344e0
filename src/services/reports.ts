/** The documents reporting the same words, in publication order: what /quote lists under "also reported by". */
import type { CorpusDocument } from '../documents/types.ts';

// ISO dates and ids: plain comparison (localeCompare is far slower over thousands of records)
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Earliest published first (undated last), then by id. */
export const byDate = (a: CorpusDocument, b: CorpusDocument): number =>
  cmp(a.published ?? '9999', b.published ?? '9999') || cmp(a.id, b.id);

/** documents listed under "also reported by": words carried by hundreds of outlets list the first few and count the rest */
export const MAX_ALSO_REPORTED = 10;

export interface OtherReports {
  /** the first MAX_ALSO_REPORTED */
  list: CorpusDocument[];
  /** how many in all */
  count: number;
}

/** The documents of `members` (in date order) other than the one shown, each once. */
export function otherReports<M extends { documentId: string }>(
  shown: CorpusDocument,
  members: readonly M[],
  docOf: (m: M) => CorpusDocument,
): OtherReports {
  // members are in date order: the first distinct documents are the earliest
  const ids = new Set<string>([shown.id]);
  const list: CorpusDocument[] = [];
  for (const m of members) {
    if (ids.has(m.documentId)) continue;
    ids.add(m.documentId);
    if (list.length < MAX_ALSO_REPORTED) list.push(docOf(m));
  }
  return { list, count: ids.size - 1 };
}
