import type { CorpusDocument } from '../documents/types.ts';
import type { CorpusWarning } from '../corpus/load-corpus.ts';

/**
 * Everything the bot knows, built once from the corpus. Quotes, people and events are filled
 * by the analysis steps as they land; every record points back at its document.
 */
export interface KnowledgeBase {
  root: string;
  documents: CorpusDocument[];
  warnings: CorpusWarning[];
}
