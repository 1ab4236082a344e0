/**
 * One kind of per-document snapshot entry (segmentations, analyses), keyed by the hash of the
 * document's input: an unchanged document finds its entry, a changed one misses only its own.
 * Entries are parsed only when asked for. New entries go to the file being written as they are
 * put (a cold start's analyses are not held as text until the end).
 */
import path from 'node:path';
import { corpusId } from './keys.ts';
import { PackWriter, parseEntry, prune, readPack, type EntryBytes, type PackHeader } from './pack-file.ts';

/** How many corpora's snapshots a cache directory keeps (the least recently used go first). */
const KEEP_CORPORA = 12;

export const snapshotFile = (cacheDir: string, corpusRoot: string, kind: string): string =>
  path.join(cacheDir, 'snapshots', `${corpusId(corpusRoot)}.${kind}.jsonl`);

export class KeyedSnapshot<T> {
  /** keys of the entries put (already in `writer`'s file) */
  private readonly fresh = new Set<string>();
  private readonly used = new Set<string>();
  /** the new file, opened by the first put */
  private writer: PackWriter | null = null;
  /** why the new file could not be written (reported by save) */
  private writeError: Error | null = null;
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
    // an identical input has the same entry: the first one stands
    if (this.closed || this.fresh.has(key)) return;
    this.fresh.add(key);
    this.used.add(key);
    if (this.writeError) return;
    try {
      this.writer ??= new PackWriter(this.file, this.header);
      this.writer.add(key, json ?? JSON.stringify(value));
    } catch (e) {
      // the rest of the run goes on without a file; save reports why
      this.writeError = e instanceof Error ? e : new Error(String(e));
      this.writer?.abandon();
      this.writer = null;
    }
  }

  /** Entries the file vouched for that still could not be used. */
  get damagedEntries(): number {
    return this.damaged;
  }

  /**
   * Finish the file when it would differ (new entries, or entries of documents no longer in the
   * corpus): the entries put are in it already, the stored ones still used are added. Then let go
   * of every entry: the snapshot is done with. Throws when the file could not be written.
   */
  save(): boolean {
    if (this.closed) return false;
    this.closed = true;
    try {
      if (this.writeError) throw this.writeError;
      if (!this.problem && !this.damaged && this.fresh.size === 0 && this.used.size === this.stored.size) return false;
      const w = this.writer ?? new PackWriter(this.file, this.header);
      this.writer = w;
      for (const key of this.used) {
        const bytes = this.fresh.has(key) ? undefined : this.stored.get(key);
        if (bytes !== undefined) w.add(key, bytes);
      }
      w.finish();
      this.writer = null;
      prune(path.dirname(this.file), KEEP_CORPORA);
      return true;
    } finally {
      this.writer?.abandon();
      this.writer = null;
      this.stored.clear();
      this.fresh.clear();
      this.used.clear();
    }
  }
}
