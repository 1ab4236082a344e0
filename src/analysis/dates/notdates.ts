/**
 * Text that holds a date-like word without stating when anything happened: lists of headlines
 * (the "related stories" links a page carries), markdown link text, and hypotheticals ("if he
 * ran today, he would lose"). Candidates there are dropped before they compete (expressions.ts).
 */
import type { Candidate } from './candidate.ts';

/** a headline: a short line in title case with no sentence punctuation at its end */
function headlineLike(line: string): boolean {
  const t = line.trim().replace(/^(?:[-*•·]|\d{1,2}[.)])\s+/, '');
  if (!t || /[.!?:;,"”’)]$/.test(t)) return false;
  const words = t.match(/[\p{L}\d][\p{L}\d'’.-]*/gu) ?? [];
  if (words.length < 2 || words.length > 14) return false;
  const content = words.filter((w) => w.length > 3 && /\p{L}/u.test(w));
  if (content.length < 2) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.7;
}

/** ranges of the text that are lists of headlines: two or more headline lines in a row */
export function headlineLists(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let run: { start: number; end: number }[] = [];
  const flush = (): void => {
    if (run.length >= 2) out.push(...run);
    run = [];
  };
  for (const m of text.matchAll(/[^\n]+/g)) {
    if (!m[0].trim()) continue;
    if (headlineLike(m[0])) run.push({ start: m.index, end: m.index + m[0].length });
    else flush();
  }
  flush();
  return out;
}

/** markdown link texts: "[Storm of 1993 recalled](https://…)" */
export function linkTexts(text: string): { start: number; end: number }[] {
  return [...text.matchAll(/\[([^\]\n]{1,300})\]\([^)\s]+\)/g)].map((m) => ({
    start: m.index + 1,
    end: m.index + 1 + m[1]!.length,
  }));
}

const CONDITION = /\b(?:if|unless|suppose|supposing|imagine)\b(?![^,;]*[,;])/i;
const CONDITIONAL = /\b(?:would|could|might)\b|\w['’]d\b/i;

/**
 * "today", "tomorrow" inside a condition of a hypothetical ("If the vote were held today, the
 * bill would fail"): no day on which anything happened.
 */
export function hypothetical(
  text: string,
  c: Candidate,
  sentence: { start: number; end: number } | undefined,
): boolean {
  if (!/^(?:today|tonight|tomorrow)$/i.test(text.slice(c.start, c.end))) return false;
  if (!sentence) return false;
  const before = text.slice(sentence.start, c.start);
  return CONDITION.test(before) && CONDITIONAL.test(text.slice(sentence.start, sentence.end));
}
