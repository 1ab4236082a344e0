/**
 * A document as plain data, for a worker thread or the snapshot: everything but the analysis
 * text, which is derived from the body again (lazily, on first use: a document whose analysis
 * comes from the snapshot never needs it).
 */
import type { MappedText } from '../text/mapped-text.ts';
import { normalizeForAnalysis } from '../text/normalize.ts';
import type { CorpusDocument, RawSpan } from './types.ts';

/** Separator between body spans: a paragraph break, so analysis never joins two spans' sentences. */
export const SPAN_JOINER = '\n\n';

export type PortableDocument = Omit<CorpusDocument, 'analysis'>;

/** What segmentation decided about a document: all of it but what its input already holds (id, file, raw) and what follows from it (body). */
export type SegmentedFields = Omit<CorpusDocument, 'analysis' | 'id' | 'file' | 'raw' | 'body'>;

/** The document with its analysis text computed on first use (the body is never changed). */
export function withAnalysis(doc: PortableDocument): CorpusDocument {
  let analysis: MappedText | null = null;
  return Object.defineProperty(doc, 'analysis', {
    enumerable: true,
    configurable: true,
    get: () => (analysis ??= normalizeForAnalysis(doc.body)),
  }) as CorpusDocument;
}

export function toPortable(doc: CorpusDocument): PortableDocument {
  const out: Record<string, unknown> = {};
  // copied key by key: reading `analysis` would compute it
  for (const k of Object.keys(doc)) if (k !== 'analysis') out[k] = doc[k as keyof PortableDocument];
  return out as unknown as PortableDocument;
}

export function segmentedFields(doc: CorpusDocument): SegmentedFields {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(doc))
    if (k !== 'analysis' && k !== 'id' && k !== 'file' && k !== 'raw' && k !== 'body')
      out[k] = doc[k as keyof PortableDocument];
  return out as unknown as SegmentedFields;
}

/** The body a document's spans cut from its raw text (as buildDocument joins them). */
export const bodyOf = (raw: string, spans: readonly RawSpan[]): string =>
  spans.map((s) => raw.slice(s.start, s.end)).join(SPAN_JOINER);

/** A document again from its input and its saved segmentation. */
export function fromSegmented(
  input: { id: string; file: string; raw: string },
  fields: SegmentedFields,
): CorpusDocument {
  return withAnalysis({
    ...fields,
    id: input.id,
    file: input.file,
    raw: input.raw,
    body: bodyOf(input.raw, fields.bodySpans),
  });
}
