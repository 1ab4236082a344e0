/**
 * Periods chrono does not read: years ("in 2015", "the 2016 election"), vague parts of a year
 * ("late 2017", "mid-2019", "the end of 2018", "the spring of 2012", "early March"), decades
 * ("the 1990s") and year ranges ("2016-17").
 */
import { MONTH_RE, YEAR_RE, addDays, addMonths, fmt, mondayOf, monthNumber, utc, weekLabel } from './calendar.ts';
import { re, type Candidate, type Context, type Resolution } from './candidate.ts';
import { previous } from './context.ts';
import { futureContext, resolveYearless, seasonName } from './relative.ts';

const PART: Record<string, string> = {
  early: 'early',
  mid: 'mid',
  late: 'late',
  end: 'end',
  close: 'end',
  beginning: 'early',
  start: 'early',
  middle: 'mid',
  'first half': 'H1',
  'second half': 'H2',
  'first quarter': 'Q1',
  'second quarter': 'Q2',
  'third quarter': 'Q3',
  'fourth quarter': 'Q4',
  spring: 'spring',
  summer: 'summer',
  fall: 'autumn',
  autumn: 'autumn',
  winter: 'winter',
};

function part(word: string): string {
  const w = word.toLowerCase().replace(/[\s-]+/g, ' ');
  return PART[w] ?? PART[w.replace(/^mid.*/, 'mid')] ?? w;
}

/** the year an "of ..." tail names: a written year, or this/last/next/that year */
function tailYear(ctx: Context, tail: string, at: number): number | null {
  const t = tail.toLowerCase();
  if (/^\d{4}$/.test(t)) return Number(t);
  const pub = ctx.published;
  if (t === 'this year' || t === 'the year') return pub ? pub.y : null;
  if (t === 'last year') return pub ? pub.y - 1 : null;
  if (t === 'next year') return pub ? pub.y + 1 : null;
  if (t === 'that year') {
    // the year last mentioned (anaphora)
    const prev = previous(ctx, at)?.date;
    return prev ? Number(prev.slice(0, 4)) : null;
  }
  return null;
}

const COUNT_NOUNS =
  /^\s*(?:%|percent|per cent|people|persons|troops|soldiers|residents|members|votes|cases|deaths|dollars|euros|pounds|miles|kilometers|kilometres|km|meters|metres|feet|tons|tonnes|units|times|hours|days|men|women|children|users|employees|jobs|words|pages|students|officers|fighters|civilians|homes|acres|calories|points|rounds|pieces)\b/i;
