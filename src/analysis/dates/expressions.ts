/**
 * findTemporalExpressions: every date or period a text states, resolved to YYYY[-MM[-DD]].
 *
 * Finders propose candidates (periods.ts, explicit.ts, vague.ts, relative.ts, named.ts, holidays.ts,
 * numbers.ts for centuries and spelled-out years, context.ts); those in headline lists, link text or
 * a hypothetical's condition are dropped (notdates.ts);
 * "a year ago" beside a quarter's results becomes the year-earlier quarter (periods.ts). Then:
 * 1. overlapping candidates: the longest wins ("mid-2017" over "2017", "that December" over
 *    "December");
 * 2. pass 1 resolves what needs only the text and the publication date;
 * 3. "from mid-2017 and into 2018", "between 2015 and 2018" become one expression with rangeEnd;
 * 4. a governing preposition is attached to the expression and becomes its qualifier
 *    ("until July 2019" -> until);
 * 5. pass 2 resolves anaphora and offsets in text order, each seeing what came before it.
 *
 * Decisions: a year used as an adjective ("the 2016 election") is a dated reference (type
 * 'year', no qualifier). Durations ("for over two years", "for decades") and present-tense
 * words ("now", "at the time", "currently") are not expressions. "today" is the publication day.
 */
import type { AnalysisInput } from '../types.ts';
import { sentences, type Sentence } from '../sentences.ts';
import { parseIso } from './calendar.ts';
import { sentenceAt, type Candidate, type Context, type Resolution, type TemporalExpression } from './candidate.ts';
import { findContextual } from './context.ts';
import { findExplicit } from './explicit.ts';
import { findHolidays } from './holidays.ts';
import { findNamed } from './named.ts';
import { findWrittenNumbers } from './numbers.ts';
import { headlineLists, hypothetical, linkTexts } from './notdates.ts';
import { comparedWithYearBefore, findPeriods } from './periods.ts';
import { findRelative } from './relative.ts';
import { findVague } from './vague.ts';

export type { TemporalExpression } from './candidate.ts';

const PREPOSITION =
  /(?<![\p{L}])(as\s+(?:late|early|recently|long\s+ago)\s+as|until|till|through|throughout|since|by|before|after|from|between|in|on|at|during|around|about|circa|as\s+of|prior\s+to|following|into|ahead\s+of|starting|beginning|ending)\s+$/iu;

const PREPOSITION_QUALIFIER: Record<string, string | null> = {
  in: null,
  on: null,
  at: null,
  during: null,
  between: null,
  until: 'until',
  till: 'until',
  through: 'through',
  throughout: 'throughout',
  since: 'since',
  by: 'by',
  before: 'before',
  'prior to': 'before',
  'ahead of': 'before',
  after: 'after',
  following: 'after',
  from: 'since',
  starting: 'since',
  beginning: 'since',
  ending: 'until',
  into: 'into',
  around: 'approx',
  about: 'approx',
  circa: 'approx',
  'as of': 'as of',
};

function prepositionQualifier(prep: string): string | null {
  const p = prep.toLowerCase().replace(/\s+/g, ' ');
  return p in PREPOSITION_QUALIFIER ? PREPOSITION_QUALIFIER[p]! : p; // "as late as" is its own qualifier
}

interface Working {
  cand: Candidate;
  start: number;
  end: number;
  prep: string | null;
  res: Resolution | null;
  /** a "from ... to ..." range: its "from" is not a qualifier */
  range: boolean;
  /** set when a range gave a year-less month its year ("from June to August 2019") */
  type?: TemporalExpression['type'];
}

function select(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of sorted) if (!taken.some((t) => c.start < t.end && t.start < c.end)) taken.push(c);
  return taken.sort((a, b) => a.start - b.start);
}

function toExpression(text: string, w: Working): TemporalExpression | null {
  if (!w.res) return null;
  const own = w.res.qualifier ?? null;
  // "from 1990-1995" is a range as much as "from 1990 to 1995": its "from" is no "since"
  const range = w.range || (!!w.res.rangeEnd && !!w.prep && /^(?:from|between)$/i.test(w.prep));
  const prepQ = w.prep && !range ? prepositionQualifier(w.prep) : null;
  const qualifier = prepQ && own && prepQ !== own ? `${prepQ} ${own}` : (prepQ ?? own);
  const out: TemporalExpression = {
    start: w.start,
    end: w.end,
    text: text.slice(w.start, w.end),
    date: w.res.date,
    qualifier,
    type: w.type ?? w.cand.type,
  };
  if (w.res.rangeEnd) out.rangeEnd = w.res.rangeEnd;
  return out;
}

