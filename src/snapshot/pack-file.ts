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
import { isAscii } from 'node:buffer';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { mkdir, open, rename, type FileHandle } from 'node:fs/promises';
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

/**
 * An entry's value. Entries are written as ASCII (see asciiJson), which becomes a string by a
 * plain copy; decoding UTF-8 (a file of another writer) is several times slower.
 */
export const parseEntry = <T>(bytes: EntryBytes | string): T =>
  JSON.parse(
    typeof bytes === 'string' ? bytes : isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'),
  ) as T;

/** JSON with every character past ASCII written as a \u escape: the same value, read back faster. */
export function asciiJson(json: string): string {
  // found by a regex (a native scan); a JSON of news text has few such characters
  // eslint-disable-next-line no-control-regex -- everything past ASCII, control characters included in ASCII
  const past = /[^\x00-\x7f]/g;
  const parts: string[] = [];
  let from = 0;
  for (let m = past.exec(json); m; m = past.exec(json)) {
    parts.push(json.slice(from, m.index), `\\u${json.charCodeAt(m.index).toString(16).padStart(4, '0')}`);
    from = m.index + 1;
  }
  if (!from) return json;
  parts.push(json.slice(from));
  return parts.join('');
}

const NL = 10;
const TAB = 9;

/** Bytes read from the file at a time: the file is never held whole. */
const READ_CHUNK = 8 << 20;

/** A line of the file; `owned` when it is a buffer of its own, not a view of the reused read buffer. */
interface Line {
  bytes: Buffer;
  owned: boolean;
}

/**
 * The file's lines, read a chunk at a time. A view of the read buffer is valid only until the
 * next line is asked for (the buffer is reused): whoever keeps such a line copies it. A line
 * longer than what is left of a chunk is gathered in a buffer of its own (an index of tens of
 * megabytes is kept without a second copy).
 */
function* lines(fd: number): Generator<Line> {
  const chunk = Buffer.allocUnsafe(READ_CHUNK);
  let carry = Buffer.allocUnsafe(0);
  let carried = 0;
  const keep = (part: Buffer): void => {
    if (carried + part.length > carry.length) {
      const grown = Buffer.allocUnsafe(Math.max(carried + part.length, carry.length * 2));
      carry.copy(grown, 0, 0, carried);
      carry = grown;
    }
    part.copy(carry, carried);
    carried += part.length;
  };
  for (;;) {
    const n = readSync(fd, chunk, 0, READ_CHUNK, null);
    if (n === 0) break;
    let from = 0;
    for (let nl = chunk.indexOf(NL, from); nl >= 0 && nl < n; nl = chunk.indexOf(NL, from)) {
      if (carried) {
        keep(chunk.subarray(from, nl));
        yield { bytes: carry.subarray(0, carried), owned: true };
        carry = Buffer.allocUnsafe(0);
        carried = 0;
      } else yield { bytes: chunk.subarray(from, nl), owned: false };
      from = nl + 1;
    }
    if (from < n) keep(chunk.subarray(from, n));
  }
  if (carried) yield { bytes: carry.subarray(0, carried), owned: true };
}

/**
 * Read a snapshot file's verified entries. `take` may consume an entry as it is read (return
 * true: it is not kept), so that a reader can decode the file piece by piece; its results are
 * to be trusted only if the file turns out `usable` with no `problem`. The bytes it is given
 * are valid only during the call.
 */
export function readPack(
  file: string,
  expect: PackHeader,
  take?: (key: string, json: EntryBytes) => boolean,
): PackRead {
  const entries = new Map<string, EntryBytes>();
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { entries, problem: code === 'ENOENT' ? null : `cannot be read (${code ?? String(e)})`, usable: false };
  }
  try {
    return readLines(lines(fd), expect, entries, take, file);
  } catch (e) {
    return {
      entries: new Map(),
      problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
      usable: false,
    };
  } finally {
    closeSync(fd);
  }
}

function readLines(
  input: Generator<Line>,
  expect: PackHeader,
  entries: Map<string, EntryBytes>,
  take: ((key: string, json: EntryBytes) => boolean) | undefined,
  file: string,
): PackRead {
  const first = input.next();
  let header: Record<string, unknown> | null = null;
  try {
    header = first.done ? null : (JSON.parse(first.value.bytes.toString('utf8')) as Record<string, unknown>);
  } catch {
    header = null;
  }
  if (!header || header.format !== FORMAT || header.kind !== expect.kind)
    return { entries, problem: 'is not a snapshot file (its first line is damaged)', usable: false };
  if (header.version !== FORMAT_VERSION)
    return { entries, problem: `has format version ${String(header.version)}, not ${FORMAT_VERSION}`, usable: false };
  if (header.code !== expect.code)
    return { entries, problem: 'was made by another version of the code (stale)', usable: false };
  let bad = 0;
  let count = 0;
  let end: unknown = null;
  for (const { bytes: line, owned } of input) {
    if (!line.length) continue;
    if (line[0] === 0x7b) {
      // {"end": N}
      try {
        end = (JSON.parse(line.toString('utf8')) as { end?: unknown }).end;
      } catch {
        bad++;
      }
      continue;
    }
    const a = line.indexOf(TAB);
    const b = a < 0 ? -1 : line.indexOf(TAB, a + 1);
    if (a <= 0 || b < 0) {
      bad++;
      continue;
    }
    const json = line.subarray(b + 1);
    if (checksum(json) !== line.toString('latin1', a + 1, b)) {
      bad++;
      continue;
    }
    const key = line.toString('utf8', 0, a);
    count++;
    // a view of the read buffer is copied to be kept
    if (!take?.(key, json)) entries.set(key, owned ? json : Buffer.from(json));
  }
  const problems: string[] = [];
  if (bad) problems.push(`${bad} damaged entr${bad === 1 ? 'y' : 'ies'} dropped`);
  if (end !== header.count) problems.push(`it is incomplete (${count} of ${String(header.count)} entries)`);
  else if (count + bad !== header.count) problems.push(`it holds ${count + bad} entries, not ${String(header.count)}`);
  if (!problems.length) touch(file);
  return { entries, problem: problems.length ? problems.join('; ') : null, usable: true };
}

