/**
 * Reported speech of one document: "Lee said the plan would fail" → the statement "the plan would
 * fail", cue "said", speaker Lee. Pure: the document as the quote rules read it (its quotes already
 * recorded, so that a pronoun continues the last speaker) in; statements out, in text order.
 *
 * At every cue of a sentence (a reporting verb outside quotes, "according to") the rules of
 * statement-rules.ts are tried in order; the first clause found is then kept only if
 *   1. the speech happened: no negation or modal before the verb ("did not say", "would say",
 *      "declined to say") and no "if"/"unless" before its subject;
 *   2. it is not a quotation: the clause does not open with a quotation mark, and at most half of it
 *      is quoted (quoted words inside stay quote records of their own);
 *   3. it has words: two or more.
 * The speaker is resolved as for quotes (QuoteDocument.toSpeaker): he/she to the person meant, "the
 * senator" to the last so titled, descriptions kept as descriptions.
 */
import type { Attribution, Speaker } from '../quotes/attribution.ts';
import type { QuoteDocument } from '../quotes/quote-document.ts';
import type { TextRange } from '../sentences.ts';
import { tokenAt } from '../tokens.ts';
import { isReportingAt } from './clause.ts';
import { HYPOTHETICAL, NOT_SAID, NOT_YET_SAID } from './cues.ts';
import { STATEMENT_RULES, type FoundStatement, type StatementRuleName } from './statement-rules.ts';

export type { StatementRuleName } from './statement-rules.ts';

export interface ExtractedStatement {
  /** from the first to the last reported character (analysis offsets) */
  start: number;
  end: number;
  /** the reported words: one range, or two around an attribution inside the clause */
  parts: TextRange[];
  cue: TextRange;
  speaker: Speaker | null;
  attribution: Attribution;
  rule: StatementRuleName;
  sentence: TextRange;
}

export function extractStatements(d: QuoteDocument): ExtractedStatement[] {
  const out: ExtractedStatement[] = [];
  const seen = new Set<string>();
  const { tokens } = d;
  for (const s of d.sentences) {
    for (let i = tokenAt(tokens, s.start); i < tokens.length && tokens[i]!.start < s.end; i++) {
      // a question reports nothing ("Who says you can't have it all?")
      if (!isCue(d, i) || /\?["”’']?$/.test(d.text.slice(s.start, s.end))) continue;
      const found = firstFound(d, i, s);
      if (!found || !happened(d, found) || isQuotation(d, found.parts) || wordsIn(d, found.parts) < 2) continue;
      const key = found.parts.map((p) => `${p.start}-${p.end}`).join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      const resolved = d.toSpeaker(found.np, found.at);
      out.push({
        start: found.parts[0]!.start,
        end: found.parts.at(-1)!.end,
        parts: found.parts,
        cue: found.cue,
        speaker: resolved?.speaker ?? null,
        attribution: resolved?.attribution ?? 'none',
        rule: found.rule,
        sentence: { start: s.start, end: s.end },
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

const isCue = (d: QuoteDocument, i: number): boolean =>
  /^according$/i.test(d.tokens[i]!.text) ||
  isReportingAt(d, i) ||
  /^(?:Says|Tells|Claims|Warns|Urges|Vows|Announces|Admits|Denies|Insists|Reveals|Predicts|Promises)$/.test(
    d.tokens[i]!.text,
  );

function firstFound(d: QuoteDocument, cue: number, sentence: TextRange & { paragraph: number }): FoundStatement | null {
  for (const rule of STATEMENT_RULES) {
    const found = rule(d, { cue, sentence });
    if (found) return found;
  }
  return null;
}

/** No negation, modal or "declined to" before the verb; no "if"/"unless" before its subject. */
function happened(d: QuoteDocument, found: FoundStatement): boolean {
  if (found.verb === null) return true;
  const { tokens } = d;
  for (let k = found.verb - 1; k >= 0 && found.verb - k <= 3; k--) {
    const w = tokens[k]!.text.replace(/’/g, "'");
    // (a capitalised "May" or "Will" is a name, not a modal)
    if (NOT_SAID.test(w) && !/^\p{Lu}/u.test(w)) return false;
    // "declined to say", "is expected to say", "To suggest that …" (but "continues to insist" reports)
    if (/^to$/i.test(w))
      return !!tokens[k - 1] && !NOT_YET_SAID.test(tokens[k - 1]!.text) && !/^[.:;?!]$/.test(tokens[k - 1]!.text);
    if (!/^(?:did|does|do|has|have|had|will|also|long|ever|yet|\p{Ll}+ly)$/iu.test(w)) break;
  }
  // "when asked whether …": the one asked answers; who asked is not said
  if (
    /^ask/i.test(tokens[found.verb]!.text) &&
    /^(?:when|if|after|before|once|as|while)$/i.test(tokens[found.verb - 1]?.text ?? '')
  )
    return false;
  const subject = found.np && 'start' in found.np ? tokenAt(tokens, found.np.start) : found.verb;
  for (let k = subject - 1; k >= 0 && subject - k <= 2; k--) if (HYPOTHETICAL.test(tokens[k]!.text)) return false;
  // "And if one adds …": "if" opening the verb's own clause, whatever its subject
  for (let k = found.verb - 1; k >= 0 && found.verb - k <= 6; k--) {
    if (/^[,;:.!?“”"]$/.test(tokens[k]!.text)) break;
    if (/^(?:if|unless)$/i.test(tokens[k]!.text)) return false;
  }
  return true;
}

/** The clause opens with a quotation mark, or more than half of its characters are quoted. */
function isQuotation(d: QuoteDocument, parts: readonly TextRange[]): boolean {
  const first = parts[0]!;
  if (/^[“"‘'`«]/.test(d.text.slice(first.start, first.start + 1)) || d.inQuote(first.start)) return true;
  let quoted = 0;
  let all = 0;
  for (const p of parts) {
    all += p.end - p.start;
    // spans are in text order: from the last one opening before the part's end, back while they reach it
    let lo = 0;
    let hi = d.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (d.spans[mid]!.start - 1 < p.end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const q = d.spans[k]!;
      if (q.nestedIn !== null) continue;
      if (q.end + 1 <= p.start) break; // (outer spans do not overlap: none earlier reaches the part)
      quoted += Math.max(0, Math.min(p.end, q.end + 1) - Math.max(p.start, q.start - 1));
    }
  }
  return quoted * 2 > all;
}

function wordsIn(d: QuoteDocument, parts: readonly TextRange[]): number {
  let n = 0;
  for (const p of parts)
    n += d.text
      .slice(p.start, p.end)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return n;
}
