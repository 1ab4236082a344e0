/** Reported statements are found as quotes are: by their words, their speaker's names and outlet; a saved index is read on first use. Invented data only. */
import { describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase, StatementRecord } from '../../src/kb/types.ts';
import * as logging from '../../src/log.ts';
import type { PackedJSON } from '../../src/search/ranked-search.ts';
import { packSpeechIndex } from '../../src/search/speech-index.ts';
import { StatementIndex, statementIndexDocuments } from '../../src/search/statement-index.ts';
import { doc, kbOf, person, statementIn } from '../support/kb-fixture.ts';

const d = doc(
  'port',
  'Mayor Dana Ross said the harbour wall would be rebuilt by spring. A port official said the ferries had run late all winter. Ross told reporters the budget would not grow.',
  { outlet: 'Coast Wire', published: '2022-02-01' },
);
const ross = person('dana-ross', 'Dana Ross', ['Ross', 'Mayor Ross'], 'the mayor', ['port']);
const statements: StatementRecord[] = [
  statementIn(d, 1, 'the harbour wall would be rebuilt by spring', { speaker: 'Dana Ross', speakerId: 'dana-ross' }),
  statementIn(d, 2, 'the ferries had run late all winter', {
    speakerType: 'anonymous',
    description: 'a port official',
  }),
  statementIn(d, 3, 'the budget would not grow', {
    cue: 'told reporters',
    speaker: 'Dana Ross',
    speakerId: 'dana-ross',
  }),
];
const kb = kbOf([d], [], [ross], statements);
const index = new StatementIndex(kb);
const found = (q: string, ix = index): string[] => ix.search(q).hits.map((h) => h.record.id);

/** The knowledge base with its statements behind a getter that counts its reads (as the snapshot decodes them on first read). */
function countingReads(): { kb: KnowledgeBase; reads: () => number } {
  let n = 0;
  const lazy = { ...kb };
  Object.defineProperty(lazy, 'statements', { get: () => (n++, statements), enumerable: true });
  return { kb: lazy, reads: () => n };
}

describe('StatementIndex', () => {
  it('finds statements by their words, typos and half-typed words forgiven, phrases first', () => {
    expect(found('harbour wall')).toEqual(['port:s1']);
    expect(found('feries winter')).toEqual(['port:s2']);
    expect(found('budg')).toEqual(['port:s3']);
    expect(index.search('rebuilt by spring').hits[0]?.phrase).toBe(true);
  });

  it('finds them by any name of their speaker, an unnamed one by the description, and by outlet', () => {
    expect(found('Mayor Ross budget')).toEqual(['port:s3']);
    expect(found('Ross')).toEqual(['port:s1', 'port:s3']);
    expect(found('official')).toEqual(['port:s2']);
    expect(found('coast wire')).toHaveLength(3);
  });

  it('keeps only what the filter accepts, and says when no statement has every word', () => {
    expect(found('would').sort()).toEqual(['port:s1', 'port:s3']);
    expect(index.search('would', (s) => s.cue === 'told reporters').hits.map((h) => h.record.id)).toEqual(['port:s3']);
    const loose = index.search('ferries budget zzyzx');
    expect(loose.loose).toBe(true);
    expect(loose.unmatched).toEqual(['zzyzx']);
  });

  it('reads a saved index, and the statements, only when first searched, with the same answers', () => {
    const saved = JSON.parse(JSON.stringify(index)) as PackedJSON;
    const { kb: lazyKb, reads } = countingReads();
    let parsed = 0;
    const lazy = new StatementIndex(lazyKb, () => (parsed++, saved));
    expect([lazy.loaded, parsed, reads()]).toEqual([false, 0, 0]);
    for (const q of ['harbour wall', 'Ross', 'feries winter', 'budg']) expect(found(q, lazy)).toEqual(found(q));
    expect([lazy.loaded, parsed, reads()]).toEqual([true, 1, 1]);
  });

  it('builds itself again, with a warning, when the saved index cannot be read', () => {
    const warn = vi.spyOn(logging, 'log').mockImplementation(() => undefined);
    const saved = JSON.parse(JSON.stringify(index)) as PackedJSON;
    const broken = new StatementIndex(kb, () => ({ ...saved, ids: '' }));
    expect(found('harbour wall', broken)).toEqual(['port:s1']);
    expect(warn).toHaveBeenCalledWith('warn', expect.stringMatching(/saved statement index cannot be loaded/));
    warn.mockRestore();
  });

  it('packed from its documents alone (as a helper thread does), is the index built from the knowledge base', () => {
    expect(packSpeechIndex(statementIndexDocuments(kb))).toEqual(index.toJSON());
    expect(index.size).toBe(3);
  });
});
