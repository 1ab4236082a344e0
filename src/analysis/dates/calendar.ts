/**
 * Small calendar helpers on partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD). Everything is UTC
 * and day-based: news dates carry no time zone we could trust.
 */

export interface PartialDate {
  y: number;
  m?: number;
  d?: number;
}

const ISO = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

export function parseIso(s: string | null | undefined): PartialDate | null {
  const m = ISO.exec((s ?? '').trim());
  if (!m) return null;
  const out: PartialDate = { y: Number(m[1]) };
  if (m[2]) out.m = Number(m[2]);
  if (m[2] && m[3]) out.d = Number(m[3]);
  return out;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function fmt(y: number, m?: number, d?: number): string {
  if (m === undefined) return String(y);
  if (d === undefined) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

export function fmtDate(t: Date): string {
  return fmt(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function utc(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function addDays(t: Date, n: number): Date {
  return new Date(t.getTime() + n * 86_400_000);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** first and last day covered by a partial date */
export function span(p: PartialDate): [Date, Date] {
  if (p.m === undefined) return [utc(p.y, 1, 1), utc(p.y, 12, 31)];
  if (p.d === undefined) return [utc(p.y, p.m, 1), utc(p.y, p.m, daysInMonth(p.y, p.m))];
  const t = utc(p.y, p.m, p.d);
  return [t, t];
}

export function partOfMonth(d: number): 'early' | 'mid' | 'late' {
  return d <= 10 ? 'early' : d <= 20 ? 'mid' : 'late';
}

/**
 * The most precise honest label for "some day between lo and hi": a day when they agree, else a
 * month (with early/mid/late when both ends fall in the same third), else a year.
 */
export function approxBetween(lo: Date, hi: Date): { date: string; qualifier: string | null } {
  if (lo > hi) [lo, hi] = [hi, lo];
  const a = fmtDate(lo);
  const b = fmtDate(hi);
  if (a === b) return { date: a, qualifier: 'approx' };
  if (a.slice(0, 7) === b.slice(0, 7)) {
    const pa = partOfMonth(lo.getUTCDate());
    return { date: a.slice(0, 7), qualifier: pa === partOfMonth(hi.getUTCDate()) ? pa : 'approx' };
  }
  if (a.slice(0, 4) === b.slice(0, 4)) {
    const ma = lo.getUTCMonth() + 1;
    const mb = hi.getUTCMonth() + 1;
    const q = mb <= 4 ? 'early' : ma >= 9 ? 'late' : ma >= 5 && mb <= 8 ? 'mid' : 'approx';
    return { date: a.slice(0, 4), qualifier: q };
  }
  // spans a new year: name the year that holds the middle of the range
  const mid = new Date((lo.getTime() + hi.getTime()) / 2);
  return { date: String(mid.getUTCFullYear()), qualifier: 'approx' };
}

/** true when partial date a lies after b at the precision both share */
export function after(a: PartialDate, b: PartialDate): boolean {
  if (a.y !== b.y) return a.y > b.y;
  if (a.m === undefined || b.m === undefined) return false;
  if (a.m !== b.m) return a.m > b.m;
  if (a.d === undefined || b.d === undefined) return false;
  return a.d > b.d;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** month number of an English month name or abbreviation ("Sept.", "february") */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().slice(0, 3)];
}

/** month names and the abbreviations news styles use (AP: Jan. Feb. Aug. Sept. Oct. Nov. Dec.) */
export const MONTH_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
/** a plausible year in news text */
export const YEAR_RE = '(?:1[7-9]\\d\\d|20\\d\\d)';

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  'a couple of': 2,
  'a couple': 2,
};
/** vague counts: [low, high] */
const VAGUE_COUNTS: Record<string, [number, number]> = {
  'a few': [2, 5],
  few: [2, 5],
  several: [3, 7],
  some: [2, 6],
  'a number of': [3, 8],
  many: [4, 10],
};

/** a count word as written, as a [low, high] range ("two" -> [2, 2], "a few" -> [2, 5]) */
export function countRange(word: string): [number, number] | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+$/.test(w)) return [Number(w), Number(w)];
  const n = NUMBER_WORDS[w];
  if (n !== undefined) return [n, n];
  return VAGUE_COUNTS[w] ?? null;
}

export const COUNT_RE =
  '(?:\\d{1,3}|a couple of|a couple|a few|a number of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several|some|many)';

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  return w === 'day' || w === 'week' || w === 'month' || w === 'year' || w === 'decade' ? w : null;
}

/** shift a date by n units (n may be negative) */
export function shift(t: Date, n: number, unit: Unit): Date {
  if (unit === 'day') return addDays(t, n);
  if (unit === 'week') return addDays(t, 7 * n);
  const months = unit === 'month' ? n : unit === 'year' ? 12 * n : 120 * n;
  const { y, m } = addMonths(t.getUTCFullYear(), t.getUTCMonth() + 1, months);
  return utc(y, m, Math.min(t.getUTCDate(), daysInMonth(y, m)));
}

/**
 * The label for "count units before/after the partial date p" (sign -1 / +1). The uncertainty of
 * the anchor and of a vague count ("a few") widens the range; approxBetween names it honestly.
 */
export function offsetLabel(
  p: PartialDate,
  count: [number, number],
  unit: Unit,
  sign: 1 | -1,
): { date: string; qualifier: string | null } {
  const [from, to] = span(p);
  const a = shift(sign > 0 ? from : to, sign * count[0], unit);
  const b = shift(sign > 0 ? to : from, sign * count[1], unit);
  const r = approxBetween(a, b);
  // an exact count of days from an exact day is exact: "two days later"
  if (unit === 'day' && count[0] === count[1] && p.d !== undefined) return { date: r.date, qualifier: null };
  // a year-sized unit keeps year precision at best: "two years later" is not a day
  if ((unit === 'year' || unit === 'decade') && r.date.length > 4)
    return { date: r.date.slice(0, 4), qualifier: 'approx' };
  if (unit === 'month' && r.date.length > 7) return { date: r.date.slice(0, 7), qualifier: 'approx' };
  return r;
}

/** the Monday of the (Monday to Sunday) week holding t */
export function mondayOf(t: Date): Date {
  return addDays(t, -((t.getUTCDay() + 6) % 7));
}

const WEEK_PART: Record<string, string> = {
  early: 'early in the',
  late: 'late in the',
  end: 'end of the',
  mid: 'mid',
  middle: 'mid',
};

/**
 * A week (Monday to Sunday) as the project writes it: the month of its Monday, and a qualifier
 * naming the week by that Monday's day ("week of 4" -> "week of 4 Nov 2019"), with the part
 * of the week when the text gives one ("early in the week of 30").
 */
export function weekLabel(monday: Date, part?: string | null): { date: string; qualifier: string } {
  const words = part ? (WEEK_PART[part] ?? part) : null;
  const q = `week of ${monday.getUTCDate()}`;
  return { date: fmtDate(monday).slice(0, 7), qualifier: words === 'mid' ? `mid-${q}` : words ? `${words} ${q}` : q };
}

/** a weekend: the month of its Saturday, and a qualifier naming it ("weekend of 2" -> "weekend of 2 Aug 2014") */
export function weekendLabel(saturday: Date): { date: string; qualifier: string } {
  return { date: fmtDate(saturday).slice(0, 7), qualifier: `weekend of ${saturday.getUTCDate()}` };
}
