/**
 * Page-turn buttons carry their whole state in the custom id (≤ 100 characters), so a page
 * turn works after a restart: command, page, the asking user, a fingerprint of the corpus
 * (a changed corpus makes old buttons expire rather than show other results), and the options.
 * Options that do not fit are kept in this process' memory under a short key; another process
 * (a restarted one, another replica) says it does not have them instead of guessing. (Deflating
 * them does not help: news words compress to about their own length in base64.)
 */
import { createHash } from 'node:crypto';
import type { OptionValue } from '../app/command.ts';

export const PAGE_PREFIX = 'pg';
const VERSION = '1';
const MAX_ID = 100;

export interface PageState {
  command: string;
  page: number;
  userId: string;
  options: Record<string, OptionValue>;
}

/** expired: made for other data; forgotten: its options were kept by another process (or before a restart) */
export type DecodedPage = { ok: true; state: PageState } | { ok: false; reason: 'expired' | 'forgotten' | 'malformed' };

const overflow = new Map<string, Record<string, OptionValue>>();
const OVERFLOW_LIMIT = 5000;

function encodeOptions(options: Record<string, OptionValue>): string {
  return new URLSearchParams(
    Object.entries(options)
      .filter(([k]) => k !== 'hide')
      .map(([k, v]): [string, string] => [
        k,
        typeof v === 'boolean' ? (v ? '!1' : '!0') : typeof v === 'number' ? `#${v}` : String(v),
      ]),
  ).toString();
}

function decodeOptions(s: string): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const [k, v] of new URLSearchParams(s))
    out[k] =
      v === '!1'
        ? true
        : v === '!0'
          ? false
          : v.startsWith('#') && !Number.isNaN(Number(v.slice(1)))
            ? Number(v.slice(1))
            : v;
  return out;
}

export function encodePageState(s: PageState, fingerprint: string): string {
  const head = [PAGE_PREFIX, VERSION, s.command, String(s.page), s.userId, fingerprint].join('|');
  const opts = encodeOptions(s.options);
  const direct = `${head}|${opts}`;
  if (direct.length <= MAX_ID) return direct;
  const key = createHash('sha256').update(opts).digest('base64url').slice(0, 12);
  if (overflow.size >= OVERFLOW_LIMIT) overflow.delete(overflow.keys().next().value as string);
  overflow.set(key, s.options);
  return `${head}|@${key}`;
}

export function decodePageState(id: string, fingerprint: string): DecodedPage {
  const parts = id.split('|');
  if (parts.length < 7 || parts[0] !== PAGE_PREFIX) return { ok: false, reason: 'malformed' };
  const [, version, command, page, userId, fp] = parts;
  const rest = parts.slice(6).join('|');
  if (version !== VERSION || fp !== fingerprint) return { ok: false, reason: 'expired' };
  const n = Number(page);
  if (!command || !userId || !Number.isInteger(n) || n < 1) return { ok: false, reason: 'malformed' };
  let options: Record<string, OptionValue>;
  if (rest.startsWith('@')) {
    const kept = overflow.get(rest.slice(1));
    if (!kept) return { ok: false, reason: 'forgotten' };
    options = kept;
  } else options = decodeOptions(rest);
  return { ok: true, state: { command, page: n, userId, options } };
}
