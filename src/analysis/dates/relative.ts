/**
 * Expressions relative to the article's publication date: "on Friday", "three weeks ago",
 * "last year", "today", "tomorrow", "the weekend", and dates written without a year ("July 1").
 * Which way an ambiguous one points is decided by the words of its sentence (direction.ts:
 * tense, modal verbs, "scheduled", "until"...); a weekday with no such word is the latest one
 * (news reports the past), a day or month with none the nearer occurrence, a future one counting
 * double. Weeks are written as the month of their Monday with a qualifier naming the week
 * ("week of 28"), weekends as the month of their Saturday ("weekend of 2").
 * Without a publication date (or with one too coarse for the question) the date stays null.
 */
import {
  COUNT_RE,
  MONTH_RE,
  WEEKDAYS,
  addDays,
  addMonths,
  after,
  countRange,
  fmt,
  fmtDate,
  mondayOf,
  monthNumber,
  span,
  weekLabel,
  weekendLabel,
  offsetLabel,
  unitOf,
  utc,
  type PartialDate,
} from './calendar.ts';
import { re, sentenceAt, type Candidate, type Context, type Resolution } from './candidate.ts';
import { directionOf, type Direction } from './direction.ts';

const FUTURE =
  /\b(?:will|won['’]t|shall|(?:is|are|was|were)\s+(?:scheduled|set|due|expected|slated|planning)\s+to|plans?\s+to|upcoming|takes?\s+effect|goes\s+into\s+effect)\b|\w['’]ll\b/i;

/** does the sentence speak of the future before this point? */
export function futureContext(ctx: Context, at: number): boolean {
  const s = sentenceAt(ctx.sentences, at);
  return s !== undefined && FUTURE.test(ctx.text.slice(s.start, at));
}

/** the direction the sentence around [start, end) gives an expression (direction.ts) */
export function directionAround(ctx: Context, start: number, end: number): Direction | null {
  const s = sentenceAt(ctx.sentences, start);
  const from = s ? s.start : Math.max(0, start - 200);
  const to = s && s.end >= end ? s.end : Math.min(ctx.text.length, end + 200);
  return directionOf(ctx.text.slice(from, to), start - from, end - from);
}

/** a date after publication counts as this many times farther when no word gives a direction */
const FUTURE_WEIGHT = 2;

/** days between two partial dates' spans (0 when they overlap) */
function distance(a: PartialDate, b: PartialDate): number {
  const [alo, ahi] = span(a);
  const [blo, bhi] = span(b);
  if (alo > bhi) return alo.getTime() - bhi.getTime();
  if (blo > ahi) return blo.getTime() - ahi.getTime();
  return 0;
}

/**
 * A month (and day) written without a year, at [start, end) of the text: the year the sentence's
 * direction gives (the latest not after publication, or the first not before it); when the
 * sentence says nothing, the occurrence nearer to publication, a future one counting twice as
 * far (the earlier one on a tie). A weekday written with the day ("Saturday, Oct. 1") picks
 * the year it falls on.
 */
export function resolveYearless(
  ctx: Context,
  start: number,
  end: number,
  m: number,
  d?: number,
  weekdayName?: string,
): string | null {
  const pub = ctx.published;
  if (!pub) return null;
  if (pub.m === undefined) return fmt(pub.y, m, d);
  const at = (y: number): PartialDate => (d === undefined ? { y, m } : { y, m, d });
  let cands = [pub.y - 1, pub.y, pub.y + 1].map(at);
  if (weekdayName && d !== undefined) {
    const want = WEEKDAYS.indexOf(weekdayName.toLowerCase());
    const fits = cands.filter((c) => utc(c.y, m, d).getUTCDay() === want);
    if (fits.length) cands = fits;
  }
  const dir = directionAround(ctx, start, end);
  const weighted = (c: PartialDate): number => distance(c, pub) * (after(c, pub) ? FUTURE_WEIGHT : 1);
  const notAfter = cands.filter((c) => !after(c, pub));
  const notBefore = cands.filter((c) => !after(pub, c));
  let pick: PartialDate | undefined;
  if (dir === 'past') pick = notAfter[notAfter.length - 1];
  else if (dir === 'future') pick = notBefore[0];
  // no direction: the nearer occurrence, the future only when it is much nearer (news reports the past)
  if (!pick) pick = [...cands].sort((a, b) => weighted(a) - weighted(b) || a.y - b.y)[0]!;
  return fmt(pick.y, m, d);
}

function pubDay(ctx: Context): Date | null {
  const p = ctx.published;
  return p && p.m !== undefined && p.d !== undefined ? utc(p.y, p.m, p.d) : null;
}

type Mode = 'past' | 'last' | 'next' | 'future';

function weekday(ctx: Context, at: number, end: number, name: string, mode: Mode): string | null {
  const pub = pubDay(ctx);
  if (!pub) return null;
  const want = WEEKDAYS.indexOf(name.toLowerCase());
  const have = pub.getUTCDay();
  if (mode === 'past' && directionAround(ctx, at, end) === 'future') mode = 'future';
  let delta: number;
  if (mode === 'past')
    delta = -((have - want + 7) % 7); // same day counts: "on Wednesday" in a Wednesday paper
  else if (mode === 'last') delta = -((have - want + 7) % 7 || 7);
  else if (mode === 'future') delta = (want - have + 7) % 7;
  else delta = (want - have + 7) % 7 || 7;
  return fmtDate(addDays(pub, delta));
}

const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5],
  summer: [6, 8],
  fall: [9, 11],
  autumn: [9, 11],
  winter: [12, 2],
};

