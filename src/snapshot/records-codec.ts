/**
 * The knowledge base's records as snapshot entries: each list in chunks (no giant string is
 * ever built), each chunk as columns (columns.ts) with its pieces of document bodies saved as
 * ranges.
 */
import { decodeRows, encodeRows, type Rows } from './columns.ts';
import { parseEntry, type EntryBytes } from './pack-file.ts';

type Rec = Record<string, unknown>;
export type Records = Record<string, Rec[]>;

const CHUNK = 5000;

/**
 * Entries for the records, each made only when the writer reaches it (so the file's JSON is
 * never all in memory), and how many there are.
 */
export function encodeRecords(
  records: Records,
  bodies: ReadonlyMap<string, string>,
): { count: number; entries: Iterable<[string, string]> } {
  const lists = Object.entries(records);
  const counts: Record<string, number> = Object.fromEntries(
    lists.map(([field, list]) => [field, Math.ceil(list.length / CHUNK)]),
  );
  const bodyOf = (id: string): string | undefined => bodies.get(id);
  function* entries(): Generator<[string, string]> {
    yield ['fields', JSON.stringify(counts)];
    for (const [field, list] of lists) {
      for (let i = 0; i * CHUNK < list.length; i++)
        yield [`${field}.${i}`, JSON.stringify(encodeRows(list.slice(i * CHUNK, (i + 1) * CHUNK), bodyOf))];
    }
  }
  return { count: 1 + Object.values(counts).reduce((a, b) => a + b, 0), entries: entries() };
}

const CHUNK_KEY = /^(\w+)\.(\d+)$/;

/**
 * Decodes the records' entries as they are read (see readPack's `take`), so that the file's
 * bytes of one chunk are garbage as soon as its records exist.
 */
export class RecordsDecoder {
  private fields: Record<string, number> | null = null;
  private readonly chunks = new Map<string, Rec[][]>();
  private broken = false;
  private readonly bodyOf: (id: string) => string | undefined;

  constructor(bodies: ReadonlyMap<string, string>) {
    this.bodyOf = (id) => bodies.get(id);
  }

  /** Consume the entry if it is one of the records' (true), else leave it (false). */
  take(key: string, json: EntryBytes): boolean {
    if (key === 'fields') {
      try {
        this.fields = parseEntry<Record<string, number>>(json);
      } catch {
        this.broken = true;
      }
      return true;
    }
    const m = CHUNK_KEY.exec(key);
    if (!m) return false;
    if (this.broken) return true;
    try {
      const list = decodeRows(parseEntry<Rows>(json), this.bodyOf);
      (this.chunks.get(m[1]!) ?? this.chunks.set(m[1]!, []).get(m[1]!)!)[Number(m[2])] = list;
    } catch {
      this.broken = true;
    }
    return true;
  }

  /** The records; null if an entry was missing or could not be decoded. */
  result(): Records | null {
    if (this.broken || !this.fields) return null;
    const out: Records = {};
    for (const [field, n] of Object.entries(this.fields)) {
      const chunks = this.chunks.get(field) ?? [];
      const list: Rec[] = [];
      for (let i = 0; i < n; i++) {
        const c = chunks[i];
        if (!c) return null;
        for (const r of c) list.push(r);
      }
      out[field] = list;
    }
    return out;
  }
}
