/**
 * The knowledge base's records as snapshot entries, in chunks (no giant string is ever built),
 * with every long string that is a piece of its document's body (a quote, its sentence, an
 * event's clause) saved as the range it was cut from. Loading cuts it from the body again:
 * the file is smaller, and the records share the body's memory instead of holding copies.
 */
import { parseEntry, type EntryBytes } from './pack-file.ts';

type Rec = Record<string, unknown>;
export type Records = Record<string, Rec[]>;

const CHUNK = 5000;
const MIN_LENGTH = 12;
const SKIP = new Set(['id', 'documentId']);

interface BodyRef {
  $b: [number, number];
}

const isRef = (v: unknown): v is BodyRef => typeof v === 'object' && v !== null && !Array.isArray(v) && '$b' in v;

function hint(r: Rec): number {
  const span = r.span as { start?: unknown } | undefined;
  const at = typeof span?.start === 'number' ? span.start : typeof r.start === 'number' ? r.start : 0;
  return Math.max(0, at);
}

function encode(r: Rec, body: string | undefined): Rec {
  if (body === undefined) return r;
  let out: Rec | null = null;
  for (const [k, v] of Object.entries(r)) {
    if (typeof v !== 'string' || v.length < MIN_LENGTH || SKIP.has(k)) continue;
    // the sentence around a quote starts before it; most other pieces start at the span
    let at = body.indexOf(v, Math.max(0, hint(r) - v.length));
    if (at < 0) at = body.indexOf(v);
    if (at < 0) continue;
    out ??= { ...r };
    out[k] = { $b: [at, at + v.length] } satisfies BodyRef;
  }
  return out ?? r;
}

/**
 * Entries for the records, each made only when the writer reaches it (so the file's JSON is
 * never all in memory), and how many there are; null if some record already holds a value that
 * looks like a body range (it could not be told apart).
 */
export function encodeRecords(
  records: Records,
  bodies: ReadonlyMap<string, string>,
): { count: number; entries: Iterable<[string, string]> } | null {
  const lists = Object.entries(records);
  if (lists.some(([, list]) => list.some((r) => Object.values(r).some(isRef)))) return null;
  const counts: Record<string, number> = Object.fromEntries(
    lists.map(([field, list]) => [field, Math.ceil(list.length / CHUNK)]),
  );
  function* entries(): Generator<[string, string]> {
    yield ['fields', JSON.stringify(counts)];
    for (const [field, list] of lists) {
      for (let i = 0; i * CHUNK < list.length; i++) {
        const chunk = list.slice(i * CHUNK, (i + 1) * CHUNK);
        yield [
          `${field}.${i}`,
          JSON.stringify(
            chunk.map((r) => encode(r, typeof r.documentId === 'string' ? bodies.get(r.documentId) : undefined)),
          ),
        ];
      }
    }
  }
  return { count: 1 + Object.values(counts).reduce((a, b) => a + b, 0), entries: entries() };
}

/** One chunk's records with their body ranges cut from the bodies again; null if a range does not fit its document. */
function decodeChunk(json: EntryBytes, bodies: ReadonlyMap<string, string>): Rec[] | null {
  const list = parseEntry<Rec[]>(json);
  for (const r of list) {
    for (const [k, v] of Object.entries(r)) {
      if (!isRef(v)) continue;
      const body = typeof r.documentId === 'string' ? bodies.get(r.documentId) : undefined;
      const [a, b] = v.$b;
      if (body === undefined || !(b <= body.length && a >= 0 && a <= b)) return null;
      r[k] = body.slice(a, b);
    }
  }
  return list;
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

  constructor(private readonly bodies: ReadonlyMap<string, string>) {}

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
      const list = decodeChunk(json, this.bodies);
      if (!list) this.broken = true;
      else (this.chunks.get(m[1]!) ?? this.chunks.set(m[1]!, []).get(m[1]!)!)[Number(m[2])] = list;
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

/** The records again; null if an entry is missing or a range does not fit its document. */
export function decodeRecords(
  entries: ReadonlyMap<string, EntryBytes>,
  bodies: ReadonlyMap<string, string>,
): Records | null {
  const decoder = new RecordsDecoder(bodies);
  for (const [key, json] of entries) decoder.take(key, json);
  return decoder.result();
}
