/**
 * Lists of plain records as columns, for the snapshot. Parsing a JSON array of a hundred
 * thousand objects makes the garbage collector copy every one of them twice, and that was
 * most of a start from the snapshot; a column of numbers or of string-table indexes parses
 * into one flat array, and the records are then made in one pass. Every long string that is a
 * piece of its record's document body (a quote, its sentence, an event's clause) is saved as
 * the range it was cut from and cut from the body again on loading: the file is smaller, and
 * the records share the body's memory instead of holding copies.
 *
 * What comes back is what JSON would give back: the same keys in the same order, numbers,
 * strings, nulls, arrays and nested objects; keys whose value is undefined are dropped.
 */

type Obj = Record<string, unknown>;

/** Values of one key across rows (or the elements of arrays), by what they all are. */
export type Column =
  /** numbers */
  | { t: 'n'; v: number[] }
  /** strings or nulls: per value -1 null, -2 a body range (the next pair of `b`), else an index of `tab` */
  | { t: 's'; tab: string[]; k: number[]; b: number[] }
  /** arrays: their lengths, then all their elements as one column */
  | { t: 'a'; n: number[]; e: Column }
  /** plain objects, as rows of their own */
  | { t: 'o'; rows: Rows }
  /** anything else (mixed kinds, booleans), as JSON values */
  | { t: 'j'; v: unknown[] };

/** Rows (plain objects): their key lists (shapes), each row's shape (one number when all share it), a column per key. */
export interface Rows {
  n: number;
  shapes: string[][];
  s: number | number[];
  cols: Record<string, Column>;
}

/** Strings shorter than this are kept in the string table, not looked for in the body. */
const MIN_LENGTH = 12;
/** Keys whose strings are never body ranges (identifiers). */
const NOT_TEXT = new Set(['id', 'documentId']);

/** How to find the body a row's strings may be pieces of. */
export type BodyOf = (documentId: string) => string | undefined;

/** The body of a row: its own document's when it names one, else its parent's. */
function rowBody(row: Obj, inherited: string | undefined, bodyOf: BodyOf): string | undefined {
  return typeof row.documentId === 'string' ? bodyOf(row.documentId) : inherited;
}

/** Where to start looking for a row's strings in the body: most pieces start at or near its span. */
function rowHint(row: Obj): number {
  const span = row.span as { start?: unknown } | null | undefined;
  const at = typeof span?.start === 'number' ? span.start : typeof row.start === 'number' ? row.start : 0;
  return Math.max(0, at);
}

const isPlain = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/** One value's body and where to look in it (strings of a row; array elements never become ranges). */
interface Place {
  body: string | undefined;
  hint: number;
}

const NOWHERE: Place = { body: undefined, hint: 0 };

export function encodeRows(rows: readonly Obj[], bodyOf: BodyOf, inherited: readonly Place[] = []): Rows {
  const shapeIds = new Map<string, number>();
  const shapes: string[][] = [];
  const s: number[] = [];
  const values = new Map<string, unknown[]>();
  const places = new Map<string, Place[]>();
  rows.forEach((row, i) => {
    const keys = Object.keys(row).filter((k) => row[k] !== undefined);
    const name = keys.join('\0');
    let id = shapeIds.get(name);
    if (id === undefined) {
      id = shapes.push(keys) - 1;
      shapeIds.set(name, id);
    }
    s.push(id);
    const place = { body: rowBody(row, inherited[i]?.body, bodyOf), hint: rowHint(row) };
    for (const k of keys) {
      (values.get(k) ?? values.set(k, []).get(k)!).push(row[k]);
      (places.get(k) ?? places.set(k, []).get(k)!).push(place);
    }
  });
  const cols: Record<string, Column> = {};
  for (const [k, v] of values) cols[k] = encodeColumn(v, NOT_TEXT.has(k) ? null : places.get(k)!, bodyOf);
  return { n: rows.length, shapes, s: shapes.length === 1 ? 0 : s, cols };
}

