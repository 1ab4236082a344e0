/**
 * Full-text search over reported statements ("Lee said the plan would fail"), by their words,
 * their speaker's names and their outlet, as quotes are found (speech-index.ts). An index of its
 * own: quotes keep their ranking and their answers, and statements are listed after them. A start
 * from the snapshot reads it, and decodes the statements, when it is first searched.
 */
import type { KnowledgeBase, StatementRecord } from '../kb/types.ts';
import { LazySearch, type SavedIndex } from './lazy-search.ts';
import type { PackedJSON, RankedSearch } from './ranked-search.ts';
import {
  buildSpeechSearch,
  SPEECH_OPTIONS,
  speechDocuments,
  SpeechIndex,
  type IndexedSpeech,
  type SpeechSearch,
} from './speech-index.ts';

/** statements ranked per search: fewer than quotes (they come after them), still more than anyone pages through */
export const MAX_STATEMENT_HITS = 100;

/** The knowledge base's statements as the index holds them (a helper thread packs them). */
export const statementIndexDocuments = (kb: KnowledgeBase): IndexedSpeech[] => speechDocuments(kb, kb.statements);

export class StatementIndex extends SpeechIndex<StatementRecord> {
  private readonly lazy: LazySearch<IndexedSpeech>;

  /**
   * `saved`: this index as `toJSON` gave it for the same knowledge base (the snapshot), read on
   * first use; if it cannot be read then, the index is built from the knowledge base.
   */
  constructor(
    private readonly kb: KnowledgeBase,
    saved?: SavedIndex,
  ) {
    super();
    const build = (): RankedSearch<IndexedSpeech> => buildSpeechSearch(statementIndexDocuments(kb));
    this.lazy = new LazySearch('statement index', SPEECH_OPTIONS, build, saved);
  }

  protected records(): readonly StatementRecord[] {
    return this.kb.statements;
  }

  protected ranked(): RankedSearch<IndexedSpeech> {
    return this.lazy.index;
  }

  /** whether the index is in memory (a saved one is loaded on first use) */
  get loaded(): boolean {
    return this.lazy.loaded;
  }

  toJSON(): PackedJSON {
    return this.lazy.toJSON();
  }

  /**
   * Statements matching the words, best first, among those `keep` accepts; `strict`: only those
   * with every word (what /quote wants when quotes have them all: the looser search is skipped).
   */
  search(
    query: string,
    keep: ((s: StatementRecord) => boolean) | null = null,
    strict = false,
  ): SpeechSearch<StatementRecord> {
    return this.find(query, keep, MAX_STATEMENT_HITS, strict);
  }
}
