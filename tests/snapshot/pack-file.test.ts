/** The snapshot's pack files are read a piece at a time: long lines, many lines and damage read as before. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PackWriter, parseEntry, readPack, writePack } from '../../src/snapshot/pack-file.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'sourcebot-pack-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const header = { kind: 'test', code: 'v1' };

describe('readPack', () => {
  // an entry longer than one read (8 MB) and many short ones around it
  const long = JSON.stringify({ words: 'the ferry will run again '.repeat(400_000) });
  const entries: [string, string][] = [
    ['a', '{"n":1}'],
    ['big', long],
    ...Array.from({ length: 2000 }, (_, i): [string, string] => [
      `k${i}`,
      JSON.stringify({ i, s: 'x'.repeat(i % 50) }),
    ]),
  ];
  const file = path.join(dir, 'one.jsonl');
  writePack(file, header, entries);

  it('gives back every entry, however long, as written', () => {
    expect(long.length).toBeGreaterThan(8 << 20);
    const r = readPack(file, header);
    expect(r.problem).toBeNull();
    expect(r.entries.size).toBe(entries.length);
    for (const [k, v] of entries) expect(r.entries.get(k)?.toString('utf8')).toBe(v);
  });

  it('hands entries to a reader as they come, keeping only those it leaves', () => {
    const taken: string[] = [];
    const r = readPack(file, header, (key, json) =>
      key.startsWith('k') ? (taken.push(`${key}=${json.toString('utf8')}`), true) : false,
    );
    expect(r.problem).toBeNull();
    expect(taken).toEqual(entries.filter(([k]) => k.startsWith('k')).map(([k, v]) => `${k}=${v}`));
    expect([...r.entries.keys()]).toEqual(['a', 'big']);
  });

  it('writes text past ASCII as escapes that parse back to the same value; a UTF-8 entry of another writer still parses', () => {
    const value = { s: 'Café “quoted” — naïve 東京 😀', lone: '\ud800x', quote: '"', back: '\\' };
    const f = path.join(dir, 'text.jsonl');
    writePack(f, header, [['t', JSON.stringify(value)]]);
    const bytes = readPack(f, header).entries.get('t')!;
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    expect(parseEntry(bytes)).toEqual(value);
    expect(parseEntry(Buffer.from(JSON.stringify(value), 'utf8'))).toEqual(value);
  });

  it('drops a damaged entry and says so; a cut file is incomplete', () => {
    const bytes = readFileSync(file, 'utf8');
    const damaged = path.join(dir, 'damaged.jsonl');
    writeFileSync(damaged, bytes.replace('"i":7,', '"i":8,'));
    const d = readPack(damaged, header);
    expect(d.problem).toMatch(/1 damaged entry dropped/);
    expect(d.entries.has('k7')).toBe(false);
    expect(d.entries.get('k8')).toBeDefined();
    const cut = path.join(dir, 'cut.jsonl');
    writeFileSync(cut, bytes.slice(0, bytes.length / 2));
    expect(readPack(cut, header).problem).toMatch(/incomplete/);
  });
});

describe('PackWriter', () => {
  it('writes entries as they come into a file that reads back as writePack would have written it', () => {
    const entries: [string, string][] = Array.from({ length: 1234 }, (_, i) => [
      `k${i}`,
      JSON.stringify({ i, s: 'é'.repeat(i % 7) }),
    ]);
    const file = path.join(dir, 'streamed.jsonl');
    const w = new PackWriter(file, header);
    for (const [k, v] of entries) w.add(k, v);
    // nothing is in place before finish: a reader never sees half a file
    expect(readPack(file, header).usable).toBe(false);
    w.finish();
    const r = readPack(file, header);
    expect(r.problem).toBeNull();
    expect([...r.entries].map(([k, b]) => [k, JSON.stringify(parseEntry(b))])).toEqual(entries);
    // the header, written again in place, holds the count
    expect(JSON.parse(readFileSync(file, 'utf8').split('\n')[0]!)).toMatchObject({ count: 1234, kind: 'test' });
  });

  it('writes an empty file that reads as sound, and leaves nothing behind when abandoned', () => {
    const sub = mkdtempSync(path.join(dir, 'w-'));
    const empty = new PackWriter(path.join(sub, 'empty.jsonl'), header);
    empty.finish();
    expect(readPack(path.join(sub, 'empty.jsonl'), header)).toMatchObject({ problem: null, usable: true });
    const gone = new PackWriter(path.join(sub, 'gone.jsonl'), header);
    gone.add('a', '{"n":1}');
    gone.abandon();
    expect(readdirSync(sub)).toEqual(['empty.jsonl']);
    expect(() => gone.add('b', '{}')).toThrow(/closed/);
  });
});