/** A column of values; `places` (null: never) says where each string may be a piece of a body. */
function encodeColumn(values: readonly unknown[], places: readonly Place[] | null, bodyOf: BodyOf): Column {
  if (values.every((v) => typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0)))
    return { t: 'n', v: values as number[] };
  if (values.every((v) => v === null || typeof v === 'string')) return encodeStrings(values, places);
  if (values.every(Array.isArray)) {
    const arrays = values as unknown[][];
    return { t: 'a', n: arrays.map((a) => a.length), e: encodeColumn(arrays.flat(), null, bodyOf) };
  }
  if (values.every(isPlain)) {
    const inherited = places ?? values.map(() => NOWHERE);
    return { t: 'o', rows: encodeRows(values, bodyOf, inherited) };
  }
  return { t: 'j', v: [...values] };
}

function encodeStrings(values: readonly (string | null)[], places: readonly Place[] | null): Column {
  const tab: string[] = [];
  const index = new Map<string, number>();
  const k: number[] = [];
  const b: number[] = [];
  values.forEach((v, i) => {
    if (v === null) return void k.push(-1);
    const place = places?.[i];
    if (place?.body !== undefined && v.length >= MIN_LENGTH) {
      const body = place.body;
      let at = body.indexOf(v, Math.max(0, place.hint - v.length));
      if (at < 0) at = body.indexOf(v);
      if (at >= 0) {
        b.push(at, v.length);
        return void k.push(-2);
      }
    }
    let j = index.get(v);
    if (j === undefined) {
      j = tab.push(v) - 1;
      index.set(v, j);
    }
    k.push(j);
  });
  return { t: 's', tab, k, b };
}

/** A saved value that does not fit (a range past its body, a count that does not add up). */
export class DamagedColumns extends Error {}

function check(ok: boolean, what: string): asserts ok {
  if (!ok) throw new DamagedColumns(what);
}

/** The rows again; throws DamagedColumns when they do not fit together or with the bodies. */
export function decodeRows(rows: Rows, bodyOf: BodyOf, inherited: readonly (string | undefined)[] = []): Obj[] {
  const { n, shapes, cols } = rows;
  check(Number.isInteger(n) && n >= 0 && Array.isArray(shapes) && (shapes.length > 0 || n === 0), 'rows');
  // a key that JSON.parse would make an own property but an assignment would not
  check(!shapes.some((keys) => keys.includes('__proto__')), 'key');
  const shapeOf = (i: number): string[] | undefined => shapes[typeof rows.s === 'number' ? rows.s : rows.s[i]!];
  // which rows have each key, in order (all of them when there is one shape)
  const holders = new Map<string, number[] | null>();
  if (shapes.length === 1 && typeof rows.s === 'number') for (const k of shapes[0]!) holders.set(k, null);
  else
    for (let i = 0; i < n; i++) {
      const keys = shapeOf(i);
      check(!!keys, 'shape');
      for (const k of keys) (holders.get(k) ?? holders.set(k, []).get(k)!).push(i);
    }
  const rowsOf = (k: string): number => holders.get(k)?.length ?? n;
  // each row's body: from its documentId, decoded first, else its parent's
  const bodies: (string | undefined)[] = new Array<string | undefined>(n);
  const ids = holders.has('documentId') ? decodeColumn(cols.documentId, rowsOf('documentId'), bodyOf, []) : null;
  for (let i = 0; i < n; i++) bodies[i] = inherited[i];
  if (ids) {
    const which = holders.get('documentId');
    // rows of one document come together: its body is looked up once for the run
    let last: unknown = undefined;
    let body: string | undefined;
    ids.forEach((id, j) => {
      const i = which ? which[j]! : j;
      if (typeof id !== 'string') return;
      if (id !== last) [last, body] = [id, bodyOf(id)];
      bodies[i] = body;
    });
  }
  const decoded = new Map<string, unknown[]>();
  for (const [k, which] of holders) {
    if (k === 'documentId') {
      decoded.set(k, ids!);
      continue;
    }
    const places = which ? which.map((i) => bodies[i]) : bodies;
    decoded.set(k, decodeColumn(cols[k], rowsOf(k), bodyOf, NOT_TEXT.has(k) ? null : places));
  }
  // each key's values by row (undefined where a row lacks the key), then each row made by its shape's maker
  const byRow = new Map<string, unknown[]>();
  for (const [k, which] of holders) {
    const values = decoded.get(k)!;
    if (!which) byRow.set(k, values);
    else {
      const aligned = new Array<unknown>(n);
      which.forEach((i, j) => (aligned[i] = values[j]));
      byRow.set(k, aligned);
    }
  }
  const made = shapes.map((keys) => ({ make: maker(keys), columns: keys.map((k) => byRow.get(k) ?? []) }));
  const out: Obj[] = new Array<Obj>(n);
  if (typeof rows.s === 'number') {
    const { make, columns } = made[rows.s]!;
    for (let i = 0; i < n; i++) out[i] = make(columns, i);
  } else
    for (let i = 0; i < n; i++) {
      const { make, columns } = made[rows.s[i]!]!;
      out[i] = make(columns, i);
    }
  return out;
}

