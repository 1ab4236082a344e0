/**
 * Datelines of scraped pages: a line that is nothing but one or more dates, with optional
 * labels ("Updated … / Published …", "Posted on …"), weekday, time and time zone.
 * The formats are the common ones of news sites and blogs, not those of any one site.
 */
import type { IsoDate } from '../analysis/types.ts';

export type DateLabel = 'published' | 'updated' | 'posted' | null;

export interface DatelineDate {
  date: IsoDate;
  label: DateLabel;
  /** the date as written, e.g. "Jul. 08, 2020 7:02PM ET" */
  text: string;
}

export interface Dateline {
  dates: DatelineDate[];
  /** "Posted on … by Jane Doe": the name after "by", when the dateline carries one */
  author: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';
const WEEKDAY =
  '(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
const TIME =
  '(?:\\s*(?:[-–—|,@·]|at)?\\s*\\d{1,2}(?::\\d{2}){1,2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s*(?:[A-Z]{2,4}|GMT[+-]\\d{1,2}|UTC[+-]?\\d{0,2}))?)?';
const LABEL =
  '(?:(Last\\s+updated|Updated|Modified|First\\s+published|Published|Posted|Date|Originally\\s+published)(?:\\s+on)?\\s*:?\\s*)?';

// each alternative captures the parts it has; the parser below reads them by group name
const DATE_RES: { re: RegExp; parts: (m: RegExpExecArray) => [number, number, number] | null }[] = [
  {
    // Wednesday, July 08, 2020 · Jul. 8, 2020 · July 8 2020
    re: new RegExp(`^${LABEL}${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}${TIME}`, 'i'),
    parts: (m) => [Number(m[4]), monthOf(m[2]), Number(m[3])],
  },
  {
    // 8 July 2020 · Wednesday 8 July 2020
    re: new RegExp(`^${LABEL}${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}${TIME}`, 'i'),
    parts: (m) => [Number(m[4]), monthOf(m[3]), Number(m[2])],
  },
  {
    // 2020-07-08 · 2020/07/08 · 2020-07-08T19:02:00Z
    re: new RegExp(
      `^${LABEL}${YEAR}[-/](\\d{1,2})[-/](\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|\\s*(?:UTC|GMT)|[+-]\\d{2}:?\\d{2})?)?${TIME}`,
      'i',
    ),
    parts: (m) => [Number(m[2]), Number(m[3]), Number(m[4])],
  },
  {
    // 07/08/2020 (US order, as on US news sites)
    re: new RegExp(`^${LABEL}${WEEKDAY}(\\d{1,2})/(\\d{1,2})/${YEAR}${TIME}`, 'i'),
    parts: (m) => [Number(m[4]), Number(m[2]), Number(m[3])],
  },
];

function monthOf(s: string | undefined): number {
  return MONTHS[(s ?? '').toLowerCase().replace('.', '')] ?? 0;
}

function iso(y: number, m: number, d: number): IsoDate | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null; // 31 June and the like
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function labelOf(s: string | undefined): DateLabel {
  if (!s) return null;
  const l = s.toLowerCase();
  if (l.includes('updated') || l.includes('modified')) return 'updated';
  if (l.includes('posted')) return 'posted';
  if (l.includes('published')) return 'published';
  return null;
}

/**
 * Parse a whole line as a dateline. Returns null unless the line is made only of dates,
 * labels, separators and at most a trailing "by Name".
 */
export function parseDateline(line: string): Dateline | null {
  let rest = line.replace(/[\u00A0\u202F]/g, ' ').trim();
  if (rest.length < 6 || rest.length > 160) return null;
  const dates: DatelineDate[] = [];
  let author: string | null = null;
  while (rest.length) {
    let matched = false;
    for (const { re, parts } of DATE_RES) {
      const m = re.exec(rest);
      if (!m) continue;
      const p = parts(m);
      const date = p ? iso(...p) : null;
      if (!date) continue;
      const labelText = m[1];
      dates.push({
        date,
        label: labelOf(labelText),
        text: m[0]
          .slice(labelText ? m[0].indexOf(labelText) + labelText.length : 0)
          .replace(/^\s*(?:on\s+)?:?\s*/i, '')
          .trim(),
      });
      rest = rest.slice(m[0].length).replace(/^\s*(?:[/|·•,;–—-]|\band\b)?\s*/, '');
      matched = true;
      break;
    }
    if (matched) continue;
    const by = /^by\s+([\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*$/u.exec(rest);
    if (by && dates.length) {
      author = by[1] ?? null;
      rest = '';
      break;
    }
    return null;
  }
  return dates.length ? { dates, author } : null;
}

/** The publication date a dateline states: Published/Posted first, then an unlabelled date, Updated last. */
export function publishedOf(d: Dateline): DatelineDate | null {
  return (
    d.dates.find((x) => x.label === 'published' || x.label === 'posted') ??
    d.dates.find((x) => x.label === null) ??
    d.dates[0] ??
    null
  );
}
