/**
 * The per-document part of the snapshot: for each document (by the hash of its input), its
 * segmentation and its DocumentAnalysis, as plain JSON. An unchanged corpus starts from it
 * without segmenting or analysing anything; a changed file misses only its own entry.
 */
import path from 'node:path';
import { segmentedFields, type SegmentedFields } from '../documents/portable.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { DocumentAnalysis } from '../kb/document-analysis.ts';
import { corpusId } from './keys.ts';
import { prune, readPack, writePack, type PackHeader } from './pack-file.ts';

export interface SnapshotEntry {
  doc: SegmentedFields;
  analysis: DocumentAnalysis;
}

/** How many corpora's snapshots are kept in a cache directory (least recently used go first). */
const KEEP_CORPORA = 12;

export class DocumentSnapshot {
  private readonly stored: Map<string, string>;
  private readonly fresh = new Map<string, string>();
  private readonly used = new Set<string>();
  private damaged = 0;

  private constructor(
    readonly file: string,
    private readonly header: PackHeader,
    stored: Map<string, string>,
    /** why the file on disk was (partly) not used, or null */
    readonly problem: string | null,
  ) {
    this.stored = stored;
  }

  static open(cacheDir: string, corpusRoot: string, code: string): DocumentSnapshot {
    const file = path.join(cacheDir, 'snapshots', `${corpusId(corpusRoot)}.documents.jsonl`);
    const header = { kind: 'documents', code };
    const r = readPack(file, header);
    return new DocumentSnapshot(file, header, r.entries, r.problem);
  }

  /** The saved entry of the document with this key, if it is there and sound. */
  get(key: string, id: string): SnapshotEntry | undefined {
    const json = this.stored.get(key);
    if (json === undefined) return undefined;
    try {
      const e = JSON.parse(json) as SnapshotEntry;
      // the checksum proved the bytes; this proves the entry is one of ours for this document
      if (e?.analysis?.documentId === id && Array.isArray(e.doc?.bodySpans)) {
        this.used.add(key);
        return e;
      }
    } catch {
      // counted below
    }
    this.damaged++;
    return undefined;
  }

  put(key: string, doc: CorpusDocument, analysis: DocumentAnalysis): void {
    const entry: SnapshotEntry = { doc: segmentedFields(doc), analysis };
    this.fresh.set(key, JSON.stringify(entry));
    this.used.add(key);
  }

  /** Entries that were in the file but could not be used (besides `problem`). */
  get damagedEntries(): number {
    return this.damaged;
  }

  /** Write the snapshot when it differs from the file: new entries, or entries of documents no longer in the corpus. */
  save(): boolean {
    const unchanged = !this.problem && !this.damaged && this.fresh.size === 0 && this.used.size === this.stored.size;
    if (unchanged) return false;
    const entries: [string, string][] = [];
    for (const key of this.used) {
      const json = this.fresh.get(key) ?? this.stored.get(key);
      if (json !== undefined) entries.push([key, json]);
    }
    writePack(this.file, this.header, entries);
    prune(path.dirname(this.file), KEEP_CORPORA);
    return true;
  }
}
