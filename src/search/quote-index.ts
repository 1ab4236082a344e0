/**
 * Full-text search over quotes (speech-index.ts): their words, their speaker's names, their
 * outlet. A quote containing the query as a phrase is ranked first; quoted terms and titles
 * after what people said.
 */
import type { KnowledgeBase, QuoteRecord } from '../kb/types.ts';
import { RankedSearch, type PackedJSON } from './ranked-search.ts';
import { buildSpeechSearch, SPEECH_OPTIONS, speechDocuments, SpeechIndex, type IndexedSpeech } from './speech-index.ts';

export interface QuoteHit {
  quote: QuoteRecord;
  score: number;
  /** the query's words stand in the quote as written, in order */
  phrase: boolean;
}

// non-speech spans (scare quotes, titles) are found, but after what people said
const KIND_WEIGHT: Record<QuoteRecord['kind'], number> = {
  direct: 1,
  partial: 1,
  document: 0.9,
  term: 0.5,
  title: 0.4,
};

/** hits ranked and phrase-tested per search: 60 pages, more than anyone pages through (the answer says when there were more) */
export const MAX_HITS = 250;

export class QuoteIndex extends SpeechIndex<QuoteRecord> {
  private readonly search_: RankedSearch<IndexedSpeech>;

  /** `saved`: this index as `toJSON` gave it for the same knowledge base (the snapshot), instead of building it. */
  constructor(
    private readonly kb: KnowledgeBase,
    saved?: PackedJSON,
  ) {
    super();
    this.search_ = saved
      ? RankedSearch.unpack(saved, SPEECH_OPTIONS)
      : buildSpeechSearch(speechDocuments(kb, kb.quotes));
    // the quotes by id at once: the first /quote should not wait for them
    this.prepare();
  }

  protected records(): readonly QuoteRecord[] {
    return this.kb.quotes;
  }

  protected ranked(): RankedSearch<IndexedSpeech> {
    return this.search_;
  }

  protected override weight(q: QuoteRecord): number {
    return KIND_WEIGHT[q.kind];
  }

  toJSON(): PackedJSON {
    return this.search_.pack();
  }

  /** Quotes matching the words, best first, among those `keep` accepts. */
  search(query: string, keep: ((q: QuoteRecord) => boolean) | null = null): QuoteHit[] {
    return this.searchDetailed(query, keep).hits;
  }

  /** As `search`, and whether no quote had every word (`loose`: quotes with some of them), naming the words that matched nothing. */
  searchDetailed(
    query: string,
    keep: ((q: QuoteRecord) => boolean) | null = null,
  ): { hits: QuoteHit[]; more: boolean; loose: boolean; unmatched: string[] } {
    const found = this.find(query, keep, MAX_HITS);
    return { ...found, hits: found.hits.map((h) => ({ quote: h.record, score: h.score, phrase: h.phrase })) };
  }
}
