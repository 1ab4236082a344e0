/** A small knowledge base written by hand, to test services without the analysis steps. */
import { buildDocument } from '../../src/documents/build-document.ts';
import type { CorpusDocument, MetadataLayer } from '../../src/documents/types.ts';
import type { KnowledgeBase, PersonRecord, QuoteRecord, StatementRecord } from '../../src/kb/types.ts';

export function doc(id: string, body: string, meta: MetadataLayer): CorpusDocument {
  return buildDocument({
    id,
    file: `${id}.txt`,
    raw: body,
    textOffset: 0,
    frontMatter: { title: meta.title ?? `Title of ${id}`, ...meta },
    manifest: {},
    warnings: [],
  });
}

/** What a quote and a statement record for `text` share: where it is, who said it (nobody yet), and how it was found. */
function spokenIn(d: CorpusDocument, text: string) {
  const start = d.body.indexOf(text);
  if (start < 0) throw new Error(`“${text}” is not in ${d.id}`);
  return {
    documentId: d.id,
    text,
    speaker: null,
    speakerId: null,
    speakerType: null,
    description: null,
    attribution: 'explicit' as const,
    rule: 'written by hand',
    span: { start, end: start + text.length },
    context: text,
  };
}

/** A quote record for `text`, which must occur in the document's body. */
export function quoteIn(d: CorpusDocument, n: number, text: string, fields: Partial<QuoteRecord>): QuoteRecord {
  return { id: `${d.id}:q${n}`, ...spokenIn(d, text), kind: 'direct', via: null, clusterId: null, ...fields };
}

/** A statement record (reported speech) for `text`, which must occur in the document's body; "said" unless told. */
export function statementIn(
  d: CorpusDocument,
  n: number,
  text: string,
  fields: Partial<StatementRecord>,
): StatementRecord {
  return { id: `${d.id}:s${n}`, ...spokenIn(d, text), cue: 'said', ...fields };
}

export function person(
  id: string,
  name: string,
  aliases: string[],
  role?: string,
  documentIds: string[] = [],
): PersonRecord {
  return {
    id,
    name,
    aliases: [name, ...aliases],
    roles: role ? [{ text: role, documentId: documentIds[0] ?? '' }] : [],
    documentIds,
    mentions: [],
  };
}

export function kbOf(
  documents: CorpusDocument[],
  quotes: QuoteRecord[],
  people: PersonRecord[],
  statements: StatementRecord[] = [],
): KnowledgeBase {
  return {
    root: '/fixture',
    documents,
    documentsById: new Map(documents.map((d) => [d.id, d])),
    quotes,
    statements,
    people,
    events: [],
    warnings: [],
  };
}
