/**
 * One document → its DocumentAnalysis (pure; no cross-document knowledge). Sentences are
 * split once and shared by every step.
 */
import { extractEvents } from '../analysis/dates/index.ts';
import { sentences } from '../analysis/sentences.ts';
import type { CorpusDocument } from '../documents/types.ts';
import { analysisInput, bodySpan } from './analysis-input.ts';
import type { DocumentAnalysis, LocalEvent } from './document-analysis.ts';

export function analyseDocument(doc: CorpusDocument): DocumentAnalysis {
  const input = analysisInput(doc);
  const sents = sentences(input.text);
  const events: LocalEvent[] = [];
  for (const e of extractEvents(input, sents)) {
    if (!e.expression.date) continue;
    events.push({
      date: e.expression.date,
      qualifier: e.expression.qualifier,
      dateText: input.source(e.expression.start, e.expression.end),
      text: input.source(e.clause.start, e.clause.end),
      summary: e.summary,
      span: bodySpan(doc, e.clause.start, e.clause.end),
      people: [],
    });
  }
  return { documentId: doc.id, people: [], quotes: [], events };
}
