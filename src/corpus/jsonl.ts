/**
 * A JSON Lines corpus file: one article a line, `{"title", "outlet", "url", "author",
 * "published", "text"}` plus an optional `id`. The fields are stated metadata (as strong as
 * front-matter); other fields (e.g. `topic`) are ignored. A bad line is reported with its line
 * number and skipped; every other line loads.
 */
import { Buffer } from 'node:buffer';
import type { MetadataLayer } from '../documents/types.ts';
import { formatBytes } from '../config.ts';
import { validateLayer } from './metadata-fields.ts';

export interface JsonlArticle {
  /** 1-based line number in the file */
  line: number;
  id: string | null;
  text: string;
  layer: MetadataLayer;
  /** problems with single fields (the article still loads) */
  problems: string[];
}

export interface JsonlProblem {
  line: number;
  message: string;
}

// the metadata fields a line may carry; anything else is the exporter's own and is ignored
const FIELDS = ['title', 'outlet', 'url', 'author', 'published', 'reposted', 'copyUrl', 'original', 'note', 'id'];

/**
 * The articles of a JSON Lines file, given as text or as valid UTF-8 bytes (then each line is
 * decoded on its own: most lines are ASCII and become compact one-byte strings, instead of one
 * two-byte string of the whole file). `maxLineBytes`: a longer line is reported and skipped
 * without being parsed.
 */
export function parseJsonl(
  source: string | Uint8Array,
  maxLineBytes = Infinity,
): { articles: JsonlArticle[]; problems: JsonlProblem[] } {
  const articles: JsonlArticle[] = [];
  const problems: JsonlProblem[] = [];
  const bytes = typeof source === 'string' ? null : Buffer.from(source.buffer, source.byteOffset, source.byteLength);
  const text = typeof source === 'string' ? source : '';
  const length = bytes ? bytes.length : text.length;
  // a byte-order mark opens the first line only
  let start = bytes && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let line = 1; start < length; line++) {
    let end = bytes ? bytes.indexOf(10, start) : text.indexOf('\n', start);
    if (end < 0) end = length;
    const src = (bytes ? bytes.toString('utf8', start, end) : text.slice(start, end)).trim();
    start = end + 1;
    if (!src) continue;
    // (a character is at most 3 UTF-8 bytes in such text: count bytes only when it may matter)
    const size = src.length * 3 > maxLineBytes ? Buffer.byteLength(src) : src.length;
    if (size > maxLineBytes) {
      problems.push({
        line,
        message: `is ${formatBytes(size)}, over the ${formatBytes(maxLineBytes)} limit for one article (SOURCEBOT_MAX_ARTICLE_BYTES); skipped`,
      });
      continue;
    }
    const r = parseLine(src, line);
    if ('message' in r) problems.push(r);
    else articles.push(r);
  }
  return { articles, problems };
}

function parseLine(src: string, line: number): JsonlArticle | JsonlProblem {
  let data: unknown;
  try {
    data = JSON.parse(src);
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { line, message: `is not valid JSON (${msg}); skipped` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { line, message: 'is not a JSON object {"title": …, "text": …}; skipped' };
  const o = data as Record<string, unknown>;
  if (typeof o.text !== 'string') return { line, message: `has no "text" field with the article text${'text' in o ? ' (it must be a string)' : ''}; skipped` };
  if (!o.text.trim()) return { line, message: 'has an empty "text"; skipped' };
  const meta: Record<string, unknown> = {};
  for (const f of FIELDS) if (f in o && o[f] !== undefined) meta[f] = o[f];
  // an exporter's null or "" means it had nothing, not that the field is unknown: detection may still fill it
  for (const [k, v] of Object.entries(meta)) if (v === null || v === '') delete meta[k];
  const v = validateLayer(meta, `line ${line}`);
  return { line, id: v.id, text: o.text, layer: v.layer, problems: v.problems };
}
