/** Full-text search over dated events (their clause, date text and the people in them). */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { EventRecord, KnowledgeBase } from '../kb/types.ts';
import { foldTerm } from './terms.ts';
import { vocabulary } from './vocabulary.ts';

interface IndexedEvent {
  id: string;
  text: string;
  people: string;
}

const OPTIONS: Options<IndexedEvent> = { fields: ['text', 'people'], storeFields: [], processTerm: foldTerm };

export class EventIndex {
  private readonly index: MiniSearch<IndexedEvent>;
  private readonly known: (term: string) => boolean;

  /** `saved`: this index as `toJSON` gave it for the same knowledge base (the snapshot), instead of building it. */
  constructor(kb: KnowledgeBase, saved?: AsPlainObject) {
    this.index = saved ? MiniSearch.loadJS(saved, OPTIONS) : new MiniSearch<IndexedEvent>(OPTIONS);
    this.known = vocabulary(this.index);
    if (saved) return;
    const names = new Map(kb.people.map((p) => [p.id, [p.name, ...p.aliases].join(' ')]));
    this.index.addAll(kb.events.map((e) => ({ id: e.id, text: `${e.text} ${e.dateText}`, people: e.peopleIds.map((id) => names.get(id) ?? '').join(' ') })));
  }

  toJSON(): AsPlainObject {
    return this.index.toJSON();
  }

  /** Ids of events matching the topic, best first. */
  search(topic: string, keep: (id: string) => boolean): string[] {
    const known = this.known;
    // prefix and typo matching only for words the corpus does not have as written (see vocabulary.ts)
    const opts = {
      boost: { text: 2, people: 1 },
      prefix: (t: string, i: number, terms: string[]) => i === terms.length - 1 && t.length >= 3 && !known(t),
      fuzzy: (t: string) => (t.length >= 5 && !known(t) ? 0.2 : false),
      filter: (r: { id: string }) => keep(r.id),
    };
    let r = this.index.search(topic, { ...opts, combineWith: 'AND' });
    if (!r.length) r = this.index.search(topic, { ...opts, combineWith: 'OR' });
    return r.map((x) => x.id as string);
  }
}

export type { EventRecord };
