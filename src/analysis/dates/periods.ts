/**
 * Fiscal and reporting periods, the vocabulary of business news: quarters ("the second quarter",
 * "third-quarter profit", "the 1997 fourth quarter", "1997's fourth quarter"), halves ("the first
 * half", "the first two quarters of 1998"), fiscal years ("fiscal 1998", "fiscal year 1998") and
 * the periods that refer back to a quarter ("the quarter", "the latest period", "the year-earlier
 * quarter", "the 1997 period", "... from $3 million a year ago").
 *
 * A quarter is written as its year + qualifier Qn (Q1..Q4), a half as its year + H1|H2, a fiscal
 * year as its year + qualifier "fiscal" (a fiscal year need not be the calendar year, so nothing
 * finer is claimed). Decisions:
 * - a quarter named without a year is the latest such quarter that has begun by publication (news
 *   reports results of a quarter once it is over, and speaks of the current one as under way);
 *   in a sentence about the future ("will", "expects") it is the next one that has not ended.
 * - "the quarter", "the latest quarter/period", "the 1997 quarter/period" and the year-earlier
 *   forms take the quarter the text is about (named most often so far, the first on a tie;
 *   comparisons with a year before do not count); "that quarter" the quarter last named. Without
 *   one they are left out (a "period" alone is never an expression).
 * - "a year ago", "a year earlier", "last year" compare with the same quarter a year before when
 *   the sentence (or the one before it) reports a quarter and names no other period (nine months,
 *   a fiscal year); otherwise they keep their ordinary reading.
 */
import { YEAR_RE } from './calendar.ts';
import { re, sentenceAt, type Candidate, type Context, type Resolution, type TemporalExpression } from './candidate.ts';
import { futureContext } from './relative.ts';

const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
const QUARTER_ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';

/** a quarter or half label as the contract writes it */
const QUARTER_LABEL = /\b(Q[1-4]|H[12])\b/;

/** a sentence that announces results to come ("expects", "forecast") speaks of the next quarter */
const EXPECT = /\b(?:expects?|expected|forecasts?|projects?|predicts?|anticipates?|outlook|estimates?)\b/i;

function future(ctx: Context, at: number): boolean {
  if (futureContext(ctx, at)) return true;
  const s = sentenceAt(ctx.sentences, at);
  return s !== undefined && EXPECT.test(ctx.text.slice(s.start, at));
}

/**
 * The year of quarter q named without a year (see the decisions above): the latest one that has
 * begun; in a sentence about the future the earliest one from the quarter just ended on (its
 * results are still to come). null without a publication month.
 */
export function quarterYear(ctx: Context, at: number, q: number): number | null {
  const pub = ctx.published;
  if (!pub || pub.m === undefined) return null;
  const current = pub.y * 4 + Math.floor((pub.m - 1) / 3);
  let k = Math.floor(current / 4) * 4 + (q - 1);
  if (future(ctx, at)) {
    while (k < current - 1) k += 4;
    while (k - 4 >= current - 1) k -= 4;
  } else if (k > current) k -= 4;
  return Math.floor(k / 4);
}

/** expressions that compare with a year before ("the year-ago quarter"): not what "the quarter" means */
const COMPARISON =
  /\byear[-\s](?:ago|earlier|before)\b|\blast\s+year\b|^(?:\p{L}+\s+)?the\s+\d{4}\s+(?:quarter|period)\b/iu;

interface Period {
  y: number;
  label: string;
  e: TemporalExpression;
}

function periodOf(e: TemporalExpression): Period {
  return { y: Number(e.date!.slice(0, 4)), label: QUARTER_LABEL.exec(e.qualifier!)![1]!, e };
}

/** the quarters (or halves) the text named before `at`, comparisons left out, in text order */
function periodsBefore(ctx: Context, at: number): TemporalExpression[] {
  return ctx.resolved
    .filter((e) => e.date && e.end <= at && QUARTER_LABEL.test(e.qualifier ?? '') && !COMPARISON.test(e.text))
    .sort((a, b) => a.start - b.start);
}

/** the quarter last named ("that quarter") */
function lastPeriod(ctx: Context, at: number): Period | null {
  const xs = periodsBefore(ctx, at);
  return xs.length ? periodOf(xs[xs.length - 1]!) : null;
}

