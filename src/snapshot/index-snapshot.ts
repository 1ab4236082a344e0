/**
 * The search indexes of a corpus, saved: loading a MiniSearch index (MiniSearch.loadJS) is
 * several times faster than building it again (README, "Speed and scale"). Valid only for the
 * exact corpus (every document key, in order) and code version it was made for.
 */
import path from 'node:path';
import { corpusId } from './keys.ts';
import { readPack, writePack } from './pack-file.ts';

export class IndexSnapshot {
  private constructor(
    readonly file: string,
    private readonly code: string,
    private readonly stored: Map<string, string>,
    readonly problem: string | null,
  ) {}

  /** `code` names both the code version and the corpus (see corpusKey). */
  static open(cacheDir: string, corpusRoot: string, code: string): IndexSnapshot {
    const file = path.join(cacheDir, 'snapshots', `${corpusId(corpusRoot)}.indexes.jsonl`);
    const r = readPack(file, { kind: 'indexes', code });
    // another corpus' indexes are simply out of date, not a problem worth a warning
    const problem = r.problem && !/stale/.test(r.problem) ? r.problem : null;
    return new IndexSnapshot(file, code, r.problem ? new Map() : r.entries, problem);
  }

  get size(): number {
    return this.stored.size;
  }

  /** The saved index, parsed; undefined when absent or unreadable. */
  get<T>(name: string): T | undefined {
    const json = this.stored.get(name);
    if (json === undefined) return undefined;
    try {
      return JSON.parse(json) as T;
    } catch {
      return undefined;
    }
  }

  save(indexes: Record<string, unknown>): void {
    writePack(
      this.file,
      { kind: 'indexes', code: this.code },
      Object.entries(indexes).map(([k, v]) => [k, JSON.stringify(v)]),
    );
  }
}
