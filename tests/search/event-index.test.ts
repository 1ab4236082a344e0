/** A saved event index is read on first use and answers as the one it was saved from. */
import { describe, expect, it, vi } from 'vitest';
import type { EventRecord } from '../../src/kb/types.ts';
import { EventIndex, eventIndexDocuments, packEventIndex } from '../../src/search/event-index.ts';
import type { PackedJSON } from '../../src/search/ranked-search.ts';
import * as logging from '../../src/log.ts';
import { doc, kbOf, person } from '../support/kb-fixture.ts';

const a = doc('a', 'x', { outlet: 'Wire', published: '2020-07-08' });
const ev = (id: string, summary: string, peopleIds: string[] = []): EventRecord => ({
  id,
  documentId: 'a',
  date: '2019',
  qualifier: null,
  dateText: '2019',
  text: summary,
  summary,
  peopleIds,
  clusterId: null,
  span: { start: 0, end: 1 },
});
const kb = kbOf([a], [], [person('p-ross', 'Dana Ross', ['Ross'], 'the minister', ['a'])]);
kb.events.push(
  ev('e1', 'The ferry service stopped in 2019.'),
  ev('e2', 'Ross closed the ferry terminal in 2019.', ['p-ross']),
  ev('e3', 'The harbour budget was cut in 2019.'),
  ev('e4', 'Ferries returned to the harbour in 2019.'),
);
const all = (): boolean => true;
const topics = ['ferry', 'harbour budget', 'ferr', 'harbuor', 'ross', 'terminal ferry'];

describe('EventIndex', () => {
  const built = new EventIndex(kb);
  const saved = JSON.parse(JSON.stringify(built)) as PackedJSON;

  it('reads a saved index only when first searched, with the same answers', () => {
    let reads = 0;
    const lazy = new EventIndex(kb, () => (reads++, saved));
    expect(lazy.loaded).toBe(false);
    expect(reads).toBe(0);
    for (const t of topics) expect(lazy.search(t, all, 10)).toEqual(built.search(t, all, 10));
    expect(lazy.loaded).toBe(true);
    expect(reads).toBe(1);
    expect(built.search('ferry', all, 10).length).toBeGreaterThan(1);
  });

  it('builds itself again, with a warning, when the saved index cannot be read', () => {
    const warn = vi.spyOn(logging, 'log').mockImplementation(() => undefined);
    const broken = new EventIndex(kb, () => ({ ...saved, offsets: '' }));
    for (const t of topics) expect(broken.search(t, all, 10)).toEqual(built.search(t, all, 10));
    expect(warn).toHaveBeenCalledWith('warn', expect.stringMatching(/saved event index cannot be loaded/));
    warn.mockRestore();
  });

  it('packed from its documents alone (as a helper thread does), answers as the one built from the knowledge base', () => {
    const packed = packEventIndex(eventIndexDocuments(kb));
    expect(packed).toEqual(saved);
    const fromPacked = new EventIndex(kb, packed);
    for (const t of topics) expect(fromPacked.search(t, all, 10)).toEqual(built.search(t, all, 10));
  });

  it('saves a packed form it was given without loading it', () => {
    let reads = 0;
    const lazy = new EventIndex(kb, () => (reads++, saved));
    expect(lazy.toJSON()).toEqual(saved);
    expect(lazy.loaded).toBe(false);
    // unreadable: what it saves is the index built again, as a search would use
    const broken = new EventIndex(kb, () => {
      throw new Error('gone');
    });
    const warn = vi.spyOn(logging, 'log').mockImplementation(() => undefined);
    expect(broken.toJSON()).toEqual(saved);
    warn.mockRestore();
    expect(reads).toBe(1);
  });
});
