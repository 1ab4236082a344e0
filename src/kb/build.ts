import type { Corpus } from '../corpus/load-corpus.ts';
import type { KnowledgeBase } from './types.ts';

export function buildKnowledgeBase(corpus: Corpus): KnowledgeBase {
  return {
    root: corpus.root,
    documents: corpus.documents,
    documentsById: new Map(corpus.documents.map((d) => [d.id, d])),
    quotes: [],
    people: [],
    events: [],
    warnings: corpus.warnings,
  };
}
