/**
 * The version of the code a snapshot was made by: a hash of the source files themselves, so any
 * change to the analysis (or to the libraries it uses) invalidates the cache without anyone
 * remembering to bump a number. Under tsx the sources are hashed at run time; the compiled build
 * hashes them when it is built and stamps the result beside its code (a deployed image may hold
 * no sources at all).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';
import { COMPILED } from '../runtime.ts';

/** What documents and their analyses are made by. */
export const ANALYSIS_SOURCES = ['src/documents', 'src/text', 'src/analysis', 'src/kb', 'package-lock.json'];
/** What the search indexes are made by, beside the analysis. */
export const INDEX_SOURCES = ['src/search'];
/** What the assembled knowledge base and its indexes are made by. */
export const FULL_SOURCES = [...ANALYSIS_SOURCES, ...INDEX_SOURCES];

function files(root: string, rel: string): string[] {
  const full = path.join(root, rel);
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return [rel];
    return [];
  }
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? files(root, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]));
}

const memo = new Map<string, string | null>();

/** Where the build writes its stamp: dist/code-version.json (this module is dist/src/snapshot/code-version.js). */
export const STAMP_URL = new URL('../../code-version.json', import.meta.url);

/** The stamp's key for a list of source folders. */
export const stampKey = (sources: readonly string[]): string => sources.join('|');

let stamp: Record<string, string> | null | undefined;

/**
 * The version of the running code made from `sources`: the build's stamp when compiled, else a
 * hash of the sources now. Null (nothing may be cached) when neither can be had.
 */
export function runningCodeVersion(sources: readonly string[]): string | null {
  if (!COMPILED) return codeVersion(sources);
  if (stamp === undefined) {
    try {
      stamp = JSON.parse(readFileSync(STAMP_URL, 'utf8')) as Record<string, string>;
    } catch {
      stamp = null;
    }
  }
  return stamp?.[stampKey(sources)] ?? null;
}

/** A hash of the files under `sources`, or null when none can be read (then nothing may be cached). */
export function codeVersion(sources: readonly string[], root: string = REPO_ROOT): string | null {
  const k = `${root}\0${sources.join('\0')}`;
  if (memo.has(k)) return memo.get(k)!;
  const h = createHash('sha256');
  let n = 0;
  for (const f of sources.flatMap((s) => files(root, s)).sort()) {
    h.update(f)
      .update('\0')
      .update(readFileSync(path.join(root, f)))
      .update('\0');
    n++;
  }
  const v = n ? h.digest('base64url').slice(0, 22) : null;
  memo.set(k, v);
  return v;
}
