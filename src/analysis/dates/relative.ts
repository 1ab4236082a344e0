/**
 * Expressions relative to the article's publication date: "on Friday", "three weeks ago",
 * "last year", "today", and dates written without a year ("July 1"). News reports the past, so
 * an ambiguous expression resolves to the latest matching date not after publication, unless the
 * sentence speaks of the future before it ("will", "is scheduled to") or says "next".
 * Without a publication date (or with one too coarse for the question) the date stays null.
 */
import {
  COUNT_RE,
  MONTH_RE,
  WEEKDAYS,
  addDays,
  addMonths,
  after,
  approxBetween,
  countRange,
  fmt,
  fmtDate,
  monthNumber,
  offsetLabel,
  unitOf,
  utc,
  type PartialDate,
} from './calendar.ts';
import { re, sentenceAt, type Candidate, type Context, type Resolution } from './candidate.ts';

const FUTURE = /\b(?:will|won['’]t|shall|(?:is|are|was|were)\s+(?:scheduled|set|due|expected|slated|planning)\s+to|plans?\s+to|upcoming|takes?\s+effect|goes\s+into\s+effect)\b|\w['’]ll\b/i;

/** does the sentence speak of the future before this point? */
export function futureContext(ctx: Context, at: number): boolean {
  const s = sentenceAt(ctx.sentences, at);
  return s !== undefined && FUTURE.test(ctx.text.slice(s.start, at));
}

/** a month (and day) written without a year: the publication year, moved to keep the past bias */
export function resolveYearless(ctx: Context, at: number, m: number, d?: number): string | null {
  const pub = ctx.published;
  if (!pub) return null;
  const future = futureContext(ctx, at);
  let y = pub.y;
  if (pub.m !== undefined) {
    const cand: PartialDate = d === undefined ? { y, m } : { y, m, d };
    if (!future && after(cand, pub)) y -= 1;
    else if (future && after(pub, cand)) y += 1;
  }
  return fmt(y, m, d);
}

function pubDay(ctx: Context): Date | null {
  const p = ctx.published;
  return p && p.m !== undefined && p.d !== undefined ? utc(p.y, p.m, p.d) : null;
}

type Mode = 'past' | 'last' | 'next' | 'future';

function weekday(ctx: Context, at: number, name: string, mode: Mode): string | null {
  const pub = pubDay(ctx);
  if (!pub) return null;
  const want = WEEKDAYS.indexOf(name.toLowerCase());
  const have = pub.getUTCDay();
  if (mode === 'past' && futureContext(ctx, at)) mode = 'future';
  let delta: number;
  if (mode === 'past') delta = -((have - want + 7) % 7); // same day counts: "on Wednesday" in a Wednesday paper
  else if (mode === 'last') delta = -((have - want + 7) % 7 || 7);
  else if (mode === 'future') delta = (want - have + 7) % 7;
  else delta = (want - have + 7) % 7 || 7;
  return fmtDate(addDays(pub, delta));
}

const SEASON_MONTHS: Record<string, [number, number]> = {
  spring: [3, 5], summer: [6, 8], fall: [9, 11], autumn: [9, 11], winter: [12, 2],
};

export function seasonName(word: string): string {
  const w = word.toLowerCase();
  return w === 'fall' ? 'autumn' : w;
}

function relativePeriod(ctx: Context, which: string, unit: string): Resolution {
  const pub = ctx.published;
  const w = which.toLowerCase().replace(/\s+/g, ' ');
  const n = w === 'last' || w === 'this past' ? -1 : w === 'next' || w === 'this coming' || w === 'coming' ? 1 : 0;
  const u = unit.toLowerCase();
  if (!pub) return { date: null };
  if (u === 'year') return { date: String(pub.y + n) };
  if (u === 'month') {
    if (pub.m === undefined) return { date: null };
    const r = addMonths(pub.y, pub.m, n);
    return { date: fmt(r.y, r.m) };
  }
  if (u === 'week' || u === 'weekend') {
    const day = pubDay(ctx);
    if (!day) return { date: null };
    const monday = addDays(day, -((day.getUTCDay() + 6) % 7));
    const from = addDays(monday, 7 * n + (u === 'weekend' ? 5 : 0));
    const to = n === 0 && u === 'week' ? day : addDays(from, u === 'weekend' ? 1 : 6);
    return approxBetween(from, to);
  }
  const season = SEASON_MONTHS[u];
  if (season) {
    // a season is named by the year it starts in (winter 2019 = Dec 2019 - Feb 2020)
    if (pub.m === undefined) return { date: null };
    const [first, last] = season;
    const winter = first > last;
    // the year of the season we are in, or of the latest one that has begun
    const current = winter ? (pub.m <= last ? pub.y - 1 : pub.m >= first ? pub.y : pub.y - 1) : pub.m >= first ? pub.y : pub.y - 1;
    const inside = winter ? pub.m >= first || pub.m <= last : pub.m >= first && pub.m <= last;
    let y: number;
    if (n === -1) y = inside ? current - 1 : current; // "last summer" said in July is the year before
    else if (n === 1) y = current + 1;
    else y = winter ? current : pub.y; // "this summer": the one of this year, past or coming
    return { date: String(y), qualifier: seasonName(u) };
  }
  return { date: null };
}

const FUNCTION_WORDS = /^(?:on|by|since|until|till|before|after|from|through|last|this|next|early|late|and|or|but|as|of|every|each|that|late|said|says)$/i;

/** "Black Friday", "Super Tuesday", "Ash Wednesday": a capitalised word before makes it a name */
function namedDay(text: string, at: number): boolean {
  const prev = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at));
  return prev !== null && /^\p{Lu}/u.test(prev[1]!) && !FUNCTION_WORDS.test(prev[1]!);
}

