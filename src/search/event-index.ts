/**
 * Full-text search over dated events (their clause, date text and the people in them). A saved
 * index is loaded when /timeline first searches a topic, not at start-up: most answers never
 * need it.
 */
import type { Options } from 'minisearch';
import type { EventRecord, KnowledgeBase } from '../kb/types.ts';
import { distinctWords, foldTerm, tokenizeWords } from './terms.ts';
import { LazySearch, type SavedIndex } from './lazy-search.ts';
import { RankedSearch, type PackedJSON } from './ranked-search.ts';
import { searchRareFirst } from './rare-first.ts';

/** What the index holds of one event. */
export interface IndexedEvent {
  id: string;
  text: string;
  people: string;
}

const OPTIONS: Options<IndexedEvent> = {
  fields: ['text', 'people'],
  storeFields: [],
  tokenize: tokenizeWords,
  processTerm: foldTerm,
};

/** The knowledge base's events as the index holds them. */
export function eventIndexDocuments(kb: KnowledgeBase): IndexedEvent[] {
  // the summary (the clause, at most 200 characters) is what a topic is found by; people by the
  // distinct words of their names
  const names = new Map(kb.people.map((p) => [p.id, distinctWords([p.name, ...p.aliases])]));
  return kb.events.map((e) => ({
    id: e.id,
    text: `${e.summary} ${e.dateText}`,
    people: e.peopleIds.map((id) => names.get(id) ?? '').join(' '),
  }));
}

/** The index of these events in its saved form (built in another thread, it travels as this). */
export function packEventIndex(events: IndexedEvent[]): PackedJSON {
  return RankedSearch.build(events, OPTIONS).pack();
}

export class EventIndex {
  private readonly lazy: LazySearch<IndexedEvent>;

  /**
   * `saved`: this index as `toJSON` gave it for the same knowledge base (the snapshot), read on
   * first use; if it cannot be read then, the index is built from the knowledge base.
   */
  constructor(kb: KnowledgeBase, saved?: SavedIndex) {
    this.lazy = new LazySearch(
      'event index',
      OPTIONS,
      () => RankedSearch.build(eventIndexDocuments(kb), OPTIONS),
      saved,
    );
  }

  /** whether the index is in memory (a saved one is loaded on first use) */
  get loaded(): boolean {
    return this.lazy.loaded;
  }

  /** Load the saved index now rather than on the first search. */
  prepare(): void {
    void this.lazy.index;
  }

  toJSON(): PackedJSON {
    return this.lazy.toJSON();
  }

  /** Ids of the best `limit` events matching the topic, best first. */
  search(topic: string, keep: (id: string) => boolean, limit: number): string[] {
    const r = searchRareFirst(this.lazy.index, topic, {
      boost: { text: 2, people: 1 },
      prefix: (t, i, n) => i === n - 1 && t.length >= 4,
      fuzzy: (t) => (t.length >= 5 ? 0.2 : false),
      keep,
      limit,
    });
    return r.results.map((x) => x.id);
  }
}

export type { EventRecord };
