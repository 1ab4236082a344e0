/**
 * Holidays: "on Christmas Eve", "by Labor Day", "Thanksgiving 2031", "last Easter". Fixed ones
 * fall on their day; floating US holidays are computed (Labor Day: first Monday of September,
 * Thanksgiving: fourth Thursday of November, Easter by the Gregorian computus). Without a year,
 * the sentence's direction picks the occurrence (the latest not after publication, or the first
 * not before it); with none, the nearer one, a future one counting double (as relative.ts does
 * for a year-less date). A holiday is a date only where a temporal word governs it, a year
 * follows it, or "this/last/next" names it: "Christmas shopping" is no date.
 */
import { YEAR_RE, addDays, after, fmtDate, utc, type PartialDate } from './calendar.ts';
import { re, type Candidate, type Context } from './candidate.ts';
import { directionAround } from './relative.ts';

/** the n-th (1-based; -1 = last) weekday (0 = Sunday) of a month */
function nthWeekday(y: number, m: number, weekday: number, n: number): Date {
  if (n > 0) {
    const first = utc(y, m, 1);
    return addDays(first, ((weekday - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays(utc(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1), -1);
  return addDays(last, -((last.getUTCDay() - weekday + 7) % 7));
}

/** Easter Sunday (anonymous Gregorian algorithm) */
export function easter(y: number): Date {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30,
    i = Math.floor(c / 4),
    k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31),
    day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(y, month, day);
}

interface Holiday {
  pattern: string;
  day(y: number): Date;
}

const fixed =
  (m: number, d: number) =>
  (y: number): Date =>
    utc(y, m, d);

export const HOLIDAYS: Holiday[] = [
  { pattern: String.raw`Christmas\s+Eve`, day: fixed(12, 24) },
  { pattern: String.raw`Christmas(?:\s+Day)?`, day: fixed(12, 25) },
  { pattern: String.raw`Boxing\s+Day`, day: fixed(12, 26) },
  { pattern: String.raw`New\s+Year['’]?s\s+Eve`, day: fixed(12, 31) },
  { pattern: String.raw`New\s+Year['’]?s(?:\s+Day)?`, day: fixed(1, 1) },
  { pattern: String.raw`Valentine['’]?s\s+Day`, day: fixed(2, 14) },
  { pattern: String.raw`(?:St\.?|Saint)\s+Patrick['’]?s\s+Day`, day: fixed(3, 17) },
  { pattern: String.raw`Independence\s+Day|the\s+Fourth\s+of\s+July`, day: fixed(7, 4) },
  { pattern: String.raw`Halloween`, day: fixed(10, 31) },
  { pattern: String.raw`Veterans\s+Day|Armistice\s+Day`, day: fixed(11, 11) },
  { pattern: String.raw`Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day`, day: (y) => nthWeekday(y, 1, 1, 3) },
  { pattern: String.raw`Presidents['’]?\s+Day`, day: (y) => nthWeekday(y, 2, 1, 3) },
  { pattern: String.raw`Mother['’]?s\s+Day`, day: (y) => nthWeekday(y, 5, 0, 2) },
  { pattern: String.raw`Memorial\s+Day`, day: (y) => nthWeekday(y, 5, 1, -1) },
  { pattern: String.raw`Father['’]?s\s+Day`, day: (y) => nthWeekday(y, 6, 0, 3) },
  { pattern: String.raw`Labou?r\s+Day`, day: (y) => nthWeekday(y, 9, 1, 1) },
  { pattern: String.raw`Columbus\s+Day`, day: (y) => nthWeekday(y, 10, 1, 2) },
  { pattern: String.raw`Election\s+Day`, day: (y) => addDays(nthWeekday(y, 11, 1, 1), 1) },
  { pattern: String.raw`Thanksgiving(?:\s+Day)?`, day: (y) => nthWeekday(y, 11, 4, 4) },
  { pattern: String.raw`Good\s+Friday`, day: (y) => addDays(easter(y), -2) },
  { pattern: String.raw`Easter(?:\s+Sunday)?`, day: easter },
];

// group i+1 is HOLIDAYS[i]; then the year after it
const HOLIDAY = re(
  String.raw`\b(?:${HOLIDAYS.map((h) => `(${h.pattern})`).join('|')})(?![\p{L}'’])(?:,?\s+(?:of\s+)?(${YEAR_RE})\b)?`,
  'gu',
);
const GOVERNED =
  /\b(?:on|by|before|after|since|until|till|through|over|at|for|around|during|of|ahead\s+of|prior\s+to|following|from|to|and|between|until|this|last|next|past|coming)\s+(?:the\s+)?$/i;
const WHICH = /\b(this|last|next|this\s+past|this\s+coming|past|coming)\s+$/i;

const toPartial = (t: Date): PartialDate => ({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });

export function findHolidays(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(HOLIDAY)) {
    const k = m.findIndex((g, i) => i > 0 && i <= HOLIDAYS.length && g !== undefined) - 1;
    const h = HOLIDAYS[k];
    if (!h) continue;
    // holidays are proper names: "christmas" in lower case is no date, nor "Christmas" before a noun
    if (!/^\p{Lu}/u.test(m[0].replace(/^the\s+/i, ''))) continue;
    const year = m[HOLIDAYS.length + 1];
    const before = text.slice(Math.max(0, m.index - 20), m.index);
    const end = m.index + m[0].length;
    if (!year && !GOVERNED.test(before)) continue;
    // "before Christmas shopping", "Easter Island": the holiday names something else
    const next = text.slice(end, end + 20);
    if (
      !year &&
      (/^\s+(?:shopping|sales?|trees?|cards?|part(?:y|ies)|dinners?|gifts?|presents?|decorations?|lights|specials?|traffic|travel|rush|season|songs?|carols?|markets?|bonus(?:es)?|resolutions?|messages?|address|speech)\b/i.test(
        next,
      ) ||
        /^\s+\p{Lu}/u.test(next))
    )
      continue;
    const which = WHICH.exec(before)?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null;
    const start = which ? m.index - WHICH.exec(before)![0].length : m.index;
    out.push({
      start,
      end,
      type: year ? 'explicit' : 'relative',
      contextual: false,
      prepositional: true,
      resolve: (ctx: Context) => {
        if (year) return { date: fmtDate(h.day(Number(year))) };
        const pub = ctx.published;
        if (!pub) return { date: null };
        const cands = [pub.y - 1, pub.y, pub.y + 1].map((y) => toPartial(h.day(y)));
        if (pub.m === undefined) return { date: fmtDate(h.day(pub.y)) };
        const notAfter = cands.filter((c) => !after(c, pub));
        const notBefore = cands.filter((c) => !after(pub, c));
        let pick: PartialDate | undefined;
        if (which === 'last' || which === 'past' || which === 'this past')
          pick = notAfter.filter((c) => after(pub, c) || pub.d === undefined).pop() ?? notAfter.pop();
        else if (which === 'next' || which === 'coming' || which === 'this coming')
          pick = notBefore.find((c) => after(c, pub)) ?? notBefore[0];
        else if (which === 'this') pick = cands[1];
        else {
          const dir = directionAround(ctx, start, end);
          if (dir === 'past') pick = notAfter[notAfter.length - 1];
          else if (dir === 'future') pick = notBefore[0];
        }
        if (!pick) {
          const t = utc(pub.y, pub.m, pub.d ?? 15).getTime();
          const cost = (c: PartialDate): number => {
            const dt = utc(c.y, c.m!, c.d!).getTime() - t;
            return dt > 0 ? 2 * dt : -dt;
          };
          pick = [...cands].sort((a, b) => cost(a) - cost(b))[0]!;
        }
        return { date: fmtDate(utc(pick.y, pick.m!, pick.d!)) };
      },
    });
  }
  return out;
}
