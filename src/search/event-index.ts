/** Full-text search over dated events (their clause, date text and the people in them). */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { EventRecord, KnowledgeBase } from '../kb/types.ts';
import { foldText } from '../text/fold.ts';

interface IndexedEvent {
  id: string;
  text: string;
  people: string;
}

const OPTIONS: Options<IndexedEvent> = { fields: ['text', 'people'], storeFields: [], processTerm: (t) => foldText(t) || null };

export class EventIndex {
  private readonly index: MiniSearch<IndexedEvent>;

  /** `saved`: this index as `toJSON` gave it for the same knowledge base (the snapshot), instead of building it. */
  constructor(kb: KnowledgeBase, saved?: AsPlainObject) {
    if (saved) {
      this.index = MiniSearch.loadJS(saved, OPTIONS);
      return;
    }
    this.index = new MiniSearch<IndexedEvent>(OPTIONS);
    const names = new Map(kb.people.map((p) => [p.id, [p.name, ...p.aliases].join(' ')]));
    this.index.addAll(kb.events.map((e) => ({ id: e.id, text: `${e.text} ${e.dateText}`, people: e.peopleIds.map((id) => names.get(id) ?? '').join(' ') })));
  }

  toJSON(): AsPlainObject {
    return this.index.toJSON();
  }

  /** Ids of events matching the topic, best first. */
  search(topic: string, keep: (id: string) => boolean): string[] {
    const opts = { boost: { text: 2, people: 1 }, prefix: (t: string) => t.length >= 3, fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false), filter: (r: { id: string }) => keep(r.id) };
    let r = this.index.search(topic, { ...opts, combineWith: 'AND' });
    if (!r.length) r = this.index.search(topic, { ...opts, combineWith: 'OR' });
    return r.map((x) => x.id as string);
  }
}

export type { EventRecord };
