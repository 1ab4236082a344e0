/**
 * One kind of per-document snapshot entry (segmentations, analyses), keyed by the hash of the
 * document's input: an unchanged document finds its entry, a changed one misses only its own.
 * Entries are parsed only when asked for.
 */
import path from 'node:path';
import { corpusId } from './keys.ts';
import { parseEntry, prune, readPack, writePack, type EntryBytes, type PackHeader } from './pack-file.ts';

/** How many corpora's snapshots a cache directory keeps (the least recently used go first). */
const KEEP_CORPORA = 12;

export const snapshotFile = (cacheDir: string, corpusRoot: string, kind: string): string =>
  path.join(cacheDir, 'snapshots', `${corpusId(corpusRoot)}.${kind}.jsonl`);

export class KeyedSnapshot<T> {
  private readonly fresh = new Map<string, string>();
  private readonly used = new Set<string>();
  private damaged = 0;
  private closed = false;

  private constructor(
    readonly file: string,
    private readonly header: PackHeader,
    private readonly stored: Map<string, EntryBytes>,
    /** why the file on disk was (partly) not used, or null */
    readonly problem: string | null,
    /** `check` proves a parsed entry is one of ours for that document (the checksum proved the bytes) */
    private readonly check: (value: T, id: string) => boolean,
  ) {}

  static open<T>(
    cacheDir: string,
    corpusRoot: string,
    kind: string,
    code: string,
    check: (value: T, id: string) => boolean,
  ): KeyedSnapshot<T> {
    const file = snapshotFile(cacheDir, corpusRoot, kind);
    const header = { kind, code };
    const r = readPack(file, header);
    return new KeyedSnapshot<T>(file, header, r.entries, r.problem, check);
  }

  get(key: string, id: string): T | undefined {
    const json = this.stored.get(key);
    if (json === undefined) return undefined;
    try {
      const v = parseEntry<T>(json);
      if (this.check(v, id)) {
        this.used.add(key);
        return v;
      }
    } catch {
      // counted below
    }
    this.damaged++;
    return undefined;
  }

  /** Keep the entry of a document that is in the corpus without reading it (it is valid: the file vouched for it). */
  keep(key: string): boolean {
    if (!this.stored.has(key)) return false;
    this.used.add(key);
    return true;
  }

  /** `json`: the value's JSON text when the caller already has it (not serialised again) */
  put(key: string, value: T, json?: string): void {
    this.fresh.set(key, json ?? JSON.stringify(value));
    this.used.add(key);
  }

  /** Entries the file vouched for that still could not be used. */
  get damagedEntries(): number {
    return this.damaged;
  }

  /**
   * Write the file when it would differ (new entries, or entries of documents no longer in the
   * corpus), then let go of every entry: the snapshot is done with.
   */
  save(): boolean {
    if (this.closed) return false;
    this.closed = true;
    try {
      if (!this.problem && !this.damaged && this.fresh.size === 0 && this.used.size === this.stored.size) return false;
      const entries: [string, EntryBytes | string][] = [];
      for (const key of this.used) {
        const json = this.fresh.get(key) ?? this.stored.get(key);
        if (json !== undefined) entries.push([key, json]);
      }
      writePack(this.file, this.header, entries);
      prune(path.dirname(this.file), KEEP_CORPORA);
      return true;
    } finally {
      this.stored.clear();
      this.fresh.clear();
      this.used.clear();
    }
  }
}