// labels and numbers that happen to look like years: "Resolution 2254", "$2,000", "No. 1999"
const LABEL_BEFORE =
  /(?:[$£€#]|\b(?:No|Nos|Number|Resolution|Directive|Article|Section|Rule|Flight|Route|Room|Model|Item|Chapter|Bill|Unit|Code|Order|Decree|Law|Act)\.?\s*)$/;
const SENTENCE_START_WORDS =
  /^(?:In|Since|Until|Till|Through|Throughout|By|Before|After|From|During|Between|And|Or|But|Of|The|A|An|As|At|On|For|Early|Late|Mid|Until|This|That|Last|Next|Spring|Summer|Fall|Autumn|Winter|Around|About|Circa|Fiscal|FY)$/;

// statutes and documents, in any case: "section 1959", "under title 1996", "§ 2001"
const STATUTE_BEFORE =
  /(?:§§?\s*|\b(?:sections?|subsections?|secs?\.|titles?|paragraphs?|para\.|clauses?|articles?|chapters?|rules?|regulations?|statutes?|dockets?|forms?|exhibits?|schedules?|volumes?|vol\.|pages?|pp?\.)\s+)$/i;

function isYearContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 25), start);
  if (LABEL_BEFORE.test(before) || STATUTE_BEFORE.test(before)) return false;
  // "section 1959(a)", "1996(b)(2)": a statute's subdivision
  if (/^\(\w{1,4}\)/.test(text.slice(end, end + 6))) return false;
  if (/\d[,.]?\s*$/.test(before)) return false;
  const after = text.slice(end, end + 20);
  if (COUNT_NOUNS.test(after)) return false;
  // a capitalised word right before, that is not a month or a sentence-initial function word,
  // makes the number part of a name ("Windows 2000", "Boeing 2707")
  const prev = /([\p{L}’'.]+)\s+$/u.exec(before);
  if (prev && /^\p{Lu}/u.test(prev[1]!) && !/['’]s?$/.test(prev[1]!)) {
    const w = prev[1]!.replace(/\.$/, '');
    if (!SENTENCE_START_WORDS.test(w) && monthNumber(w) === undefined) return false;
  }
  return true;
}

export function findVague(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (
    start: number,
    end: number,
    type: Candidate['type'],
    resolve: (ctx: Context) => Resolution | null,
    contextual = false,
  ): void => {
    out.push({ start, end, type, contextual, prepositional: true, resolve });
  };

  // "late 2017", "mid-2019", "early March 2020", "early March"
  for (const m of text.matchAll(
    re(String.raw`\b(early|mid|late)(?:-|\s+)(?:(${MONTH_RE})(?:,?\s+(${YEAR_RE}))?|(${YEAR_RE}))(?![\p{L}\d])`),
  )) {
    const q = part(m[1]!);
    const month = m[2] ? monthNumber(m[2]) : undefined;
    const y = m[3] ?? m[4];
    const year = y ? Number(y) : null;
    const at = m.index;
    const end = m.index + m[0].trimEnd().length;
    push(m.index, end, 'vague', (ctx) => {
      if (year !== null) return { date: fmt(year, month), qualifier: q };
      return month ? { date: resolveYearless(ctx, at, end, month), qualifier: q } : null;
    });
  }
  // "the end of 2018", "the spring of 2012", "the first half of last year", "the middle of March 2019"
  const PARTS =
    'end|close|beginning|start|middle|first\\s+half|second\\s+half|(?:first|second|third|fourth)\\s+quarter|spring|summer|fall|autumn|winter';
  for (const m of text.matchAll(
    re(
      String.raw`\b(?:the\s+)?(${PARTS})\s+of\s+(?:(${MONTH_RE})(?:\s+|,\s*))?(${YEAR_RE}|this\s+year|last\s+year|next\s+year|that\s+year)\b`,
    ),
  )) {
    const q = part(m[1]!);
    const month = m[2] ? monthNumber(m[2]) : undefined;
    const tail = m[3]!.replace(/\s+/g, ' ');
    const at = m.index;
    const anaphoric = tail.toLowerCase() === 'that year';
    push(
      m.index,
      m.index + m[0].length,
      anaphoric ? 'anaphora' : /\d/.test(tail) ? 'vague' : 'relative',
      (ctx) => {
        const y = tailYear(ctx, tail, at);
        if (y === null) return anaphoric ? null : { date: null, qualifier: q };
        return { date: fmt(y, month), qualifier: q };
      },
      anaphoric,
    );
  }
  // "by the end of the month", "the start of this month": the publication month; "the end of this week"
  for (const m of text.matchAll(
    re(String.raw`\b(?:the\s+)?(end|close|beginning|start|middle)\s+of\s+(the|this|last|next)\s+(month|week)\b`),
  )) {
    const q = part(m[1]!);
    const n = { the: 0, this: 0, last: -1, next: 1 }[m[2]!.toLowerCase() as 'the'] ?? 0;
    const week = m[3]!.toLowerCase() === 'week';
    push(m.index, m.index + m[0].length, 'relative', (ctx) => {
      const pub = ctx.published;
      if (week) {
        if (!pub || pub.m === undefined || pub.d === undefined) return { date: null, qualifier: q };
        return weekLabel(addDays(mondayOf(utc(pub.y, pub.m, pub.d)), 7 * n), q);
      }
      if (!pub || pub.m === undefined) return { date: null, qualifier: q };
      const r = addMonths(pub.y, pub.m, n);
      return { date: fmt(r.y, r.m), qualifier: q };
    });
  }
  // "January this year", "June of last year"
  for (const m of text.matchAll(re(String.raw`\b(${MONTH_RE})(?:\s+of)?\s+(this|last|next)\s+year\b`, 'gu'))) {
    const month = monthNumber(m[1]!);
    const n = { this: 0, last: -1, next: 1 }[m[2]!.toLowerCase() as 'this'] ?? 0;
    if (!month) continue;
    push(m.index, m.index + m[0].length, 'month', (ctx) => ({
      date: ctx.published ? fmt(ctx.published.y + n, month) : null,
    }));
  }
  // "the end of March" (no year): the month relative to publication
  for (const m of text.matchAll(
    re(String.raw`\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+(${MONTH_RE})(?![\p{L}])(?![\s,]*\d)`, 'gu'),
  )) {
    const q = part(m[1]!);
    const month = monthNumber(m[2]!);
    const at = m.index;
    if (!month) continue;
    const end = m.index + m[0].length;
    push(m.index, end, 'vague', (ctx) => ({ date: resolveYearless(ctx, at, end, month), qualifier: q }));
  }
  // "summer 2012", "spring of 2012" without "the"
  for (const m of text.matchAll(re(String.raw`\b(spring|summer|fall|autumn|winter)\s+(${YEAR_RE})\b(?!s)`))) {
    const q = seasonName(m[1]!);
    const year = Number(m[2]);
    push(m.index, m.index + m[0].length, 'vague', () => ({ date: String(year), qualifier: q }));
  }
  // a season without a year, governed by a preposition: "well into the summer", "in the early
  // summer", "during the winter"; the season we are in or the latest begun, the next one when
  // the sentence says it will be ("will reopen in the spring") and we are not in it
  for (const m of text.matchAll(
    re(
      String.raw`(?<=\b(?:in|into|during|since|until|till|through|throughout|over|by|before|after|from|of)\s+)the\s+(?:(early|mid|late)[\s-]+)?(spring|summer|fall|autumn|winter)\b(?![\s-]+(?:of\b|\p{Lu}|\d))`,
    ),
  )) {
    const season = seasonName(m[2]!);
    const q = m[1] ? `${m[1].toLowerCase()} ${season}` : season;
    const start = m.index;
    const end = m.index + m[0].length;
    push(start, end, 'relative', (ctx) => {
      const pub = ctx.published;
      if (!pub || pub.m === undefined) return { date: null, qualifier: q };
      const [first, last] = (
        { spring: [3, 5], summer: [6, 8], autumn: [9, 11], winter: [12, 2] } as Record<string, [number, number]>
      )[season]!;
      const winter = first > last;
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
      // only a plain future ("will", "plans to") looks ahead: an infinitive ("hard to meet demand
      // into the summer") is no future
      const y = !inside && futureContext(ctx, start) ? current + 1 : current;
      return { date: String(y), qualifier: q };
    });
  }
  // decades: "the 1990s", "the early 2000s", "the '80s"
  for (const m of text.matchAll(
    re(String.raw`\b(?:the\s+)?(?:(early|mid|late)(?:-|\s+))?(?:(1[7-9]\d0|20\d0)|['’](\d0))s\b`),
  )) {
    const first = m[2] ? Number(m[2]) : Number(m[3]) >= 30 ? 1900 + Number(m[3]) : 2000 + Number(m[3]);
    const p = m[1]?.toLowerCase();
    const [from, to] = p === 'early' ? [0, 3] : p === 'mid' ? [3, 6] : p === 'late' ? [6, 9] : [0, 9];
    push(m.index, m.index + m[0].length, 'vague', () => ({
      date: String(first + from),
      rangeEnd: String(first + to),
      qualifier: p ?? 'decade',
    }));
  }
  // year ranges "2016-17", "2019–2020"
  for (const m of text.matchAll(re(String.raw`(?<![\d.,/-])\b(${YEAR_RE})\s*[-–—/]\s*(\d{4}|\d{2})\b(?![-/.]\d)`))) {
    const y1 = Number(m[1]);
    const y2 = m[2]!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (y2 <= y1 || y2 - y1 > 30) continue;
    push(m.index, m.index + m[0].length, 'year', () => ({ date: String(y1), rangeEnd: String(y2) }));
  }
  // bare years, with or without a preposition: "in 2015", "the 2016 election", "by 2019"
  for (const m of text.matchAll(re(String.raw`(?<![\d.,/-])\b(${YEAR_RE})\b(?![.,]\d|[-/]\d|s\b)`))) {
    if (!isYearContext(text, m.index, m.index + m[0].length)) continue;
    const year = m[1]!;
    push(m.index, m.index + m[0].length, 'year', () => ({ date: year }));
  }
  return out;
}