const NEWLINE = Buffer.from('\n');

/**
 * The header line. `pad` leaves room (spaces before the newline, which JSON ignores) for a count
 * of up to `pad` more digits, so that a writer that learns the count at the end can write the
 * header again in place.
 */
function headerLine(header: PackHeader, count: number, written: string, pad = 0): Buffer {
  const json = JSON.stringify({
    format: FORMAT,
    kind: header.kind,
    version: FORMAT_VERSION,
    code: header.code,
    count,
    written,
  });
  return Buffer.from(`${json.padEnd(json.length + pad)}\n`);
}

/** An entry's line in pieces: its JSON's bytes are made once, for the checksum and the file alike. */
function entryPieces(key: string, value: EntryBytes | string): Buffer[] {
  const json = typeof value === 'string' ? Buffer.from(asciiJson(value), 'latin1') : value;
  return [Buffer.from(`${key}\t${checksum(json)}\t`), json, NEWLINE];
}

const endLine = (count: number): Buffer => Buffer.from(`${JSON.stringify({ end: count })}\n`);

/** The file's lines as bytes: the header, each entry (its JSON made only when reached), the end line. */
function* packLines(
  header: PackHeader,
  entries: Iterable<[string, EntryBytes | string]>,
  count: number,
): Generator<Buffer> {
  yield headerLine(header, count, new Date().toISOString());
  let written = 0;
  for (const [key, value] of entries) {
    yield* entryPieces(key, value);
    written++;
  }
  if (written !== count) throw new Error(`${written} entries written, ${count} announced`);
  yield endLine(count);
}

const tempName = (file: string): string => `${file}.${process.pid}.${Date.now()}.tmp`;

function removeQuietly(tmp: string): void {
  try {
    unlinkSync(tmp);
  } catch {
    // nothing was written
  }
}

/** Room in a streamed header for any count a file can hold (15 digits). */
const COUNT_ROOM = 15;

/**
 * A pack file written entry by entry as the entries come, before their count is known (the
 * analyses of a cold start go to disk as the workers send them, instead of being held until
 * the end): a temporary file whose header is written again with the count by `finish`, which
 * renames it into place. `abandon` removes it.
 */
export class PackWriter {
  private fd: number | null;
  private readonly tmp: string;
  private readonly written = new Date().toISOString();
  private count = 0;

  constructor(
    readonly file: string,
    private readonly header: PackHeader,
  ) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.tmp = tempName(file);
    this.fd = openSync(this.tmp, 'w');
    try {
      writeSync(this.fd, headerLine(header, 0, this.written, COUNT_ROOM));
    } catch (e) {
      this.abandon();
      throw e;
    }
  }

  /** Append an entry (JSON without a newline, as JSON.stringify writes it). */
  add(key: string, value: EntryBytes | string): void {
    if (this.fd === null) throw new Error('the pack file is closed');
    for (const piece of entryPieces(key, value)) writeSync(this.fd, piece);
    this.count++;
  }

  /** The end line, the header with the count, and the file in place. */
  finish(): void {
    if (this.fd === null) throw new Error('the pack file is closed');
    try {
      writeSync(this.fd, endLine(this.count));
      // the same length as the header written first: the count's digits take the room's place
      const head = headerLine(this.header, this.count, this.written, COUNT_ROOM + 1 - String(this.count).length);
      writeSync(this.fd, head, 0, head.length, 0);
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.tmp, this.file);
    } catch (e) {
      this.abandon();
      throw e;
    }
  }

  abandon(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    removeQuietly(this.tmp);
  }
}

/**
 * Write entries (key → JSON, which must not contain a newline: JSON.stringify never writes
 * one), each as it is reached (an entry may be built only then), to a temporary file that is
 * then renamed into place.
 */
export function writePack(file: string, header: PackHeader, entries: Iterable<[string, EntryBytes | string]>): void {
  const w = new PackWriter(file, header);
  try {
    for (const [key, value] of entries) w.add(key, value);
    w.finish();
  } catch (e) {
    w.abandon();
    throw e;
  }
}

/**
 * As writePack, giving the event loop back between entries (a bot answers while it saves); the
 * count, known beforehand, goes in the header first.
 */
export async function writePackInBackground(
  file: string,
  header: PackHeader,
  entries: Iterable<[string, EntryBytes | string]>,
  count: number,
): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = tempName(file);
  let handle: FileHandle | null = null;
  try {
    handle = await open(tmp, 'w');
    for (const piece of packLines(header, entries, count)) await handle.write(piece);
    await handle.close();
    handle = null;
    await rename(tmp, file);
  } catch (e) {
    await handle?.close();
    removeQuietly(tmp);
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
  const old = new Set(
    [...lastUse.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(keep)
      .map(([id]) => id),
  );
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
