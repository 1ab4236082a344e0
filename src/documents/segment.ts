/**
 * Split a raw scraped page into header (title, dateline, byline, URL, subtitle), article body,
 * the reposting blogger's commentary, and stripped boilerplate, by general layout rules.
 */
import { AUTHOR_BIO, LINK_BACK, matchBlock, matchEnd, matchLine } from './boilerplate.ts';
import { parseDateline, publishedOf, type DatelineDate } from './datelines.ts';
import { splitLines, type Line } from './lines.ts';
import type { DetectedHeader, RawSpan, Segmentation, StrippedBlock } from './types.ts';

const HEADER_SCAN_LINES = 20;
const TITLE_MAX = 250;
const NAME_PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'della',
  'da',
  'di',
  'le',
  'la',
  'bin',
  'al',
  'ibn',
  'ter',
  'den',
  'der',
  'du',
  'dos',
  'and',
]);
// words that make a short capitalised line a section label, not a byline
const SECTION_WORDS = new Set([
  'news',
  'opinion',
  'politics',
  'world',
  'breaking',
  'analysis',
  'security',
  'editorial',
  'business',
  'sports',
  'home',
  'health',
  'live',
  'updates',
  'update',
  'national',
  'international',
  'local',
  'review',
  'features',
  'commentary',
  'blog',
  'video',
  'exclusive',
  'investigations',
  'science',
  'technology',
  'culture',
]);

// stripped lines that belong to a page header (a subtitle sits above them); links and ads do not count
const HEADER_NOISE = new Set(['image credit', 'separator', 'widget counter', 'navigation']);

const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function isNameLike(s: string): boolean {
  if (s.length > 60 || /\d/.test(s)) return false;
  const toks = s.split(' ');
  if (toks.length < 2 || toks.length > 5) return false;
  const first = toks[0] ?? '';
  const last = toks[toks.length - 1] ?? '';
  if (!/^\p{Lu}/u.test(first) || !/^\p{Lu}/u.test(last)) return false;
  return toks.every(
    (t) =>
      !SECTION_WORDS.has(t.toLowerCase()) &&
      (NAME_PARTICLES.has(t.toLowerCase()) ||
        /^\p{Lu}\.$/u.test(t) ||
        /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?,?$/u.test(t)),
  );
}

const BYLINE = /^(?:by|written by|words by|story by|author:?)\s+(.{3,120}?)\s*$/i;

function bylineOf(s: string): string | null {
  const m = BYLINE.exec(s);
  if (!m?.[1]) return null;
  // "By Jane Doe | Reuters", "By Jane Doe, Staff Writer", "By Jane Doe and John Roe"
  const names = m[1].split(/\s*[|•·]\s*/)[0] ?? '';
  const cut = names.replace(/,\s*(?:staff|senior|special|contributing|associated|the|reuters|ap|afp)\b.*$/i, '').trim();
  return cut
    .split(/\s*(?:,|&|\band\b)\s*/)
    .every((n) => isNameLike(n) || /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3}$/u.test(n))
    ? cut
    : null;
}

/** A short label line above or below a headline ("National Security", "Opinion"). */
function isKicker(s: string): boolean {
  return s.length <= 40 && s.split(' ').length <= 5 && !/[.!?:;,"“”]$/.test(s) && !/\d{3,}/.test(s);
}

function isUrlLine(s: string): string | null {
  const m = /^<?((?:https?:\/\/|www\.)\S+?)>?$/i.exec(s);
  return m?.[1] ?? null;
}

interface HeaderScan {
  header: DetectedHeader;
  bodyStart: number; // index into lines
  stripped: StrippedBlock[];
}

function scanHeader(lines: Line[], knownTitle: string | null): HeaderScan {
  // a title stated in metadata is not looked for in the text: only its repetition is stripped
  let title: string | null = knownTitle;
  let subtitle: string | null = null;
  let author: string | null = null;
  let url: string | null = null;
  const pageDates: DatelineDate[] = [];
  const articleDates: DatelineDate[] = [];
  const stripped: StrippedBlock[] = [];
  let prev: 'title' | 'meta' | 'other' = 'other';
  let seen = 0;
  const strip = (l: Line, reason: string): void => {
    stripped.push({ start: l.start, end: l.end, reason, text: l.text });
  };
  const metaFollows = (from: number): boolean => {
    let n = 0;
    for (let j = from; j < lines.length && n < 3; j++) {
      const c = lines[j]!.clean;
      if (!c) continue;
      n++;
      if (
        parseDateline(c) ||
        bylineOf(c) ||
        isUrlLine(c) ||
        HEADER_NOISE.has(matchLine(c) ?? '') ||
        (title && fold(c) === fold(title))
      )
        return true;
    }
    return false;
  };

  const nextIsText = (from: number): boolean => {
    for (let j = from; j < lines.length; j++) {
      const c = lines[j]!.clean;
      if (c) return !parseDateline(c) && !bylineOf(c) && !isUrlLine(c) && !matchLine(c);
    }
    return false;
  };

  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const c = l.clean;
    if (!c) continue;
    if (++seen > HEADER_SCAN_LINES) return done(i);
    const dl = parseDateline(c);
    if (dl) {
      (title ? articleDates : pageDates).push(...dl.dates);
      if (dl.author && !author) author = dl.author;
      strip(l, 'dateline');
      prev = 'meta';
      continue;
    }
    const u = isUrlLine(c);
    if (u) {
      url ??= u;
      strip(l, 'URL line');
      prev = 'meta';
      continue;
    }
    const by = bylineOf(c);
    if (by) {
      author ??= by;
      strip(l, 'byline');
      prev = 'meta';
      continue;
    }
    const noise = matchLine(c);
    if (noise) {
      strip(l, noise);
      prev = 'meta';
      continue;
    }
    if (!title) {
      // an all-capitals label above the headline ("WORLD NEWS") is not the headline
      if (isKicker(c) && c === c.toUpperCase() && /\p{Lu}/u.test(c) && nextIsText(i + 1)) {
        strip(l, 'section label');
        continue;
      }
      if (c.length <= TITLE_MAX && !matchEnd(c)) {
        title = c;
        strip(l, 'title');
        prev = 'title';
        continue;
      }
      return done(i);
    }
    if (fold(c) === fold(title)) {
      strip(l, 'repeated title');
      prev = 'title';
      continue;
    }
    if (!author && prev !== 'title' && isNameLike(c)) {
      author = c;
      strip(l, 'byline');
      prev = 'meta';
      continue;
    }
    if (prev === 'title' && !subtitle && c.length <= 300 && metaFollows(i + 1)) {
      subtitle = c;
      strip(l, 'subtitle');
      prev = 'meta';
      continue;
    }
    if (isKicker(c) && metaFollows(i + 1)) {
      strip(l, 'section label');
      prev = 'meta';
      continue;
    }
    if (!author && isNameLike(c) && metaFollows(i + 1)) {
      author = c;
      strip(l, 'byline');
      prev = 'meta';
      continue;
    }
    return done(i);
  }
  return done(lines.length);

  function done(bodyStart: number): HeaderScan {
    const article = articleDates.length ? pickPublished(articleDates) : null;
    const page = pageDates.length ? pickPublished(pageDates) : null;
    const chosen = article ?? page;
    return {
      header: {
        title: title === knownTitle ? null : title,
        subtitle,
        author,
        url,
        published: chosen?.date ?? null,
        reposted: article && page && page.date !== article.date ? page.date : null,
        datelineText: chosen?.text ?? null,
      },
      bodyStart,
      stripped,
    };
  }
}

