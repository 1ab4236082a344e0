/**
 * Expressions that take their date from another expression, never from the publication date:
 * anaphora ("that December", "by then", "the following year") and offsets from another event
 * ("A few days later", "Two weeks before a deadly attack ... in March", "before the attack").
 * When the anchor cannot be found the expression is left out rather than guessed.
 */
import {
  COUNT_RE,
  after,
  MONTH_RE,
  countRange,
  fmt,
  monthNumber,
  offsetLabel,
  parseIso,
  unitOf,
  type Unit,
} from './calendar.ts';
import type { Sentence } from '../sentences.ts';
import { re, sentenceAt, type Candidate, type Context, type Resolution, type TemporalExpression } from './candidate.ts';
import { EVENT_NOUNS } from './lexicon.ts';
import { futureContext, seasonName } from './relative.ts';

/** a year used as an adjective ("a 2015 ruling") dates a thing, not the narrative */
const adjectival = (e: TemporalExpression): boolean => e.type === 'year' && /^\d/.test(e.text);

/** the closest expression with a date that ends before `at`: the time the narrative is at */
export function previous(ctx: Context, at: number): TemporalExpression | undefined {
  let best: TemporalExpression | undefined;
  for (const e of ctx.resolved) if (e.date && e.end <= at && !adjectival(e) && (!best || e.end > best.end)) best = e;
  return best;
}

const PREP_QUALIFIER: Record<string, string> = {
  by: 'by',
  since: 'since',
  until: 'until',
  till: 'until',
  before: 'before',
  after: 'after',
  following: 'after',
  from: 'since',
  'prior to': 'before',
};

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

/**
 * The date of an earlier event named by a definite noun phrase ("the terrorist attack"): the
 * latest earlier expression whose sentence shares the most words of the phrase, its head noun
 * among them.
 */
/** The words of a sentence, computed once per sentence (every anaphora looks back over all of them). */
const wordsOfSentence = new WeakMap<Sentence, Set<string>>();
function sentenceWords(ctx: Context, s: Sentence): Set<string> {
  let have = wordsOfSentence.get(s);
  if (!have) {
    have = new Set(words(ctx.text.slice(s.start, s.end)));
    wordsOfSentence.set(s, have);
  }
  return have;
}

function corefer(ctx: Context, at: number, phrase: string[], head: string): TemporalExpression | undefined {
  let best: { e: TemporalExpression; score: number } | undefined;
  for (const e of ctx.resolved) {
    if (!e.date || e.end > at) continue;
    const s = sentenceAt(ctx.sentences, e.start);
    if (!s) continue;
    const have = sentenceWords(ctx, s);
    if (!have.has(head)) continue;
    const score = phrase.filter((w) => have.has(w)).length + (e.type === 'offset' ? -0.5 : 0);
    if (!best || score >= best.score) best = { e, score };
  }
  return best?.e;
}

/**
 * A date given roughly in one place is often given exactly in another ("in March" ... "the
 * attack ... on March 22"): prefer the more precise date whose sentence names the same event.
 */
function refine(ctx: Context, anchor: TemporalExpression, eventWords: string[]): string {
  const date = anchor.date!;
  if (date.length === 10 || !eventWords.length) return date;
  for (const e of ctx.resolved) {
    if (!e.date || e.date.length <= date.length || !e.date.startsWith(date) || e.type === 'offset') continue;
    const s = sentenceAt(ctx.sentences, e.start);
    if (!s) continue;
    const have = sentenceWords(ctx, s);
    if (eventWords.some((w) => have.has(w))) return e.date;
  }
  return date;
}

const eventNouns = (ws: string[]): string[] => ws.filter((w) => EVENT_NOUNS.has(w));

/**
 * The anchor of "X before/after ...": "that"/"then" is the previous expression; a date later in
 * the same clause is the anchor ("two weeks before an attack ... in March"); else a definite
 * event noun refers back ("days after the summit").
 */
function anchorAfter(ctx: Context, end: number): { date: string } | null {
  const rest = ctx.text.slice(end, end + 200);
  if (/^\s+(?:that|then|this)\b/i.test(rest)) {
    const p = previous(ctx, end);
    return p?.date ? { date: p.date } : null;
  }
  const clauseEnd = rest.search(/[;:.!?](?:\s|$)|\n/);
  const clause = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
  const inClause = ctx.resolved
    .filter((e) => e.date && e.start >= end && e.end <= end + clause.length && e.type !== 'offset')
    .sort((a, b) => a.start - b.start)[0];
  if (inClause) {
    const between = words(ctx.text.slice(end, inClause.start));
    return { date: refine(ctx, inClause, eventNouns(between)) };
  }
  const np = /^\s+(?:the|this|that)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\b/iu.exec(rest);
  if (!np) return null;
  const ws = words(np[1]!);
  const nouns = eventNouns(ws);
  const head = nouns[nouns.length - 1];
  if (!head) return null;
  const e = corefer(ctx, end, ws, head);
  return e?.date ? { date: refine(ctx, e, [head]) } : null;
}

