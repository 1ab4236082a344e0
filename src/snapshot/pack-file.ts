/**
 * A checked file of keyed JSON entries, the snapshot's storage:
 *
 *   {"format":"sourcebot-snapshot","kind":…,"version":1,"code":…,"count":N}
 *   <key> TAB <checksum of json> TAB <json>          (N lines)
 *   {"end":N}
 *
 * The header says which code made it (a different version is stale); each entry carries its
 * checksum (a damaged entry is dropped), and the end line proves the file is complete. Files are
 * written to a temporary name and renamed, so a reader never sees half a file.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checksum } from './keys.ts';

export const FORMAT = 'sourcebot-snapshot';
export const FORMAT_VERSION = 1;

export interface PackHeader {
  kind: string;
  /** the code version (and for indexes, the corpus) the entries are valid for */
  code: string;
}

export interface PackRead {
  /** verified entries: key → JSON text */
  entries: Map<string, string>;
  /** why (part of) the file could not be used, for a warning; null when it was sound or absent */
  problem: string | null;
  /** false when the whole file was discarded (or there was none) */
  usable: boolean;
}

export function readPack(file: string, expect: PackHeader): PackRead {
  const entries = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { entries, problem: code === 'ENOENT' ? null : `cannot be read (${code ?? String(e)})`, usable: false };
  }
  const lines = text.split('\n');
  let header: Record<string, unknown> | null = null;
  try {
    header = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
  } catch {
    header = null;
  }
  if (!header || header.format !== FORMAT || header.kind !== expect.kind) return { entries, problem: 'is not a snapshot file (its first line is damaged)', usable: false };
  if (header.version !== FORMAT_VERSION) return { entries, problem: `has format version ${String(header.version)}, not ${FORMAT_VERSION}`, usable: false };
  if (header.code !== expect.code) return { entries, problem: 'was made by another version of the code (stale)', usable: false };
  let bad = 0;
  let end: unknown = null;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    if (line.startsWith('{')) {
      try {
        end = (JSON.parse(line) as { end?: unknown }).end;
      } catch {
        bad++;
      }
      continue;
    }
    const a = line.indexOf('\t');
    const b = line.indexOf('\t', a + 1);
    const json = line.slice(b + 1);
    if (a <= 0 || b <= a || checksum(json) !== line.slice(a + 1, b)) bad++;
    else entries.set(line.slice(0, a), json);
  }
  const problems: string[] = [];
  if (bad) problems.push(`${bad} damaged entr${bad === 1 ? 'y' : 'ies'} dropped`);
  if (end !== header.count) problems.push(`it is incomplete (${entries.size} of ${String(header.count)} entries)`);
  else if (entries.size + bad !== header.count) problems.push(`it holds ${entries.size + bad} entries, not ${String(header.count)}`);
  if (!problems.length) touch(file);
  return { entries, problem: problems.length ? problems.join('; ') : null, usable: true };
}

/** Write entries (key → JSON text, which must not contain a newline: JSON.stringify never writes one). */
export function writePack(file: string, header: PackHeader, entries: Iterable<[string, string]>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const parts: string[] = [];
  let count = 0;
  for (const [key, json] of entries) {
    parts.push(`${key}\t${checksum(json)}\t${json}\n`);
    count++;
  }
  const head = JSON.stringify({ format: FORMAT, kind: header.kind, version: FORMAT_VERSION, code: header.code, count, written: new Date().toISOString() });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    writeFileSync(tmp, `${head}\n${parts.join('')}${JSON.stringify({ end: count })}\n`);
    renameSync(tmp, file);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw e;
  }
}

function touch(file: string): void {
  try {
    const now = new Date();
    utimesSync(file, now, now);
  } catch {
    // only the pruning order depends on it
  }
}

/** Keep the files of the `keep` most recently used corpora (file names `<corpus id>.<kind>.jsonl`). */
export function prune(dir: string, keep: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const lastUse = new Map<string, number>();
  for (const n of names) {
    const id = n.split('.')[0]!;
    try {
      lastUse.set(id, Math.max(lastUse.get(id) ?? 0, statSync(path.join(dir, n)).mtimeMs));
    } catch {
      // removed meanwhile
    }
  }
  const old = new Set([...lastUse.entries()].sort((a, b) => b[1] - a[1]).slice(keep).map(([id]) => id));
  for (const n of names) {
    if (!old.has(n.split('.')[0]!)) continue;
    try {
      unlinkSync(path.join(dir, n));
    } catch {
      // another process pruned it
    }
  }
}