export function seasonName(word: string): string {
  const w = word.toLowerCase();
  return w === 'fall' ? 'autumn' : w;
}

function relativePeriod(
  ctx: Context,
  which: string,
  unit: string,
  part: string | null,
  at: number,
  end: number,
): Resolution {
  const pub = ctx.published;
  const w = which.toLowerCase().replace(/\s+/g, ' ');
  const n = w === 'last' || w === 'this past' ? -1 : w === 'next' || w === 'this coming' || w === 'coming' ? 1 : 0;
  const u = unit.toLowerCase();
  if (!pub) return { date: null };
  if (u === 'year') return { date: String(pub.y + n), qualifier: part };
  if (u === 'month') {
    if (pub.m === undefined) return { date: null };
    const r = addMonths(pub.y, pub.m, n);
    return { date: fmt(r.y, r.m), qualifier: part };
  }
  if (u === 'week') {
    const day = pubDay(ctx);
    return day ? weekLabel(addDays(mondayOf(day), 7 * n), part) : { date: null };
  }
  if (u === 'weekend') {
    const day = pubDay(ctx);
    if (!day) return { date: null };
    // "this weekend" said on a weekday looks back only when the sentence does ("said this weekend")
    const back =
      n === 0 &&
      w === 'this' &&
      directionAround(ctx, at, end) === 'past' &&
      day.getUTCDay() >= 1 &&
      day.getUTCDay() <= 5;
    return weekendLabel(addDays(mondayOf(day), 5 + 7 * (back ? -1 : n)));
  }
  const season = SEASON_MONTHS[u];
  if (season) {
    // a season is named by the year it starts in (winter 2019 = Dec 2019 - Feb 2020)
    if (pub.m === undefined) return { date: null };
    const [first, last] = season;
    const winter = first > last;
    // the year of the season we are in, or of the latest one that has begun
    const current = winter
      ? pub.m <= last
        ? pub.y - 1
        : pub.m >= first
          ? pub.y
          : pub.y - 1
      : pub.m >= first
        ? pub.y
        : pub.y - 1;
    const inside = winter ? pub.m >= first || pub.m <= last : pub.m >= first && pub.m <= last;
    let y: number;
    if (n === -1)
      y = inside ? current - 1 : current; // "last summer" said in July is the year before
    else if (n === 1) y = current + 1;
    else y = winter ? current : pub.y; // "this summer": the one of this year, past or coming
    return { date: String(y), qualifier: seasonName(u) };
  }
  return { date: null };
}

/**
 * Days with a name of their own ("Black Friday", "Super Tuesday", "Ash Wednesday"). Any other
 * capitalised word before a weekday is a place or an institution ("in Lisbon Monday", "the
 * Grain Board Friday"), and the weekday is a date.
 */
const DAY_NAMES =
  /^(?:Black|Super|Ash|Good|Holy|Maundy|Easter|Palm|Shrove|Fat|Cyber|Bloody|Giving|Blue|Clean|Whit|Low|Spy|Plough|Casual|Freaky|Manic|Ruby|Business)$/;

function namedDay(text: string, at: number): boolean {
  const prev = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  return prev !== null && DAY_NAMES.test(prev[1]!);
}

