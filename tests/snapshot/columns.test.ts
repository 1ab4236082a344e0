/** Records as columns: what comes back is what JSON would give back, pieces of bodies are saved as ranges, damage is detected. */
import { describe, expect, it } from 'vitest';
import { DamagedColumns, decodeRows, encodeRows, type Rows } from '../../src/snapshot/columns.ts';

const bodies = new Map([
  ['d1', 'The harbour master said on Tuesday that “the pier will reopen before the summer season begins.”'],
  ['d2', 'Residents were unconvinced. “We have heard that promise every spring for a decade,” one of them said.'],
]);
const bodyOf = (id: string): string | undefined => bodies.get(id);
const cut = (id: string, from: string, to: string): string => {
  const b = bodies.get(id)!;
  return b.slice(b.indexOf(from), b.indexOf(to) + to.length);
};

const records = [
  {
    id: 'd1:q1',
    documentId: 'd1',
    text: cut('d1', 'the pier', 'begins.'),
    speaker: 'harbour master',
    score: 0.75,
    span: { start: 50, end: 96 },
    tags: ['port', 'summer'],
    mentions: [
      { documentId: 'd1', start: 4, end: 18, surface: 'harbour master' },
      { documentId: 'd2', start: 0, end: 9, surface: 'Residents', sentence: 0 },
    ],
    flag: true,
  },
  {
    id: 'd2:q1',
    documentId: 'd2',
    text: cut('d2', 'We have', 'decade,'),
    speaker: null,
    score: 3,
    // an optional key, present on this row only, in the middle
    rangeEnd: '2021',
    span: { start: 30, end: 83 },
    tags: [],
    mentions: [],
    flag: null,
  },
  {
    id: 'x:q1',
    documentId: 'unknown-document',
    text: 'a string that is in no body at all',
    speaker: 'someone',
    score: -2,
    span: { start: 0, end: 0 },
    tags: ['mixed', 7],
    mentions: [],
    flag: 'yes',
    gone: undefined,
  },
];

const roundTrip = (rows: Record<string, unknown>[]): unknown =>
  decodeRows(JSON.parse(JSON.stringify(encodeRows(rows, bodyOf))) as Rows, bodyOf);

describe('records as columns', () => {
  it('give back exactly what JSON would: keys in order, optional keys, nulls, nested objects and arrays', () => {
    const back = roundTrip(records);
    expect(JSON.stringify(back)).toBe(JSON.stringify(records));
    expect(back).toEqual(JSON.parse(JSON.stringify(records)));
    expect(Object.keys((back as Record<string, unknown>[])[1]!)).toEqual(Object.keys(records[1]!));
  });

  it('save long pieces of a body as ranges, and cut them from the body again', () => {
    const encoded = JSON.stringify(encodeRows(records, bodyOf));
    expect(encoded).not.toContain('the pier will reopen');
    expect(encoded).not.toContain('heard that promise');
    // not in any body: kept as text
    expect(encoded).toContain('a string that is in no body at all');
  });

  it('repeated strings are stored once', () => {
    const rows = Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, kind: i % 2 ? 'direct' : 'partial' }));
    const encoded = JSON.stringify(encodeRows(rows, bodyOf));
    expect(encoded.match(/"direct"/g)).toHaveLength(1);
    expect(roundTrip(rows)).toEqual(rows);
  });

  it('an empty list and rows with no keys', () => {
    expect(roundTrip([])).toEqual([]);
    expect(roundTrip([{}, { a: 1 }, {}])).toEqual([{}, { a: 1 }, {}]);
  });

  it('a range that does not fit its body, or a count that does not add up, is reported as damage', () => {
    const encoded = encodeRows(records, bodyOf);
    const text = encoded.cols.text as Extract<Rows['cols'][string], { t: 's' }>;
    const shorter = new Map([...bodies].map(([k, v]) => [k, v.slice(0, 20)]));
    expect(() => decodeRows(encoded, (id) => shorter.get(id))).toThrow(DamagedColumns);
    expect(() => decodeRows({ ...encoded, n: 4 }, bodyOf)).toThrow(DamagedColumns);
    expect(() => decodeRows({ ...encoded, cols: { ...encoded.cols, text: { ...text, k: [0] } } }, bodyOf)).toThrow(
      DamagedColumns,
    );
    expect(() => decodeRows({ n: 1, shapes: [['__proto__']], s: 0, cols: {} }, bodyOf)).toThrow(DamagedColumns);
  });
});