const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export function findRelative(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(re(String.raw`\b(?:(today|tonight)|(yesterday|last\s+night)|this\s+(?:morning|afternoon|evening))\b`))) {
    const back = m[2] ? -1 : 0;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'relative', contextual: false, prepositional: false,
      resolve: (ctx) => {
        const day = pubDay(ctx);
        return { date: day ? fmtDate(addDays(day, back)) : null };
      },
    });
  }
  // weekdays; "Black Friday", "Super Tuesday" (a capitalised word before) are names
  for (const m of text.matchAll(re(String.raw`\b(?:([Ll]ast|[Tt]his past|[Tt]his coming|[Tt]his|[Nn]ext)\s+)?(${WEEKDAY_RE})(?:\s+(?:morning|afternoon|evening|night))?\b(?!,?\s+${MONTH_RE}\s*\d)(?!,?\s+\d)`, 'gu'))) {
    if (!m[1] && namedDay(text, m.index)) continue;
    const which = (m[1] ?? '').toLowerCase();
    const mode: Mode = which === 'last' || which === 'this past' ? 'last' : which === 'next' || which === 'this coming' ? 'next' : 'past';
    const name = m[2]!;
    const at = m.index;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'relative', contextual: false, prepositional: true,
      resolve: (ctx) => ({ date: weekday(ctx, at, name, mode) }),
    });
  }
  // "three weeks ago", "a few years ago"
  for (const m of text.matchAll(re(String.raw`\b(${COUNT_RE})\s+(day|week|month|year|decade)s?\s+ago\b`))) {
    const count = countRange(m[1]!);
    const unit = unitOf(m[2]!);
    if (!count || !unit) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'relative', contextual: false, prepositional: false,
      resolve: (ctx) => {
        const pub = ctx.published;
        if (!pub) return { date: null };
        // counting days or weeks back needs the publication day
        if ((unit === 'day' || unit === 'week') && pub.d === undefined) return { date: null };
        return offsetLabel(pub, count, unit, -1);
      },
    });
  }
  // "last year", "this month", "next week", "last summer"; not "the last year" (a duration)
  for (const m of text.matchAll(re(String.raw`(?<!\b(?:the|past|over|for|within)\s)\b(?:(earlier|later)\s+)?(last|this past|this coming|this|next)\s+(year|month|week|weekend|spring|summer|fall|autumn|winter)\b`))) {
    const which = m[2]!;
    const unit = m[3]!;
    const part = m[1]?.toLowerCase();
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'relative', contextual: false, prepositional: true,
      resolve: (ctx) => {
        const r = relativePeriod(ctx, which, unit);
        if (part && r.date && !r.qualifier) r.qualifier = part === 'earlier' ? 'early' : 'late';
        return r;
      },
    });
  }
  // "last March", "this March", "next March"
  for (const m of text.matchAll(re(String.raw`\b(last|this|next)\s+(${MONTH_RE})(?!\s*\d)`, 'gu'))) {
    const month = monthNumber(m[2]!);
    const which = m[1]!.toLowerCase();
    if (!month) continue;
    out.push({
      start: m.index, end: m.index + m[0].length, type: 'relative', contextual: false, prepositional: true,
      resolve: (ctx) => {
        const pub = ctx.published;
        if (!pub || pub.m === undefined) return { date: pub && which === 'this' ? fmt(pub.y, month) : null };
        let y = pub.y;
        if (which === 'last' && month >= pub.m) y -= 1;
        if (which === 'next' && month <= pub.m) y += 1;
        return { date: fmt(y, month) };
      },
    });
  }
  return out;
}
