/**
 * extractEvents: one dated event per temporal expression with a date, with the clause that
 * states it and a summary of at most 200 characters that never cuts a word.
 */
import type { AnalysisInput } from '../types.ts';
import { sentences, type Sentence, type TextRange } from '../sentences.ts';
import { sentenceAt } from './candidate.ts';
import { findTemporalExpressions, type TemporalExpression } from './expressions.ts';

export interface DatedEvent {
  expression: TemporalExpression;
  /** the clause that states the event (range in input.text) */
  clause: TextRange;
  /** that clause trimmed at clause boundaries, <= 200 chars, never cut mid-word */
  summary: string;
}

export const SUMMARY_MAX = 200;

// strong clause boundaries: ; and : and spaced dashes (an unspaced em dash is usually a parenthesis)
const STRONG = /;\s+|:\s+|\s[—–-]{1,2}\s/g;
// weaker ones, used only to shorten a long clause: commas and unspaced dashes
const WEAK = /,\s+|—|\s\(|\)\s/g;

/** boundaries inside [start, end) as ranges of separator characters */
function cuts(text: string, start: number, end: number, sep: RegExp): TextRange[] {
  const out: TextRange[] = [];
  const chunk = text.slice(start, end);
  for (const m of chunk.matchAll(sep)) out.push({ start: start + m.index, end: start + m.index + m[0].length });
  return out;
}

/** the piece between separators that holds [a, b); a separator inside the expression is ignored */
function pieceAround(text: string, range: TextRange, a: number, b: number, sep: RegExp): TextRange {
  let start = range.start;
  let end = range.end;
  for (const c of cuts(text, range.start, range.end, sep)) {
    if (c.end <= a && c.end > start) start = c.end;
    if (c.start >= b && c.start < end) end = c.start;
  }
  return { start, end };
}

const TRIM_START = /^[\s,;:—–\-)]+/;
const TRIM_END = /[\s,;:—–\-(]+$/;

function trimRange(text: string, r: TextRange): TextRange {
  const s = text.slice(r.start, r.end);
  const lead = s.length - s.replace(TRIM_START, '').length;
  const tail = s.length - s.replace(TRIM_END, '').length;
  return lead + tail >= s.length ? r : { start: r.start + lead, end: r.end - tail };
}

/**
 * Shorten a clause to at most `max` characters around [a, b): first by whole comma-separated
 * pieces, then, for one long piece, at word boundaries.
 */
export function trimAround(text: string, clause: TextRange, a: number, b: number, max = SUMMARY_MAX): TextRange {
  if (clause.end - clause.start <= max) return clause;
  // grow from the piece that holds the expression, one neighbouring piece at a time
  const pieces = cuts(text, clause.start, clause.end, WEAK);
  let cur = trimRange(text, pieceAround(text, clause, a, b, WEAK));
  let grown = true;
  while (grown) {
    grown = false;
    const right = pieces.find((c) => c.start >= cur.end);
    const left = [...pieces].reverse().find((c) => c.end <= cur.start);
    // prefer what follows: the verb of a clause usually comes after its date ("In 2015, X did Y")
    for (const next of [
      right ? { start: cur.start, end: pieces.find((c) => c.start > right.start)?.start ?? clause.end } : null,
      left ? { start: [...pieces].reverse().find((c) => c.end < left.end)?.end ?? clause.start, end: cur.end } : null,
    ]) {
      if (!next) continue;
      const t = trimRange(text, next);
      if (t.end - t.start <= max && (t.start < cur.start || t.end > cur.end)) {
        cur = t;
        grown = true;
        break;
      }
    }
  }
  if (cur.end - cur.start <= max) {
    // the next piece did not fit whole: fill the room with its first words ("Just three weeks
    // ago, the President asserted ...") rather than leave the date alone
    if (cur.end < clause.end && cur.end - cur.start < max / 2) {
      const sp = text.lastIndexOf(' ', cur.start + max);
      if (sp > cur.end) cur = trimRange(text, { start: cur.start, end: sp });
    }
    return cur;
  }
  // one piece still too long: a window of whole words around the expression
  const center = (a + b) >> 1;
  let start = Math.max(cur.start, Math.min(a, center - (max >> 1)));
  let end = Math.min(cur.end, start + max);
  start = Math.max(cur.start, end - max);
  if (start > cur.start) {
    const sp = text.indexOf(' ', start);
    start = sp >= 0 && sp < a ? sp + 1 : Math.min(a, start);
  }
  if (end < cur.end) {
    const sp = text.lastIndexOf(' ', end);
    end = sp > b ? sp : Math.max(b, end);
  }
  return trimRange(text, { start, end });
}

/** `sents`: the text's sentences when the caller has them already (they cost as much as the dates) */
export function extractEvents(input: AnalysisInput, sents: readonly Sentence[] = sentences(input.text)): DatedEvent[] {
  const out: DatedEvent[] = [];
  for (const e of findTemporalExpressions(input, sents)) {
    if (!e.date) continue;
    const s = sentenceAt(sents, e.start);
    const sentence: TextRange = s && s.end >= e.end ? { start: s.start, end: s.end } : { start: e.start, end: e.end };
    let clause = trimRange(input.text, pieceAround(input.text, sentence, e.start, e.end, STRONG));
    // a clause that is little more than the date ("— in late 2017 —") says nothing alone: keep the sentence
    const rest = input.text.slice(clause.start, e.start) + input.text.slice(e.end, clause.end);
    if ((rest.match(/[\p{L}\d]+/gu) ?? []).length < 3) clause = sentence;
    const sum = trimAround(input.text, clause, e.start, e.end);
    out.push({ expression: e, clause, summary: input.text.slice(sum.start, sum.end) });
  }
  return out;
}
