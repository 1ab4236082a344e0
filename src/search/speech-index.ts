/**
 * Full-text search over what someone said: quotes (quote-index.ts) and reported statements
 * (statement-index.ts) are found alike. Only what a record is found by is indexed (its words, its
 * speaker's names, its outlet); results are ids, and the records stay in the knowledge base.
 * Fuzzy and prefix matching forgive typos and half-typed words; a record containing the query as
 * a phrase is ranked first.
 */
import type { Options } from 'minisearch';
import type { KnowledgeBase, PersonRecord } from '../kb/types.ts';
import { foldWords } from '../text/fold.ts';
import { distinctWords, foldTerm, tokenizeWords } from './terms.ts';
import { RankedSearch, type PackedJSON } from './ranked-search.ts';
import { searchRareFirst } from './rare-first.ts';

/** What the index reads of a quote or a statement. */
export interface Spoken {
  id: string;
  documentId: string;
  text: string;
  speaker: string | null;
  speakerId: string | null;
  description: string | null;
}

/** What the index holds of one record. */
export interface IndexedSpeech {
  id: string;
  text: string;
  speaker: string;
  outlet: string;
}

export interface SpeechHit<R> {
  record: R;
  score: number;
  /** the query's words stand in the record as written, in order */
  phrase: boolean;
}

export interface SpeechSearch<R> {
  hits: SpeechHit<R>[];
  /** more records matched than the `limit` given */
  more: boolean;
  /** no record had every word: these have some of them */
  loose: boolean;
  /** (when loose) the query's words that matched nothing */
  unmatched: string[];
}

const BOOST = { text: 3, speaker: 2, outlet: 1 };

export const SPEECH_OPTIONS: Options<IndexedSpeech> = {
  fields: ['text', 'speaker', 'outlet'],
  storeFields: [],
  tokenize: tokenizeWords,
  processTerm: foldTerm,
};

/** The records as the index holds them: their speaker by every name the person has, their outlet and the original's. */
export function speechDocuments(
  kb: Pick<KnowledgeBase, 'people' | 'documentsById'>,
  records: readonly Spoken[],
): IndexedSpeech[] {
  const people = new Map<string, PersonRecord>(kb.people.map((p) => [p.id, p]));
  // a speaker's names as distinct words, once per person: a person named in thousands of
  // articles has dozens of aliases that repeat the same few words
  const nameWordsOf = new Map<string, string>();
  const speakerWords = (person: PersonRecord): string => {
    let w = nameWordsOf.get(person.id);
    if (w === undefined) nameWordsOf.set(person.id, (w = distinctWords([person.name, ...person.aliases])));
    return w;
  };
  return records.map((q) => {
    const d = kb.documentsById.get(q.documentId);
    const person = q.speakerId ? people.get(q.speakerId) : undefined;
    return {
      id: q.id,
      text: q.text,
      speaker: [person ? speakerWords(person) : q.speaker, q.description].filter(Boolean).join(' '),
      outlet: [d?.outlet, d?.original?.outlet].filter(Boolean).join(' '),
    };
  });
}

export const buildSpeechSearch = (documents: readonly IndexedSpeech[]): RankedSearch<IndexedSpeech> =>
  RankedSearch.build(documents, SPEECH_OPTIONS);

/** The index of these records in its saved form (built in another thread, it travels as this). */
export const packSpeechIndex = (documents: readonly IndexedSpeech[]): PackedJSON => buildSpeechSearch(documents).pack();

/**
 * Records found by their words. The records and the search are read when first needed (through
 * `records` and `ranked`), so that an index whose records the snapshot decodes on first read
 * (statements) costs nothing until then.
 */
export abstract class SpeechIndex<R extends Spoken> {
  private byId_: Map<string, R> | null = null;
  /** words folded for the phrase test, on first use (a search may return thousands of hits) */
  private readonly folded = new Map<string, string>();

  protected abstract records(): readonly R[];
  protected abstract ranked(): RankedSearch<IndexedSpeech>;

  /** A factor on a record's score (what is not speech ranks after what people said). */
  protected weight(_r: R): number {
    return 1;
  }

  private get byId(): Map<string, R> {
    return (this.byId_ ??= new Map(this.records().map((r) => [r.id, r])));
  }

  /** Read the records and the search now rather than on the first question. */
  prepare(): void {
    void this.byId;
    void this.ranked();
  }

  get size(): number {
    return this.byId.size;
  }

  /** The record's words, folded as a query is (kept once made). */
  words(r: R): string {
    let words = this.folded.get(r.id);
    if (words === undefined) this.folded.set(r.id, (words = foldWords(r.text)));
    return words;
  }

  get(id: string): R | undefined {
    return this.byId.get(id);
  }

  /**
   * Records matching the words, best first (phrases first), among those `keep` accepts; at most
   * `limit`; `strict`: only records with every word (none when no record has them all).
   */
  protected find(query: string, keep: ((r: R) => boolean) | null, limit: number, strict = false): SpeechSearch<R> {
    const byId = this.byId;
    const { results, more, loose, unmatched } = searchRareFirst(this.ranked(), query, {
      boost: BOOST,
      // the last word may be half-typed; any word may be misspelt (unless the corpus has it as written)
      // (a prefix of four letters or more: three-letter ones expand to thousands of words)
      prefix: (t, i, n) => i === n - 1 && t.length >= 4,
      fuzzy: (t) => (t.length >= 4 ? 0.25 : false),
      keep: keep
        ? (id) => {
            const r = byId.get(id);
            return !!r && keep(r);
          }
        : undefined,
      limit,
      strict,
    });
    const phraseOf = foldWords(query);
    const hits: SpeechHit<R>[] = [];
    for (const x of results) {
      const record = byId.get(x.id);
      if (!record) continue;
      const phrase = phraseOf.length > 0 && this.words(record).includes(phraseOf);
      hits.push({ record, phrase, score: x.score * this.weight(record) });
    }
    hits.sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score);
    return { hits, more, loose, unmatched };
  }
}