function pickPublished(dates: DatelineDate[]): DatelineDate | null {
  return publishedOf({ dates, author: null });
}

/** Short lines of a related-articles list after its heading: headlines, not prose. */
function isListItem(s: string): boolean {
  return s.length <= 160 && (!/[.!?]["”’)]?$/.test(s) || s.split(' ').length <= 12);
}

/**
 * @param raw the text to segment (a file's text after any front-matter)
 * @param offset where `raw` starts in the file, added to every returned offset
 * @param knownTitle a title stated by metadata, if any
 */
export function segment(raw: string, offset = 0, knownTitle: string | null = null): Segmentation {
  const lines = splitLines(raw).map((l) => ({ ...l, start: l.start + offset, end: l.end + offset }));
  const { header, bodyStart, stripped } = scanHeader(lines, knownTitle);
  type Kept = { line: Line; commentary: boolean };
  const kept: (Kept | null)[] = []; // null marks a stripped line between kept ones
  let inCommentary = false;
  let inBlock = false;
  const strip = (l: Line, reason: string): void => {
    stripped.push({ start: l.start, end: l.end, reason, text: l.text });
    kept.push(null);
  };

  let i = bodyStart;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    const c = l.clean;
    if (!c) continue;
    const end = matchEnd(c);
    if (end) break;
    if (inBlock) {
      if (isListItem(c)) {
        strip(l, 'related-articles list');
        continue;
      }
      inBlock = false;
    }
    const block = matchBlock(c);
    if (block) {
      inBlock = true;
      strip(l, block);
      continue;
    }
    const noise = matchLine(c);
    if (noise) {
      strip(l, noise);
      continue;
    }
    if (!inCommentary && LINK_BACK.test(c)) inCommentary = true;
    kept.push({ line: l, commentary: inCommentary });
  }
  // everything from the page's end marker on is one stripped block
  const lastLine = lines[lines.length - 1];
  if (i < lines.length && lastLine) {
    const from = lines[i]!;
    stripped.push({
      start: from.start,
      end: lastLine.end,
      reason: `${matchEnd(from.clean) ?? 'page footer'} and what follows`,
      text: raw.slice(from.start - offset, lastLine.end - offset),
    });
  }

  // an author bio closing the article is not the article
  for (let k = kept.length - 1, n = 0; k >= 0 && n < 2; k--) {
    const e = kept[k];
    if (!e) continue;
    if (e.commentary) continue;
    n++;
    if (e.line.clean.length <= 500 && AUTHOR_BIO.test(e.line.clean)) {
      stripped.push({ start: e.line.start, end: e.line.end, reason: 'author bio', text: e.line.text });
      kept[k] = null;
    }
  }

  const bodySpans: RawSpan[] = [];
  let open: RawSpan | null = null;
  for (const e of kept) {
    if (!e || e.commentary) {
      open = null;
      continue;
    }
    if (open) open.end = e.line.end;
    else {
      open = { start: e.line.start, end: e.line.end };
      bodySpans.push(open);
    }
  }
  const comm = kept.filter((e): e is Kept => !!e && e.commentary);
  const first = comm[0];
  const last = comm[comm.length - 1];
  const commentary: StrippedBlock | null =
    first && last
      ? {
          start: first.line.start,
          end: last.line.end,
          reason: 'reposting blogger’s commentary',
          text: raw.slice(first.line.start - offset, last.line.end - offset),
        }
      : null;

  stripped.sort((a, b) => a.start - b.start);
  return { header, bodySpans, commentary, stripped };
}