/** the quarter the text is about ("the quarter", "the latest period"): the one named most often so far, the first on a tie */
function topicPeriod(ctx: Context, at: number): Period | null {
  const count = new Map<string, number>();
  let best: TemporalExpression | undefined;
  let bestN = 0;
  for (const e of periodsBefore(ctx, at)) {
    const key = `${e.date!.slice(0, 4)} ${QUARTER_LABEL.exec(e.qualifier!)![1]}`;
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    if (n > bestN) {
      best = e;
      bestN = n;
    }
  }
  return best ? periodOf(best) : null;
}

const quarter = (y: number | null, q: number): Resolution => ({
  date: y === null ? null : String(y),
  qualifier: `Q${q}`,
});

// other periods a comparison may be about: then "a year earlier" is not the year-earlier quarter
const OTHER_PERIOD =
  /\b(?:nine|six|three|twelve|12)\s+months\b|\bhalf\b|\b(?:full|whole|fiscal|calendar)[-\s]+year\b|\byear[-\s]+(?:to[-\s]+date|ended|ending)\b|\bannual(?:ly)?\b|\bfor\s+the\s+year\b/i;

/**
 * "... from $3 million a year ago": the quarter last named, a year before, when it was named in
 * this sentence or the one before and no other period comes between.
 */
function yearBeforeQuarter(ctx: Context, at: number): Resolution | null {
  const last = lastPeriod(ctx, at);
  const here = sentenceAt(ctx.sentences, at);
  if (!last || !here) return null;
  // the latest quarter mentioned, comparisons included: a chain of comparisons keeps the quarter
  let near: TemporalExpression = last.e;
  for (const e of ctx.resolved)
    if (e.date && e.end <= at && e.end > near.end && QUARTER_LABEL.test(e.qualifier ?? '')) near = e;
  const nearSentence = sentenceAt(ctx.sentences, near.start);
  if (!nearSentence) return null;
  const sameSentence = nearSentence.start === here.start;
  const previousSentence = !sameSentence && sentenceAt(ctx.sentences, here.start - 1)?.start === nearSentence.start;
  if (!sameSentence && !previousSentence) return null;
  // nothing else dated in between, except the quarter's closing day ("the quarter ended Sept. 30")
  const between = ctx.resolved.filter((e) => e.date && e.start >= near.end && e.end <= at);
  if (between.some((e) => !/\b(?:ended|ending|closed)\s+$/i.test(ctx.text.slice(Math.max(0, e.start - 10), e.start))))
    return null;
  if (OTHER_PERIOD.test(ctx.text.slice(near.end, at))) return null;
  return { date: String(last.y - 1), qualifier: last.label };
}