const RANGE_GAP = /^\s*,?\s*(?:and\s+)?(?:into|to|until|till|through|and|-|–|—)\s*$/i;

/** `sents`: the text's sentences when the caller has them already */
export function findTemporalExpressions(input: AnalysisInput, sents?: readonly Sentence[]): TemporalExpression[] {
  const text = input.text;
  // a word in capitals ("USA TODAY", "NOW") is a name or a heading, not a relative date
  const shouted = (c: { start: number; end: number }): boolean => {
    const s = text.slice(c.start, c.end);
    return /\p{Lu}{3}/u.test(s) && !/\p{Ll}/u.test(s);
  };
  const sentenceList = sents ?? sentences(text);
  // headline lists, link text and hypotheticals state no date (notdates.ts)
  const noDate = [...headlineLists(text), ...linkTexts(text)];
  const stated = (c: Candidate): boolean =>
    !noDate.some((r) => c.start < r.end && r.start < c.end) &&
    !hypothetical(text, c, sentenceAt(sentenceList, c.start)) &&
    !titled(c);
  // "This Week" in title case inside a sentence is the name of a programme or a column
  const titled = (c: Candidate): boolean => {
    const s = text.slice(c.start, c.end);
    if (!/^(?:\p{Lu}\p{Ll}+\s+){1,3}\p{Lu}\p{Ll}+$/u.test(s) || !/^(?:This|Last|Next)\s/.test(s)) return false;
    // at the start of a sentence (a quote may open it) the capitals are the sentence's
    return !/(?:^|[.!?:]["“”']?\s*["“']?|\n\s*["“']?)$/.test(text.slice(Math.max(0, c.start - 4), c.start));
  };
  const cands = select(
    comparedWithYearBefore(
      text,
      [
        ...findPeriods(text),
        ...findExplicit(text),
        ...findVague(text),
        ...findRelative(text).filter((c) => !shouted(c)),
        ...findNamed(text),
        ...findHolidays(text),
        ...findWrittenNumbers(text),
        ...findContextual(text).filter((c) => !shouted(c)),
      ].filter(stated),
    ),
  );
  const ctx: Context = { text, published: parseIso(input.published), sentences: sentenceList, resolved: [] };
  let work: Working[] = cands.map((cand) => ({
    cand,
    start: cand.start,
    end: cand.end,
    prep: null,
    res: null,
    range: false,
  }));

  // pass 1
  for (const w of work) if (!w.cand.contextual) w.res = w.cand.resolve(ctx);

  // ranges: "from mid-2017 and into 2018"
  for (let i = 0; i + 1 < work.length; i++) {
    const a = work[i]!;
    const b = work[i + 1]!;
    if (a.cand.contextual || b.cand.contextual || !a.res?.date || !b.res?.date) continue;
    if (!/\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, a.start - 10), a.start))) continue;
    if (!RANGE_GAP.test(text.slice(a.end, b.start))) continue;
    let date = a.res.date;
    // "from June to August 2019", "between March 1 and March 5, 2019": the first, year-less,
    // borrows the second's year (the year before when that would put it after the end)
    if (a.cand.month !== undefined && b.cand.month === undefined && /^\d{4}/.test(b.res.date)) {
      let y = Number(b.res.date.slice(0, 4));
      const md = `${String(a.cand.month).padStart(2, '0')}${a.cand.day !== undefined ? `-${String(a.cand.day).padStart(2, '0')}` : ''}`;
      if (md > b.res.date.slice(5, 5 + md.length) && b.res.date.length > 4) y -= 1;
      date = `${y}-${md}`;
      a.type = a.cand.day !== undefined ? 'explicit' : 'month';
    }
    a.res = { ...a.res, date, rangeEnd: b.res.date };
    a.end = b.end;
    a.range = true;
    work = work.filter((x) => x !== b);
  }

  // governing prepositions
  let prevEnd = 0;
  for (const w of work) {
    if (w.cand.prepositional) {
      const m = PREPOSITION.exec(text.slice(Math.max(prevEnd, w.start - 30), w.start));
      if (m) {
        w.prep = m[1]!;
        w.start -= m[0].length;
      }
    }
    prevEnd = w.end;
  }

  // pass 2, in text order; pass-1 results are visible throughout (a later exact date can refine)
  const resolved: TemporalExpression[] = [];
  for (const w of work) {
    const e = w.cand.contextual ? null : toExpression(text, w);
    if (e) resolved.push(e);
  }
  for (const w of work) {
    if (!w.cand.contextual) continue;
    ctx.resolved = resolved;
    w.res = w.cand.resolve(ctx);
    const e = toExpression(text, w);
    if (e) resolved.push(e);
  }
  return resolved.sort((a, b) => a.start - b.start);
}