// the sentence speaks of the article's own present: "now employs", "is", "has grown", "this year"
const PRESENT =
  /\b(?:now|currently|today|these\s+days|this\s+year|at\s+present|is|are|has|have|employs|remains?|stands?)\b/i;
const PAST = /\b(?:was|were|had|did|\w+ed)\b/i;

/**
 * The time "a year earlier", "two months later" count from: the previous dated expression when
 * it is in this sentence or the one before; else, when the sentence before speaks of the
 * present ("The mill now employs 80. A year earlier ..."), the publication date; else the
 * previous expression, however far back.
 */
function narrativeAnchor(ctx: Context, start: number): string | null {
  const p = previous(ctx, start);
  const cur = sentenceAt(ctx.sentences, start);
  const before = cur ? sentenceAt(ctx.sentences, cur.start - 1) : undefined;
  const near = before && before !== cur ? before.start : (cur?.start ?? 0);
  if (p?.date && p.start >= near) return p.date;
  const pub = ctx.published;
  if (pub && before && before !== cur) {
    const said = ctx.text.slice(before.start, before.end);
    if (
      PRESENT.test(said) &&
      !PAST.test(
        said.replace(
          /\b(?:need|speed|feed|seed|bed|red|hundred|shed|breed|indeed|united|limited|based|listed|related|ed)\b/gi,
          '',
        ),
      )
    )
      return fmt(pub.y, pub.m, pub.d);
  }
  return p?.date ?? null;
}