export function findPeriods(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (
    start: number,
    end: number,
    resolve: (ctx: Context) => Resolution | null,
    contextual = false,
    type: Candidate['type'] = 'vague',
  ): void => {
    out.push({ start, end, type, contextual, prepositional: true, resolve });
  };

  // "the 1997 fourth quarter", "1997's fourth quarter", "the fiscal 1997 fourth quarter"
  for (const m of text.matchAll(
    re(String.raw`\b(?:the\s+)?(?:fiscal\s+)?(${YEAR_RE})(?:['’]s)?\s+(?:fiscal\s+)?${QUARTER_ORDINAL}[-\s]+quarter\b`),
  )) {
    const y = Number(m[1]);
    const q = ORDINAL[m[2]!.toLowerCase()]!;
    push(m.index, m.index + m[0].length, () => quarter(y, q));
  }
  // "this year's third quarter", "next year's first quarter", "last year's fourth quarter"
  for (const m of text.matchAll(
    re(String.raw`\b(this|last|next)\s+year['’]s\s+(?:fiscal\s+)?${QUARTER_ORDINAL}[-\s]+quarter\b`),
  )) {
    const n = { this: 0, last: -1, next: 1 }[m[1]!.toLowerCase() as 'this'];
    const q = ORDINAL[m[2]!.toLowerCase()]!;
    push(
      m.index,
      m.index + m[0].length,
      (ctx) => quarter(ctx.published ? ctx.published.y + n : null, q),
      false,
      'relative',
    );
  }
  // "the second quarter", "its fiscal first quarter", "third-quarter profit", "fiscal second-quarter",
  // "the third quarter of the year"
  // (a year after it, "the third quarter of 1990", is read in vague.ts; the longer match wins)
  for (const m of text.matchAll(
    re(
      String.raw`\b(?:(?:the|its|their)\s+)?(?:fiscal[-\s]+)?${QUARTER_ORDINAL}[-\s]+quarter(?:\s+of\s+the\s+year\b)?(?![-\p{L}])`,
    ),
  )) {
    const q = ORDINAL[m[1]!.toLowerCase()]!;
    const at = m.index;
    push(m.index, m.index + m[0].length, (ctx) => quarter(quarterYear(ctx, at, q), q), false, 'relative');
  }
  // "the current quarter", "this quarter": the quarter holding the publication date
  for (const m of text.matchAll(re(String.raw`\b(?:the\s+current|this)\s+(?:fiscal\s+)?quarter(?![-\p{L}])`))) {
    push(
      m.index,
      m.index + m[0].length,
      (ctx) => {
        const pub = ctx.published;
        return pub && pub.m !== undefined ? quarter(pub.y, Math.ceil(pub.m / 3)) : null;
      },
      false,
      'relative',
    );
  }
  // halves: "the first half of 1998", "the last half of 1998", "the first two quarters of 1998"
  for (const m of text.matchAll(
    re(
      String.raw`\b(?:the\s+)?(first|second|last|latter)\s+(half|two\s+quarters)\s+of\s+(?:(this|last|next)\s+year|(${YEAR_RE}))\b`,
    ),
  )) {
    const h = m[1]!.toLowerCase() === 'first' ? 'H1' : 'H2';
    const rel = m[3]?.toLowerCase();
    const y = m[4] ? Number(m[4]) : null;
    push(
      m.index,
      m.index + m[0].length,
      (ctx) => {
        if (y !== null) return { date: String(y), qualifier: h };
        const pub = ctx.published;
        return { date: pub ? String(pub.y + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)) : null, qualifier: h };
      },
      false,
      y === null ? 'relative' : 'vague',
    );
  }
  // "the first half", "the second half (of the year)" without a year: the latest that has begun
  // (the next one when future)
  for (const m of text.matchAll(
    re(String.raw`\b(?:the\s+)?(first|second)\s+half(?:\s+of\s+the\s+year\b)?(?!\s+of\b)(?![-\p{L}])`),
  )) {
    const h = m[1]!.toLowerCase() === 'first' ? 1 : 2;
    const at = m.index;
    push(
      m.index,
      m.index + m[0].length,
      (ctx) => {
        const pub = ctx.published;
        if (!pub || pub.m === undefined) return null;
        const current = pub.m <= 6 ? 1 : 2;
        const y = future(ctx, at) ? (h >= current ? pub.y : pub.y + 1) : h <= current ? pub.y : pub.y - 1;
        return { date: String(y), qualifier: `H${h}` };
      },
      false,
      'relative',
    );
  }
  // fiscal years: "fiscal 1998", "fiscal year 1998", "the 1998 fiscal year", "FY 1998"
  for (const m of text.matchAll(
    re(String.raw`\b(?:(?:fiscal(?:\s+year)?|FY)\s*(${YEAR_RE})|(?:the\s+)?(${YEAR_RE})\s+fiscal\s+year)\b(?![-/]\d)`),
  )) {
    const y = m[1] ?? m[2]!;
    push(m.index, m.index + m[0].length, () => ({ date: y, qualifier: 'fiscal' }), false, 'year');
  }
  // "the current fiscal year": the publication year, as the gold of business news has it
  for (const m of text.matchAll(re(String.raw`\b(?:the\s+current|this)\s+fiscal\s+year\b`))) {
    push(
      m.index,
      m.index + m[0].length,
      (ctx) => (ctx.published ? { date: String(ctx.published.y), qualifier: 'fiscal' } : null),
      false,
      'relative',
    );
  }

  // --- periods that refer back to a quarter the text named (pass 2) ---
  const anaphoric = (start: number, end: number, which: 'last' | 'topic', resolve: (p: Period) => Resolution): void =>
    push(
      start,
      end,
      (ctx) => {
        const p = which === 'last' ? lastPeriod(ctx, start) : topicPeriod(ctx, start);
        return p ? resolve(p) : null;
      },
      true,
      'anaphora',
    );

  // "that quarter": the quarter last named
  for (const m of text.matchAll(re(String.raw`\b[Tt]hat\s+(?:fiscal\s+)?quarter(?![-\p{L}])`, 'gu'))) {
    anaphoric(m.index, m.index + m[0].length, 'last', (p) => ({ date: String(p.y), qualifier: p.label }));
  }
  // "the quarter", "the latest quarter", "the latest period", "the same quarter": the quarter the text is about
  // (lower case: "the Latin Quarter" is a place)
  for (const m of text.matchAll(
    re(
      String.raw`\b[Tt]he\s+(?:(?:latest|most\s+recent|recent|same|just-ended|just\s+ended)\s+(?:fiscal\s+)?(?:quarter|period)|quarter)(?![-\p{L}])(?!\s+(?:a\s+year|of\b|ago\b|earlier\b|last\s+year))`,
      'gu',
    ),
  )) {
    anaphoric(m.index, m.index + m[0].length, 'topic', (p) => ({ date: String(p.y), qualifier: p.label }));
  }
  // "the 1997 quarter", "the 1997 period": the quarter the text is about, in that year
  for (const m of text.matchAll(re(String.raw`\bthe\s+(${YEAR_RE})\s+(?:quarter|period)(?![-\p{L}])`))) {
    const y = Number(m[1]);
    anaphoric(m.index, m.index + m[0].length, 'topic', (p) => ({ date: String(y), qualifier: p.label }));
  }
  // "the year-earlier quarter", "the comparable year-ago period", "year-earlier profit",
  // "the year-ago third quarter", "the quarter a year ago", "the corresponding period last year",
  // "the same quarter a year earlier", "last year's quarter"
  const YEAR_AGO = String.raw`year[-\s](?:earlier|ago|before)`;
  for (const m of text.matchAll(
    re(
      String.raw`\b(?:(?:the\s+)?(?:(?:same|comparable|corresponding|prior|previous)\s+)?${YEAR_AGO}(?:\s+(?:fiscal\s+)?(?:${QUARTER_ORDINAL}\s+)?(?:quarter|period))?|the\s+(?:same\s+|comparable\s+|corresponding\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|(?:of\s+)?the\s+(?:previous|prior|preceding)\s+year)|last\s+year['’]s\s+(?:quarter|period))(?![-\p{L}])`,
    ),
  )) {
    // "year-earlier" alone must be the adjective (hyphenated), not "a year earlier"
    const written = m[0];
    if (
      !/^(?:the\s+)?(?:(?:same|comparable|corresponding|prior|previous)\s+)?year-/i.test(written) &&
      !/\b(?:quarter|period)\b/i.test(written)
    )
      continue;
    const q = m[1] ? ORDINAL[m[1].toLowerCase()]! : null;
    const at = m.index;
    push(
      m.index,
      m.index + m[0].length,
      (ctx) => {
        if (q !== null) {
          const y = quarterYear(ctx, at, q);
          return y === null ? null : quarter(y - 1, q);
        }
        const p = topicPeriod(ctx, at);
        return p ? { date: String(p.y - 1), qualifier: p.label } : null;
      },
      true,
      'anaphora',
    );
  }
  return out;
}

const YEAR_BEFORE = /^(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|last\s+year)$/i;

/**
 * "a year ago", "a year earlier", "last year" (found by relative.ts and context.ts) become the
 * same quarter a year before in a sentence that reports a quarter's results; elsewhere they
 * resolve as before. They are resolved in pass 2 then, so that the quarter is known.
 */
export function comparedWithYearBefore(text: string, cands: Candidate[]): Candidate[] {
  if (!/quarter/i.test(text)) return cands;
  return cands.map((c) => {
    if (!YEAR_BEFORE.test(text.slice(c.start, c.end))) return c;
    return { ...c, contextual: true, resolve: (ctx: Context) => yearBeforeQuarter(ctx, c.start) ?? c.resolve(ctx) };
  });
}
