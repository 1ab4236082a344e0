/**
 * The knowledge base's records as snapshot entries: each list in chunks (no giant string is
 * ever built), each chunk as columns (columns.ts) with its pieces of document bodies saved as
 * ranges.
 */
import { decodeRows, encodeRows, type Rows } from './columns.ts';
import { parseEntry, type EntryBytes } from './pack-file.ts';

type Rec = Record<string, unknown>;
export type Records = Record<string, Rec[]>;

const CHUNK = 500;

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

/** A record list decoded on first use; throws when its entries cannot be decoded. */
export type LazyRecords = () => Rec[];

/**
 * Decodes the records' entries as they are read (see readPack's `take`), so that the file's
 * bytes of one chunk are garbage as soon as its records exist. The lists named `lazy` are only
 * kept as bytes and decoded when first asked for: a start from the snapshot needs some lists at
 * once and others only when a command reads them.
 */
export class RecordsDecoder {
  private fields: Record<string, number> | null = null;
  private readonly chunks = new Map<string, Rec[][]>();
  private readonly kept = new Map<string, Buffer[]>();
  private broken = false;
  private readonly bodyOf: (id: string) => string | undefined;

  constructor(
    bodies: ReadonlyMap<string, string>,
    private readonly lazy: ReadonlySet<string> = new Set(),
  ) {
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
    const field = m[1]!;
    const i = Number(m[2]);
    // the bytes are the reader's, valid only now: a list decoded later keeps a copy
    if (this.lazy.has(field)) (this.kept.get(field) ?? this.kept.set(field, []).get(field)!)[i] = Buffer.from(json);
    else
      try {
        (this.chunks.get(field) ?? this.chunks.set(field, []).get(field)!)[i] = this.decode(json);
      } catch {
        this.broken = true;
      }
    return true;
  }

  private decode(json: EntryBytes): Rec[] {
    return decodeRows(parseEntry<Rows>(json), this.bodyOf);
  }

  /**
   * The records: each list decoded, or for a lazy one, a function decoding it on its first call
   * (and the bytes then let go); null if an entry was missing or could not be decoded.
   */
  result(): Record<string, Rec[] | LazyRecords> | null {
    if (this.broken || !this.fields) return null;
    const out: Record<string, Rec[] | LazyRecords> = {};
    for (const [field, n] of Object.entries(this.fields)) {
      if (this.lazy.has(field)) {
        // held by the function alone, and let go once decoded
        let bytes: (Buffer | undefined)[] | null = this.kept.get(field) ?? [];
        this.kept.delete(field);
        for (let i = 0; i < n; i++) if (!bytes[i]) return null;
        let list: Rec[] | null = null;
        out[field] = () => {
          if (list) return list;
          const decoded: Rec[] = [];
          for (let i = 0; i < n; i++) for (const r of this.decode(bytes![i]!)) decoded.push(r);
          bytes = null;
          return (list = decoded);
        };
        continue;
      }
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
