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
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeSync } from 'node:fs';
import path from 'node:path';
import { checksum } from './keys.ts';

export const FORMAT = 'sourcebot-snapshot';
export const FORMAT_VERSION = 1;

export interface PackHeader {
  kind: string;
  /** the code version (and for whole-corpus entries, the corpus) the entries are valid for */
  code: string;
}

/** An entry's JSON as bytes of the file (decoded only when it is used). */
export type EntryBytes = Buffer;

export interface PackRead {
  /** verified entries: key → JSON bytes */
  entries: Map<string, EntryBytes>;
  /** why (part of) the file could not be used, for a warning; null when it was sound or absent */
  problem: string | null;
  /** false when the whole file was discarded (or there was none) */
  usable: boolean;
}

export const parseEntry = <T>(bytes: EntryBytes | string): T => JSON.parse(typeof bytes === 'string' ? bytes : bytes.toString('utf8')) as T;

const NL = 10;
const TAB = 9;

export function readPack(file: string, expect: PackHeader): PackRead {
  const entries = new Map<string, EntryBytes>();
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { entries, problem: code === 'ENOENT' ? null : `cannot be read (${code ?? String(e)})`, usable: false };
  }
  // read by lines of bytes: the file is never held as one string, and checksums are of the bytes
  let at = buf.indexOf(NL);
  let header: Record<string, unknown> | null = null;
  try {
    header = JSON.parse(buf.toString('utf8', 0, at < 0 ? buf.length : at)) as Record<string, unknown>;
  } catch {
    header = null;
  }
  if (!header || header.format !== FORMAT || header.kind !== expect.kind) return { entries, problem: 'is not a snapshot file (its first line is damaged)', usable: false };
  if (header.version !== FORMAT_VERSION) return { entries, problem: `has format version ${String(header.version)}, not ${FORMAT_VERSION}`, usable: false };
  if (header.code !== expect.code) return { entries, problem: 'was made by another version of the code (stale)', usable: false };
  let bad = 0;
  let end: unknown = null;
  while (at >= 0 && at < buf.length) {
    const from = at + 1;
    let to = buf.indexOf(NL, from);
    if (to < 0) to = buf.length;
    at = to;
    if (to === from) continue;
    if (buf[from] === 0x7b) {
      // {"end": N}
      try {
        end = (JSON.parse(buf.toString('utf8', from, to)) as { end?: unknown }).end;
      } catch {
        bad++;
      }
      continue;
    }
    const a = buf.indexOf(TAB, from);
    const b = a < 0 || a >= to ? -1 : buf.indexOf(TAB, a + 1);
    if (a <= from || b < 0 || b >= to) {
      bad++;
      continue;
    }
    const json = buf.subarray(b + 1, to);
    if (checksum(json) !== buf.toString('latin1', a + 1, b)) bad++;
    else entries.set(buf.toString('utf8', from, a), json);
  }
  const problems: string[] = [];
  if (bad) problems.push(`${bad} damaged entr${bad === 1 ? 'y' : 'ies'} dropped`);
  if (end !== header.count) problems.push(`it is incomplete (${entries.size} of ${String(header.count)} entries)`);
  else if (entries.size + bad !== header.count) problems.push(`it holds ${entries.size + bad} entries, not ${String(header.count)}`);
  if (!problems.length) touch(file);
  return { entries, problem: problems.length ? problems.join('; ') : null, usable: true };
}

/**
 * Write entries (key → JSON, which must not contain a newline: JSON.stringify never writes
 * one), piece by piece, to a temporary file that is then renamed into place.
 */
export function writePack(file: string, header: PackHeader, entries: Iterable<[string, EntryBytes | string]>): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const list = [...entries];
  const head = JSON.stringify({ format: FORMAT, kind: header.kind, version: FORMAT_VERSION, code: header.code, count: list.length, written: new Date().toISOString() });
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'w');
    writeSync(fd, `${head}\n`);
    for (const [key, json] of list) {
      writeSync(fd, `${key}\t${checksum(json)}\t`);
      if (typeof json === 'string') writeSync(fd, json);
      else writeSync(fd, json);
      writeSync(fd, '\n');
    }
    writeSync(fd, `${JSON.stringify({ end: list.length })}\n`);
    closeSync(fd);
    fd = null;
    renameSync(tmp, file);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // nothing was written
    }
    throw e;
  }
}

function statMs(file: string): number | null {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return null;
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

/** The kinds of snapshot file in use; files of other kinds are left by older versions. */
export const KINDS = ['documents', 'analyses', 'corpus'];

/** Keep the files of the `keep` most recently used corpora (file names `<corpus id>.<kind>.jsonl`); drop leftovers. */
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
  const stale = (n: string): boolean => {
    const [id, kind, ext, ...rest] = n.split('.');
    if (old.has(id!)) return true;
    // a left-over temporary file of a writer that died, or a kind no longer written
    if (rest.length) return Date.now() - (statMs(path.join(dir, n)) ?? Date.now()) > 3_600_000;
    return ext === 'jsonl' && !KINDS.includes(kind!);
  };
  for (const n of names) {
    if (!stale(n)) continue;
    try {
      unlinkSync(path.join(dir, n));
    } catch {
      // another process pruned it
    }
  }
}
