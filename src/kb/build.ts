import type { Corpus } from '../corpus/load-corpus.ts';
import type { KnowledgeBase } from './types.ts';

export function buildKnowledgeBase(corpus: Corpus): KnowledgeBase {
  return { root: corpus.root, documents: corpus.documents, warnings: corpus.warnings };
}
