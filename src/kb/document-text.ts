import type { AnalysisInput } from '../analysis/types.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { BodySpan } from './types.ts';

/** What the analysis steps see of a document: its normalised body, with the way back to exact characters. */
export function analysisInput(doc: CorpusDocument): AnalysisInput {
  return {
    documentId: doc.id,
    text: doc.analysis.text,
    published: doc.published,
    title: doc.title,
    source: (start, end) => {
      const r = doc.analysis.toSourceRange(start, end);
      return doc.body.slice(r.start, r.end);
    },
  };
}

/** A range of the analysis text as a range of the document body. */
export function bodySpan(doc: CorpusDocument, start: number, end: number): BodySpan {
  return doc.analysis.toSourceRange(start, end);
}