const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export function findRelative(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(
    re(String.raw`\b(?:(today|tonight)|(yesterday|last\s+night)|(tomorrow)|this\s+(?:morning|afternoon|evening))\b`),
  )) {
    const back = m[2] ? -1 : m[3] ? 1 : 0;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'relative',
      contextual: false,
      prepositional: false,
      resolve: (ctx) => {
        const day = pubDay(ctx);
        return { date: day ? fmtDate(addDays(day, back)) : null };
      },
    });
  }
  // weekdays; "Black Friday", "Super Tuesday" (a capitalised word before) are names
  for (const m of text.matchAll(
    re(
      String.raw`\b(?:([Ll]ast|[Tt]his past|[Tt]his coming|[Tt]his|[Nn]ext)\s+)?(${WEEKDAY_RE})(?:\s+(?:morning|afternoon|evening|night))?\b(?!,?\s+${MONTH_RE}\s*\d)(?!,?\s+\d)`,
      'gu',
    ),
  )) {
    if (!m[1] && namedDay(text, m.index)) continue;
    const which = (m[1] ?? '').toLowerCase();
    const mode: Mode =
      which === 'last' || which === 'this past'
        ? 'last'
        : which === 'next' || which === 'this coming'
          ? 'next'
          : 'past';
    const name = m[2]!;
    const at = m.index;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'relative',
      contextual: false,
      prepositional: true,
      resolve: (ctx) => ({ date: weekday(ctx, at, at + m[0].length, name, mode) }),
    });
  }
  // "over the weekend", "ahead of the weekend": the latest weekend, or the next one when the sentence looks ahead
  for (const m of text.matchAll(re(String.raw`\bthe\s+weekend\b(?!-)`))) {
    const at = m.index;
    const end = m.index + m[0].length;
    out.push({
      start: at,
      end,
      type: 'relative',
      contextual: false,
      prepositional: true,
      resolve: (ctx) => {
        const day = pubDay(ctx);
        if (!day) return { date: null };
        const dow = day.getUTCDay();
        const weekend = dow === 6 || dow === 0;
        const ahead = directionAround(ctx, at, end) === 'future';
        return weekendLabel(addDays(mondayOf(day), 5 + (weekend || ahead ? 0 : -7)));
      },
    });
  }
  // "three weeks ago", "a few years ago"
  for (const m of text.matchAll(re(String.raw`\b(${COUNT_RE})\s+(day|week|month|year|decade)s?\s+ago\b`))) {
    const count = countRange(m[1]!);
    const unit = unitOf(m[2]!);
    if (!count || !unit) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'relative',
      contextual: false,
      prepositional: false,
      resolve: (ctx) => {
        const pub = ctx.published;
        if (!pub) return { date: null };
        // counting days or weeks back needs the publication day
        if ((unit === 'day' || unit === 'week') && pub.d === undefined) return { date: null };
        // "six weeks ago": that week
        if (unit === 'week' && count[0] === count[1])
          return weekLabel(mondayOf(addDays(utc(pub.y, pub.m!, pub.d!), -7 * count[0])));
        return offsetLabel(pub, count, unit, -1);
      },
    });
  }
  // "last year", "this month", "next week", "last summer"; not "the last year" (a duration)
  for (const m of text.matchAll(
    re(
      String.raw`(?<!\b(?:the|past|over|for|within)\s)\b(?:(earlier|later|early|late)\s+)?(last|this past|this coming|this|next)\s+(year|month|week|weekend|spring|summer|fall|autumn|winter)\b`,
    ),
  )) {
    const which = m[2]!;
    const unit = m[3]!;
    const part = m[1] ? (/^early|^earlier/i.test(m[1]) ? 'early' : 'late') : null;
    const at = m.index;
    const end = m.index + m[0].length;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'relative',
      contextual: false,
      prepositional: true,
      resolve: (ctx) => relativePeriod(ctx, which, unit, part, at, end),
    });
  }
  // "last March", "this March", "next March"
  for (const m of text.matchAll(re(String.raw`\b([Ll]ast|[Tt]his|[Nn]ext)\s+(${MONTH_RE})(?!\s*\d)`, 'gu'))) {
    const month = monthNumber(m[2]!);
    const which = m[1]!.toLowerCase();
    if (!month) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'relative',
      contextual: false,
      prepositional: true,
      resolve: (ctx) => {
        const pub = ctx.published;
        if (!pub || pub.m === undefined) return { date: pub && which === 'this' ? fmt(pub.y, month) : null };
        let y = pub.y;
        // "last February" said in March is a year back: the month just gone would be "last month"
        if (which === 'last' && (month >= pub.m || month === pub.m - 1)) y -= 1;
        if (which === 'next' && month <= pub.m) y += 1;
        return { date: fmt(y, month) };
      },
    });
  }
  return out;
}
