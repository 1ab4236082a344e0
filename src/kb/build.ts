/**
 * Corpus → knowledge base: every document is analysed on its own (analyseDocument), then the
 * analyses are assembled: people merged across documents, records clustered.
 */
import { clusterEvents } from '../analysis/dates/index.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { analyseDocument } from './analyse-document.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import type { EventRecord, KnowledgeBase } from './types.ts';

export function buildKnowledgeBase(corpus: Corpus): KnowledgeBase {
  return assembleKnowledgeBase(corpus, corpus.documents.map(analyseDocument));
}

/** The analyses must be in the order of `corpus.documents` (one per document). */
export function assembleKnowledgeBase(corpus: Corpus, analyses: readonly DocumentAnalysis[]): KnowledgeBase {
  const events: EventRecord[] = [];
  for (const a of analyses) {
    a.events.forEach((e, i) => {
      events.push({
        id: `${a.documentId}:e${i + 1}`,
        documentId: a.documentId,
        date: e.date,
        qualifier: e.qualifier,
        dateText: e.dateText,
        text: e.text,
        summary: e.summary,
        peopleIds: [],
        clusterId: null,
        span: e.span,
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