export function findContextual(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (
    start: number,
    end: number,
    type: Candidate['type'],
    resolve: (ctx: Context) => Resolution | null,
    prepositional = false,
  ): void => {
    out.push({ start, end, type, contextual: true, prepositional, resolve });
  };

  // "that December", "later that year", "that spring", "earlier in the day", "later that night"
  for (const m of text.matchAll(
    re(
      String.raw`\b(?:(later|earlier)\s+)?(?:that|(?<=(?:later|earlier)\s+)in\s+the)\s+(${MONTH_RE}|year|month|spring|summer|fall|autumn|winter|day|week|morning|afternoon|evening|night)\b(?!-)`,
    ),
  )) {
    const what0 = m[2]!.toLowerCase();
    // a part of a day is that day
    const what = /^(?:morning|afternoon|evening|night)$/.test(what0) ? 'day' : what0;
    // "said that night fell": a conjunction, not a demonstrative
    if (
      what !== what0 &&
      !m[1] &&
      /\b(?:say|says|said|saying|told|announced|reported|noted|added|warned|believed?|thinks?|thought|knew|knows?|hoped?|feared?)\s+$/i.test(
        text.slice(Math.max(0, m.index - 12), m.index),
      )
    )
      continue;
    const month = monthNumber(what);
    const part = m[1] ? (m[1].toLowerCase() === 'later' ? 'late' : 'early') : null;
    // "that may", "that march" are verbs; months must be capitalised
    if (month !== undefined && !/^\p{Lu}/u.test(m[2]!) && what !== 'year') continue;
    const at = m.index;
    push(
      m.index,
      m.index + m[0].length,
      'anaphora',
      (ctx) => {
        const p = parseIso(previous(ctx, at)?.date);
        if (!p) return null;
        if (month !== undefined) return { date: fmt(p.y, month), qualifier: part };
        if (what === 'year') return { date: String(p.y), qualifier: part };
        if (what === 'month') return p.m === undefined ? null : { date: fmt(p.y, p.m), qualifier: part };
        if (what === 'day') return p.d === undefined ? null : { date: fmt(p.y, p.m, p.d), qualifier: part };
        if (what === 'week') return p.d === undefined ? null : { date: fmt(p.y, p.m), qualifier: part };
        return { date: String(p.y), qualifier: seasonName(what) };
      },
      true,
    );
  }
  // "the same day", "the following year", "the previous month"; not "over the next year" (a duration)
  for (const m of text.matchAll(
    re(
      String.raw`(?<!\b(?:over|for|within|during|in)\s)\bthe\s+(same|following|next|previous|preceding|prior)\s+(day|week|month|year)\b`,
    ),
  )) {
    const which = m[1]!.toLowerCase();
    const unit = unitOf(m[2]!) as Unit;
    const sign = which === 'same' ? 0 : ['following', 'next'].includes(which) ? 1 : -1;
    const at = m.index;
    push(
      m.index,
      m.index + m[0].length,
      sign === 0 ? 'anaphora' : 'offset',
      (ctx) => {
        const p = parseIso(previous(ctx, at)?.date);
        if (!p) return null;
        if (sign === 0) return { date: fmt(p.y, unit === 'year' ? undefined : p.m, unit === 'day' ? p.d : undefined) };
        // precision of the answer: that of the unit, not finer than the anchor
        const r = offsetLabel(p, [1, 1], unit, sign);
        return {
          date: unit === 'year' ? r.date.slice(0, 4) : unit === 'month' ? r.date.slice(0, 7) : r.date,
          qualifier: null,
        };
      },
      true,
    );
  }
  // "by then", "since then", "until that time"
  for (const m of text.matchAll(
    re(String.raw`\b(by|since|until|till|before|after|from)\s+(?:then(?!-)|that\s+time|that\s+point)\b`),
  )) {
    // "by then-Deputy Director X": "then-" makes a former title, not a time
    const q = PREP_QUALIFIER[m[1]!.toLowerCase()] ?? null;
    const at = m.index;
    push(m.index, m.index + m[0].length, 'anaphora', (ctx) => {
      const p = previous(ctx, at);
      return p?.date ? { date: p.date, qualifier: q } : null;
    });
  }
  // offsets: "A few days later", "two weeks before ...", "a year after that", "the day after ..."
  for (const m of text.matchAll(
    re(
      String.raw`\b(?:(${COUNT_RE})\s+(day|week|month|year|decade)s?|the\s+(day|week|month|year))\s+(later|earlier|afterwards?|on(?=\s*[,.;]|\s+from\b)|before|after|prior\s+to)\b`,
    ),
  )) {
    // "for a few years after ..." is a duration; the anchor after it stands alone
    if (/\b(?:for|over|within|during|in)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const count = m[1] ? countRange(m[1]) : ([1, 1] as [number, number]);
    const unit = unitOf(m[2] ?? m[3]!);
    if (!count || !unit) continue;
    const rel = m[4]!.toLowerCase().replace(/\s+/g, ' ');
    const sign: 1 | -1 = rel === 'earlier' || rel === 'before' || rel === 'prior to' ? -1 : 1;
    const start = m.index;
    const end = m.index + m[0].length;
    const thatTail = /^\s+(?:that|then)\b/i.exec(text.slice(end, end + 10));
    push(start, end + (thatTail ? thatTail[0].length : 0), 'offset', (ctx) => {
      let anchor: string | null;
      if (rel === 'before' || rel === 'after' || rel === 'prior to') anchor = anchorAfter(ctx, end)?.date ?? null;
      else anchor = narrativeAnchor(ctx, start);
      const p = parseIso(anchor);
      if (!p) return null;
      const r = offsetLabel(p, count, unit, sign);
      // a narrative offset that lands after publication is a misread anchor, not news from the future
      const d = parseIso(r.date);
      if (d && ctx.published && after(d, ctx.published) && !futureContext(ctx, start)) return null;
      return r;
    });
  }
  // "before the attack", "since the election": a definite event noun refers back to a dated event
  for (const m of text.matchAll(
    re(String.raw`\b(before|after|since|following|until|prior\s+to)\s+the\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)`),
  )) {
    // the noun phrase ends at its first event noun: "the terrorist attack" in "the terrorist attack commenting"
    const base = m.index + m[0].length - m[2]!.length;
    const tokens = [...m[2]!.matchAll(/[\p{L}\d]+/gu)];
    const k = tokens.findIndex((t) => EVENT_NOUNS.has(t[0].toLowerCase()));
    if (k < 0) continue;
    const np = tokens.slice(0, k + 1).map((t) => t[0].toLowerCase());
    const head = np[k]!;
    const npEnd = base + tokens[k]!.index + tokens[k]![0].length;
    // "after the attack on Pearl Harbor", "after the election of ...": the noun is completed later; skip
    if (/^\s+(?:of|on|in)\s+\p{Lu}/u.test(text.slice(npEnd, npEnd + 6))) continue;
    const q = PREP_QUALIFIER[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
    const at = m.index;
    push(m.index, npEnd, 'anaphora', (ctx) => {
      const e = corefer(ctx, at, np, head);
      return e?.date ? { date: refine(ctx, e, [head]), qualifier: q } : null;
    });
  }
  return out;
}