type Maker = (columns: readonly (readonly unknown[])[], i: number) => Obj;
const makers = new Map<string, Maker>();

/**
 * A function making a row of these keys from its columns: one object literal, so that every row
 * is born with its final layout (assigning key by key is several times slower). The keys are
 * written as JSON strings, which are JavaScript string literals.
 */
function maker(keys: readonly string[]): Maker {
  const name = keys.join('\0');
  let make = makers.get(name);
  if (!make) {
    const fields = keys.map((k, c) => `${JSON.stringify(k)}: c[${c}][i]`).join(', ');
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from key names only, each escaped as a string literal
    make = new Function('c', 'i', `return { ${fields} };`) as Maker;
    makers.set(name, make);
  }
  return make;
}

function decodeColumn(
  col: Column | undefined,
  count: number,
  bodyOf: BodyOf,
  bodies: readonly (string | undefined)[] | null,
): unknown[] {
  check(!!col && typeof col === 'object', 'column');
  switch (col.t) {
    case 'n':
    case 'j':
      check(Array.isArray(col.v) && col.v.length === count, 'values');
      return col.v;
    case 's':
      return decodeStrings(col, count, bodies);
    case 'a': {
      check(Array.isArray(col.n) && col.n.length === count, 'lengths');
      const total = col.n.reduce((a, b) => a + b, 0);
      const flat = decodeColumn(col.e, total, bodyOf, null);
      const out: unknown[][] = new Array<unknown[]>(count);
      let at = 0;
      for (let i = 0; i < count; i++) {
        const len = col.n[i]!;
        check(Number.isInteger(len) && len >= 0, 'length');
        out[i] = flat.slice(at, (at += len));
      }
      return out;
    }
    case 'o':
      check(col.rows?.n === count, 'rows');
      return decodeRows(col.rows, bodyOf, bodies ?? []);
    default:
      throw new DamagedColumns('column kind');
  }
}

function decodeStrings(
  col: Extract<Column, { t: 's' }>,
  count: number,
  bodies: readonly (string | undefined)[] | null,
): (string | null)[] {
  const { tab, k, b } = col;
  check(Array.isArray(tab) && Array.isArray(k) && Array.isArray(b) && k.length === count, 'strings');
  const out: (string | null)[] = new Array<string | null>(count);
  let r = 0;
  for (let i = 0; i < count; i++) {
    const j = k[i]!;
    if (j >= 0) {
      const v = tab[j];
      check(typeof v === 'string', 'string index');
      out[i] = v;
    } else if (j === -1) out[i] = null;
    else {
      const body = bodies?.[i];
      const at = b[r++]!;
      const len = b[r++]!;
      check(body !== undefined && at >= 0 && len >= 0 && at + len <= body.length, 'body range');
      out[i] = body.slice(at, at + len);
    }
  }
  return out;
}
