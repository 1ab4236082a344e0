/** Per-document snapshot entries go to disk as they are put; the file is in place only when saved. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KeyedSnapshot, snapshotFile } from '../../src/snapshot/keyed-snapshot.ts';
import { readPack } from '../../src/snapshot/pack-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'sourcebot-keyed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Entry {
  id: string;
  n: number;
}
const check = (v: Entry, id: string): boolean => v.id === id;
const open = (cache: string): KeyedSnapshot<Entry> =>
  KeyedSnapshot.open<Entry>(cache, '/corpus', 'analyses', 'c1', check);

describe('KeyedSnapshot', () => {
  it('writes each entry put before save, and saves the entries still used beside them', () => {
    const cache = path.join(dir, 'a');
    const first = open(cache);
    first.put('k1', { id: 'd1', n: 1 });
    first.put('k2', { id: 'd2', n: 2 }, '{"id":"d2","n":2}');
    // already on disk, in a temporary file
    const snapDir = path.dirname(snapshotFile(cache, '/corpus', 'analyses'));
    expect(readdirSync(snapDir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1);
    expect(first.save()).toBe(true);
    expect(readdirSync(snapDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const second = open(cache);
    expect(second.get('k1', 'd1')).toEqual({ id: 'd1', n: 1 });
    second.put('k3', { id: 'd3', n: 3 });
    // the first put of a key stands
    second.put('k3', { id: 'd3', n: 99 });
    expect(second.save()).toBe(true);
    // k2 was not used again: gone; k1 kept from the old file, k3 new
    const r = readPack(snapshotFile(cache, '/corpus', 'analyses'), { kind: 'analyses', code: 'c1' });
    expect(r.problem).toBeNull();
    expect([...r.entries.keys()].sort()).toEqual(['k1', 'k3']);
    expect(open(cache).get('k3', 'd3')).toEqual({ id: 'd3', n: 3 });

    // unchanged: nothing to write
    const third = open(cache);
    third.get('k1', 'd1');
    third.get('k3', 'd3');
    expect(third.save()).toBe(false);
  });

  it('keeps going when the file cannot be written, and says so when saving', () => {
    const cache = path.join(dir, 'b');
    mkdirSync(cache);
    // a file where the snapshots' directory should be
    writeFileSync(path.join(cache, 'snapshots'), 'not a directory');
    const s = open(cache);
    expect(() => s.put('k1', { id: 'd1', n: 1 })).not.toThrow();
    expect(() => s.put('k2', { id: 'd2', n: 2 })).not.toThrow();
    expect(() => s.save()).toThrow(/ENOTDIR|EEXIST/);
  });
});
