/**
 * The version of the code a snapshot was made by: a hash of the source files themselves, read
 * at run time, so any change to the analysis (or to the libraries it uses) invalidates the
 * cache without anyone remembering to bump a number.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config.ts';

/** What documents and their analyses are made by. */
export const ANALYSIS_SOURCES = ['src/documents', 'src/text', 'src/analysis', 'src/kb', 'package-lock.json'];
/** What the search indexes are made by, beside the analysis. */
export const INDEX_SOURCES = ['src/search'];

function files(root: string, rel: string): string[] {
  const full = path.join(root, rel);
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') return [rel];
    return [];
  }
  return entries.filter((e) => !e.name.startsWith('.')).flatMap((e) => (e.isDirectory() ? files(root, path.posix.join(rel, e.name)) : [path.posix.join(rel, e.name)]));
}

const memo = new Map<string, string | null>();

/** A hash of the files under `sources`, or null when none can be read (then nothing may be cached). */
export function codeVersion(sources: readonly string[], root: string = REPO_ROOT): string | null {
  const k = `${root}\0${sources.join('\0')}`;
  if (memo.has(k)) return memo.get(k)!;
  const h = createHash('sha256');
  let n = 0;
  for (const f of sources.flatMap((s) => files(root, s)).sort()) {
    h.update(f).update('\0').update(readFileSync(path.join(root, f))).update('\0');
    n++;
  }
  const v = n ? h.digest('base64url').slice(0, 22) : null;
  memo.set(k, v);
  return v;
}
