/** Full-text search over dated events (their clause, date text and the people in them). */
import type { AsPlainObject, Options } from 'minisearch';
import type { EventRecord, KnowledgeBase } from '../kb/types.ts';
import { distinctWords, foldTerm } from './terms.ts';
import { RankedSearch } from './ranked-search.ts';
import { searchRareFirst } from './rare-first.ts';

interface IndexedEvent {
  id: string;
  text: string;
  people: string;
}

const OPTIONS: Options<IndexedEvent> = { fields: ['text', 'people'], storeFields: [], processTerm: foldTerm };

export class EventIndex {
  private readonly index: RankedSearch<IndexedEvent>;

  /** `saved`: this index as `toJSON` gave it for the same knowledge base (the snapshot), instead of building it. */
  constructor(kb: KnowledgeBase, saved?: AsPlainObject) {
    this.index = saved ? RankedSearch.loadJS(saved, OPTIONS) : new RankedSearch<IndexedEvent>(OPTIONS);
    if (saved) return;
    // the summary (the clause, at most 200 characters) is what a topic is found by; people by the
    // distinct words of their names
    const names = new Map(kb.people.map((p) => [p.id, distinctWords([p.name, ...p.aliases])]));
    this.index.addAll(kb.events.map((e) => ({ id: e.id, text: `${e.summary} ${e.dateText}`, people: e.peopleIds.map((id) => names.get(id) ?? '').join(' ') })));
  }

  toJSON(): AsPlainObject {
    return this.index.toJSON();
  }

  /** Ids of the best `limit` events matching the topic, best first. */
  search(topic: string, keep: (id: string) => boolean, limit: number): string[] {
    const r = searchRareFirst(this.index, topic, {
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
