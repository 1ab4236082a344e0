/**
 * The one cache wrapper every per-article stage uses: its snapshot opened for the running code
 * (a stale or damaged file is reported and rebuilt, never trusted), looked up by article,
 * filled with what the stage computed, and saved (a failed write is a warning). Without a cache
 * directory it is a cache that never hits.
 */
import { log } from '../log.ts';
import { ANALYSIS_SOURCES, FULL_SOURCES, runningCodeVersion } from '../snapshot/code-version.ts';
import { KeyedSnapshot } from '../snapshot/keyed-snapshot.ts';

/** Where the snapshots go and the versions of the code that makes them; null: nothing is cached. */
export interface CacheContext {
  dir: string;
  /** the corpus' root (snapshots are per corpus) */
  root: string;
  /** version of the code that segments and analyses */
  analysisCode: string;
  /** version of the code that also assembles and indexes */
  fullCode: string;
}

export function cacheContext(cacheDir: string | null, root: string): CacheContext | null {
  if (!cacheDir) return null;
  const analysisCode = runningCodeVersion(ANALYSIS_SOURCES);
  const fullCode = runningCodeVersion(FULL_SOURCES);
  if (analysisCode && fullCode) return { dir: cacheDir, root, analysisCode, fullCode };
  log(
    'warn',
    "the code's version cannot be told (no source files, or no dist/code-version.json from `npm run build`), so no snapshot can be trusted; building everything",
  );
  return null;
}

export function cacheWarning(file: string, problem: string, what: string): void {
  log('warn', `snapshot ${file} ${problem}; ${what}`);
}

export function cannotWrite(file: string, e: unknown): void {
  const why = (e as NodeJS.ErrnoException).code ?? String(e);
  log('warn', `snapshot ${file} cannot be written (${why}); the next start will build it again`);
}

export class StageCache<T> {
  private constructor(
    private readonly snapshot: KeyedSnapshot<T> | null,
    /** each article's key (a hash of its input), in corpus order */
    private readonly keys: readonly string[],
    /** what the stage does again when its cache fails it ("re-analysing") */
    private readonly redo: string,
  ) {}

  /** `kind` names the snapshot file; `check` proves an entry is this stage's for that article. */
  static open<T>(
    ctx: CacheContext | null,
    kind: string,
    keys: readonly string[],
    check: (value: T, id: string) => boolean,
    redo: string,
  ): StageCache<T> {
    const snapshot = ctx ? KeyedSnapshot.open<T>(ctx.dir, ctx.root, kind, ctx.analysisCode, check) : null;
    if (snapshot?.problem) cacheWarning(snapshot.file, snapshot.problem, `${redo} what it cannot vouch for`);
    return new StageCache(snapshot, keys, redo);
  }

  /** The saved value for article `i` (id `id`), if the snapshot has a good one. */
  get(i: number, id: string): T | undefined {
    return this.snapshot?.get(this.keys[i]!, id);
  }

  /** `json`: the value's JSON text when the caller already has it */
  put(i: number, value: T, json?: string): void {
    this.snapshot?.put(this.keys[i]!, value, json);
  }

  /** Report unreadable entries (after the look-ups) and write the snapshot; returns the ms it took. */
  save(): number {
    const s = this.snapshot;
    if (!s) return 0;
    if (s.damagedEntries)
      cacheWarning(s.file, `has ${s.damagedEntries} unreadable entries`, `${this.redo} those articles`);
    const t = performance.now();
    try {
      s.save();
    } catch (e) {
      cannotWrite(s.file, e);
    }
    return Math.round(performance.now() - t);
  }
}
