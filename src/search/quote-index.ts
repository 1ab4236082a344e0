/**
 * Full-text search over quotes with MiniSearch. Only what a quote is found by is indexed (its
 * words, its speaker's names, its outlet); results are ids, and the
 * records stay in the knowledge base. Fuzzy and prefix matching forgive typos and half-typed
 * words; a quote containing the query as a phrase is ranked first.
 */
import type { Options } from 'minisearch';
import type { KnowledgeBase, PersonRecord, QuoteRecord } from '../kb/types.ts';
import { foldWords } from '../text/fold.ts';
import { distinctWords, foldTerm, tokenizeWords } from './terms.ts';
import { RankedSearch, type PackedJSON } from './ranked-search.ts';
import { searchRareFirst } from './rare-first.ts';

interface IndexedQuote {
  id: string;
  text: string;
  speaker: string;
  outlet: string;
}

export interface QuoteHit {
  quote: QuoteRecord;
  score: number;
  /** the query's words stand in the quote as written, in order */
  phrase: boolean;
}

const BOOST = { text: 3, speaker: 2, outlet: 1 };
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

const OPTIONS: Options<IndexedQuote> = {
  fields: ['text', 'speaker', 'outlet'],
  storeFields: [],
  tokenize: tokenizeWords,
  processTerm: foldTerm,
};

export class QuoteIndex {
  private readonly search_: RankedSearch<IndexedQuote>;
  private readonly byId: Map<string, QuoteRecord>;
  /** quote words folded for the phrase test, on first use (a search may return thousands of hits) */
  private readonly folded = new Map<string, string>();

  /** `saved`: this index as `toJSON` gave it for the same knowledge base (the snapshot), instead of building it. */
  constructor(kb: KnowledgeBase, saved?: PackedJSON) {
    this.byId = new Map(kb.quotes.map((q) => [q.id, q]));
    if (saved) {
      this.search_ = RankedSearch.unpack(saved, OPTIONS);
      return;
    }
    const people = new Map<string, PersonRecord>(kb.people.map((p) => [p.id, p]));
    // a speaker's names as distinct words, once per person: a person named in thousands of
    // articles has dozens of aliases that repeat the same few words
    const nameWordsOf = new Map<string, string>();
    const speakerWords = (person: PersonRecord): string => {
      let w = nameWordsOf.get(person.id);
      if (w === undefined) nameWordsOf.set(person.id, (w = distinctWords([person.name, ...person.aliases])));
      return w;
    };
    this.search_ = RankedSearch.build(
      kb.quotes.map((q) => {
        const d = kb.documentsById.get(q.documentId);
        const person = q.speakerId ? people.get(q.speakerId) : undefined;
        return {
          id: q.id,
          text: q.text,
          speaker: [person ? speakerWords(person) : q.speaker, q.description].filter(Boolean).join(' '),
          outlet: [d?.outlet, d?.original?.outlet].filter(Boolean).join(' '),
        };
      }),
      OPTIONS,
    );
  }

  get size(): number {
    return this.byId.size;
  }

  toJSON(): PackedJSON {
    return this.search_.pack();
  }

  /** The quote's words, folded as a query is (kept once made). */
  words(quote: QuoteRecord): string {
    let words = this.folded.get(quote.id);
    if (words === undefined) this.folded.set(quote.id, (words = foldWords(quote.text)));
    return words;
  }

  get(id: string): QuoteRecord | undefined {
    return this.byId.get(id);
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
    const { results, more, loose, unmatched } = searchRareFirst(this.search_, query, {
      boost: BOOST,
      // the last word may be half-typed; any word may be misspelt (unless the corpus has it as written)
      // (a prefix of four letters or more: three-letter ones expand to thousands of words)
      prefix: (t, i, n) => i === n - 1 && t.length >= 4,
      fuzzy: (t) => (t.length >= 4 ? 0.25 : false),
      keep: keep
        ? (id) => {
            const q = this.byId.get(id);
            return !!q && keep(q);
          }
        : undefined,
      limit: MAX_HITS,
    });
    const phraseOf = foldWords(query);
    const hits: QuoteHit[] = [];
    // results come best first; past the first thousand nobody pages, and phrase-testing them costs
    for (const r of results) {
      const quote = this.byId.get(r.id);
      if (!quote) continue;
      const words = this.words(quote);
      const phrase = phraseOf.length > 0 && words.includes(phraseOf);
      hits.push({ quote, phrase, score: r.score * KIND_WEIGHT[quote.kind] });
    }
    return {
      hits: hits.sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score),
      more,
      loose,
      unmatched,
    };
  }
}
