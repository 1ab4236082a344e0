/**
 * The whole-corpus part of the snapshot: the assembled knowledge base's records and the search
 * indexes. Assembling (merging people, clustering) and indexing cost far more than loading
 * their result, so an unchanged corpus loads them; they are valid only for the exact corpus
 * (every document key, in order) and code version they were made by.
 */
import { existsSync } from 'node:fs';
import type { KnowledgeBase } from '../kb/types.ts';
import type { PackedJSON } from '../search/ranked-search.ts';
import { snapshotFile } from './keyed-snapshot.ts';
import { parseEntry, readPack, writePack, writePackInBackground, type EntryBytes } from './pack-file.ts';
import { encodeRecords, RecordsDecoder, type Records } from './records-codec.ts';

/** What the knowledge base holds beyond the corpus itself. */
export type KnowledgeBaseRecords = Omit<KnowledgeBase, 'root' | 'documents' | 'documentsById' | 'warnings'>;

/** Bumped when the layout of this file's entries changes (corpus-6: statements and their index). */
const LAYOUT = 'corpus-6';

/** The search indexes saved beside the records, each its own entry. */
export const INDEX_ENTRIES = ['quoteIndex', 'statementIndex', 'eventIndex'] as const;
export type SavedIndexes = Record<(typeof INDEX_ENTRIES)[number], unknown>;

/**
 * The saved parts, each parsed when asked for (one at a time: a parsed index is garbage once
 * loaded, so they never all sit in memory together). `records` has the quotes decoded (the quote
 * index is made of them) and getters for the people, statements and events, which decode them on
 * first read (prepare, or the first command needing them): a start from the snapshot is ready
 * without them.
 */
export interface CorpusEntries {
  records: KnowledgeBaseRecords;
  indexes: Record<keyof SavedIndexes, () => PackedJSON>;
}

/** Record lists decoded on first read. */
const LAZY: ReadonlySet<keyof KnowledgeBaseRecords> = new Set(['people', 'statements', 'events']);

/** The records, if every one of them is plain JSON data (arrays of plain objects): only then does a snapshot give them back as they were. */
export function plainRecords(kb: KnowledgeBase): KnowledgeBaseRecords | null {
  const { root: _r, documents: _d, documentsById: _m, warnings: _w, ...records } = kb;
  for (const v of Object.values(records)) {
    if (
      !Array.isArray(v) ||
      v.some((x) => x === null || typeof x !== 'object' || Object.getPrototypeOf(x) !== Object.prototype)
    )
      return null;
  }
  return records;
}

const plainValue = (value: unknown): PropertyDescriptor => ({
  value,
  writable: true,
  enumerable: true,
  configurable: true,
});

/**
 * A list decoded on first read. The descriptor may be copied to another object (the knowledge
 * base): setting the property there makes it a plain value of that object.
 */
function lazyList(field: string, decode: () => unknown[]): PropertyDescriptor {
  return {
    get: decode,
    set(this: object, value: unknown) {
      Object.defineProperty(this, field, plainValue(value));
    },
    enumerable: true,
    configurable: true,
  };
}

const bodiesOf = (kb: Pick<KnowledgeBase, 'documents'>): Map<string, string> =>
  new Map(kb.documents.map((d) => [d.id, d.body]));

export class CorpusSnapshot {
  /** a damaged file (a stale one, made for another corpus or code, is just out of date); known once `load` has read it */
  problem: string | null = null;

  private constructor(
    readonly file: string,
    private readonly code: string,
  ) {}

  /** `code` names both the code version and the corpus (see corpusKey). Nothing is read until `load`. */
  static open(cacheDir: string, corpusRoot: string, code: string): CorpusSnapshot {
    return new CorpusSnapshot(snapshotFile(cacheDir, corpusRoot, 'corpus'), `${code}:${LAYOUT}`);
  }

  /** Whether there is a file (a start that has none need not segment every article before anything else). */
  get present(): boolean {
    return existsSync(this.file);
  }

  /**
   * The records over these documents, and the indexes to parse; null when any part is missing
   * or unreadable (a parse error of an index is thrown when it is asked for). The file is read a
   * piece at a time and each chunk of records decoded as it arrives, so the file is never held
   * whole beside what it decodes to.
   */
  load(kb: Pick<KnowledgeBase, 'documents'>): CorpusEntries | null {
    const decoder = new RecordsDecoder(bodiesOf(kb), LAZY);
    const r = readPack(this.file, { kind: 'corpus', code: this.code }, (key, json) => decoder.take(key, json));
    this.problem = r.problem && !/stale/.test(r.problem) ? r.problem : null;
    if (r.problem || !r.usable) return null;
    const decoded = decoder.result();
    const indexes = {} as CorpusEntries['indexes'];
    for (const key of INDEX_ENTRIES) {
      const bytes = r.entries.get(key);
      if (!bytes) return null;
      indexes[key] = () => parseEntry(bytes);
    }
    if (!decoded) return null;
    const records = {} as KnowledgeBaseRecords;
    for (const [field, v] of Object.entries(decoded))
      Object.defineProperty(records, field, typeof v === 'function' ? lazyList(field, v) : plainValue(v));
    return { records, indexes };
  }

  /** Save; false when the records cannot be saved faithfully (then nothing is written). */
  save(kb: KnowledgeBase, indexes: SavedIndexes): boolean {
    const e = entriesOf(kb, indexes);
    if (e) writePack(this.file, { kind: 'corpus', code: this.code }, e.entries);
    return !!e;
  }

  /** As `save`, giving the event loop back between entries: the bot answers while the file is written. */
  async saveInBackground(kb: KnowledgeBase, indexes: SavedIndexes): Promise<boolean> {
    const e = entriesOf(kb, indexes);
    if (e) await writePackInBackground(this.file, { kind: 'corpus', code: this.code }, e.entries, e.count);
    return !!e;
  }
}

/** The file's entries, each made when the writer reaches it; null when the records are not plain data. */
function entriesOf(
  kb: KnowledgeBase,
  indexes: SavedIndexes,
): { entries: Iterable<[string, EntryBytes | string]>; count: number } | null {
  const records = plainRecords(kb);
  const encoded = records && encodeRecords(records as unknown as Records, bodiesOf(kb));
  if (!encoded) return null;
  function* entries(): Generator<[string, string]> {
    yield* encoded!.entries;
    for (const key of INDEX_ENTRIES) yield [key, JSON.stringify(indexes[key])];
  }
  return { entries: entries(), count: encoded.count + INDEX_ENTRIES.length };
}
