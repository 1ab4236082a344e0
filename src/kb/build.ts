/**
 * Corpus → knowledge base: every document is analysed (sentences once, then dates and events),
 * and records that describe the same thing across documents are clustered.
 */
import { clusterEvents, extractEvents } from '../analysis/dates/index.ts';
import { sentences } from '../analysis/sentences.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { analysisInput, bodySpan } from './analysis-input.ts';
import type { EventRecord, KnowledgeBase } from './types.ts';

export function buildKnowledgeBase(corpus: Corpus): KnowledgeBase {
  const events: EventRecord[] = [];
  for (const doc of corpus.documents) {
    const input = analysisInput(doc);
    const sents = sentences(input.text);
    extractEvents(input, sents).forEach((e, i) => {
      if (!e.expression.date) return;
      events.push({
        id: `${doc.id}:e${i + 1}`,
        documentId: doc.id,
        date: e.expression.date,
        qualifier: e.expression.qualifier,
        dateText: input.source(e.expression.start, e.expression.end),
        text: input.source(e.clause.start, e.clause.end),
        summary: e.summary,
        peopleIds: [],
        clusterId: null,
        span: bodySpan(doc, e.clause.start, e.clause.end),
      });
    });
  }
  const clusters = clusterEvents(events.map((e) => ({ id: e.id, date: e.date ?? '', summary: e.summary })));
  for (const e of events) e.clusterId = clusters.get(e.id) ?? null;
  return {
    root: corpus.root,
    documents: corpus.documents,
    documentsById: new Map(corpus.documents.map((d) => [d.id, d])),
    quotes: [],
    people: [],
    events,
    warnings: corpus.warnings,
  };
}
