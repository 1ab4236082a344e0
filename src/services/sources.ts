/** The articles of the corpus as users see them in /sources: what each is, and what it is based on. */
import type { CorpusDocument, OriginalRef } from '../documents/types.ts';
import type { KnowledgeBase } from '../kb/types.ts';

export interface SourceSummary {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  published: string | null;
  reposted: string | null;
  url: string | null;
  copyUrl: string | null;
  /** "repost of The Harbor Herald, Jane Doe, 2020-07-08"; null when the text is not known to copy another */
  basedOn: string | null;
  note: string | null;
}

const fold = (s: string | null): string =>
  (s ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A copy under the original's own headline is a repost; under another headline it is based on it. */
export function describeOriginal(doc: Pick<CorpusDocument, 'title'>, o: OriginalRef): string {
  const same = !!o.title && fold(o.title) === fold(doc.title);
  const parts = [o.outlet ?? 'an unknown outlet', o.author, o.published].filter((x): x is string => !!x);
  return `${same ? 'repost of' : 'based on'} ${parts.join(', ')}${o.title && !same ? ` (“${o.title}”)` : ''}`;
}

export function summarizeSource(doc: CorpusDocument): SourceSummary {
  return {
    id: doc.id,
    file: doc.file,
    title: doc.title,
    outlet: doc.outlet,
    author: doc.author,
    published: doc.published,
    reposted: doc.reposted,
    url: doc.url,
    copyUrl: doc.copyUrl,
    basedOn: doc.original ? describeOriginal(doc, doc.original) : null,
    note: doc.note,
  };
}

export interface SourcesQuery {
  /** keep articles whose outlet, or original's outlet, contains this (case-insensitive) */
  outlet?: string;
}

/** Every article, oldest first (undated last), filtered as asked. */
export function listSources(kb: KnowledgeBase, q: SourcesQuery = {}): SourceSummary[] {
  const want = fold(q.outlet ?? '');
  return kb.documents
    .filter((d) => !want || fold(d.outlet).includes(want) || fold(d.original?.outlet ?? null).includes(want))
    .map(summarizeSource)
    .sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.file.localeCompare(b.file));
}
