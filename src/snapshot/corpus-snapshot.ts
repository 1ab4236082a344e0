/**
 * The whole-corpus part of the snapshot: the assembled knowledge base's records and the search
 * indexes. Assembling (merging people, clustering) and indexing cost more than loading their
 * result, so an unchanged corpus loads them; they are valid only for the exact corpus (every
 * document key, in order) and code version they were made by.
 */
import type { AsPlainObject } from 'minisearch';
import type { KnowledgeBase } from '../kb/types.ts';
import { snapshotFile } from './keyed-snapshot.ts';
import { readPack, writePack } from './pack-file.ts';

/** What the knowledge base holds beyond the corpus itself. */
export type KnowledgeBaseRecords = Omit<KnowledgeBase, 'root' | 'documents' | 'documentsById' | 'warnings'>;

export interface CorpusEntries {
  records: KnowledgeBaseRecords;
  quoteIndex: AsPlainObject;
  eventIndex: AsPlainObject;
}

const NAMES = ['records', 'quoteIndex', 'eventIndex'] as const;

/** The records, if every one of them is plain JSON data (arrays of plain objects): only then does a snapshot give them back as they were. */
export function plainRecords(kb: KnowledgeBase): KnowledgeBaseRecords | null {
  const { root: _r, documents: _d, documentsById: _m, warnings: _w, ...records } = kb;
  for (const v of Object.values(records)) {
    if (!Array.isArray(v) || v.some((x) => x === null || typeof x !== 'object' || Object.getPrototypeOf(x) !== Object.prototype)) return null;
  }
  return records;
}

export class CorpusSnapshot {
  private constructor(
    readonly file: string,
    private readonly code: string,
    private readonly stored: Map<string, string>,
    /** a damaged file (a stale one, made for another corpus or code, is just out of date) */
    readonly problem: string | null,
  ) {}

  /** `code` names both the code version and the corpus (see corpusKey). */
  static open(cacheDir: string, corpusRoot: string, code: string): CorpusSnapshot {
    const file = snapshotFile(cacheDir, corpusRoot, 'corpus');
    const r = readPack(file, { kind: 'corpus', code });
    const problem = r.problem && !/stale/.test(r.problem) ? r.problem : null;
    return new CorpusSnapshot(file, code, r.problem ? new Map() : r.entries, problem);
  }

  /** Everything, parsed; null when any part is missing or unreadable. */
  load(): CorpusEntries | null {
    try {
      const out: Partial<Record<(typeof NAMES)[number], unknown>> = {};
      for (const n of NAMES) {
        const json = this.stored.get(n);
        if (json === undefined) return null;
        out[n] = JSON.parse(json);
      }
      return out as CorpusEntries;
    } catch {
      return null;
    }
  }

  save(entries: { records: KnowledgeBaseRecords; quoteIndex: unknown; eventIndex: unknown }): void {
    writePack(
      this.file,
      { kind: 'corpus', code: this.code },
      NAMES.map((n) => [n, JSON.stringify(entries[n])]),
    );
  }
}
