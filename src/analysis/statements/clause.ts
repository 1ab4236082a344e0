/**
 * Where a reported clause starts and ends, by the tokens around a reporting verb: past the addressee
 * ("told reporters"), the setting ("in a statement on Monday") and "that"; up to the end of the
 * sentence, a semicolon, or the comma before the next attribution ("…, Kim said", "…, according to").
 */
import { MONTHS, WEEKDAYS } from '../people/lexicon.ts';
import { isCapitalised } from '../people/mentions.ts';
import type { QuoteDocument } from '../quotes/quote-document.ts';
import type { TextRange } from '../sentences.ts';
import { isPossessive, tokenAt } from '../tokens.ts';
import {
  ADDRESSEE_VERB,
  AUDIENCE,
  FINITE,
  INFINITIVE_VERB,
  QUESTION_VERB,
  QUESTION_WORD,
  SETTING_WORD,
  SUBJECT_PRONOUN,
  isReportingVerb,
} from './cues.ts';

/** A clause after its cue: where the clause's words start (token index) and where the cue's words end (offset). */
export interface ClauseStart {
  token: number;
  cueEnd: number;
  /** the clause is introduced ("that", a colon, a question word, "to"), so it needs no verb of its own */
  introduced: boolean;
}

const DETERMINER = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|some|any|no|every|each)$/i;
const NOT_A_CLAUSE_START =
  /^(?:in|on|at|for|with|by|of|from|and|but|or|nor|so|as|about|to|into|onto|than|too|very|nothing|something|anything|little|much|more|goodbye|hello|thanks|yes|no|sorry|so)$/i;
const QUOTE_MARK = /^[“”"‘’'`«»]$/;
const isTimeWord = (w: string): boolean =>
  WEEKDAYS.has(w.toLowerCase()) ||
  /^(?:today|yesterday|tonight|recently|earlier|later|again|also|repeatedly|publicly|privately|previously)$/i.test(w);

/** The end (token index, exclusive) of the one spoken to after an addressee verb, or k when none stands there. */
function addresseeEnd(d: QuoteDocument, k: number, limit: number): number {
  const { tokens } = d;
  const t = tokens[k];
  if (!t || t.start >= limit) return k;
  if (AUDIENCE.test(t.text) && !isCapitalised(t)) return k + 1;
  // "told the Daily Herald", "told CNN's Ann Lee", "told a rally audience", "told the crowd"
  let j = k;
  if (/^(?:the|a|an)$/i.test(tokens[j]?.text ?? '')) j++;
  if (tokens[j] && isCapitalised(tokens[j]!)) {
    while (tokens[j] && tokens[j]!.start < limit && (isCapitalised(tokens[j]!) || isPossessive(tokens[j]!.text))) j++;
    return j;
  }
  for (let e = j; e < j + 4 && tokens[e] && tokens[e]!.start < limit; e++) {
    if (!tokens[e]!.word) break;
    if (AUDIENCE.test(tokens[e]!.text)) return e + 1;
  }
  return k;
}

/** "in a statement on Monday that", "Thursday that", "on Fox News, that": the setting up to "that" (its index), or -1. */
function settingThenThat(d: QuoteDocument, k: number, limit: number): number {
  const { tokens } = d;
  const first = tokens[k];
  if (!first || !(SETTING_WORD.test(first.text) || isTimeWord(first.text) || MONTHS.has(first.folded))) return -1;
  for (let j = k + 1; j < k + 14 && tokens[j] && tokens[j]!.start < limit; j++) {
    const w = tokens[j]!.text;
    if (/^that$/i.test(w)) return j;
    if (/^[.;:!?“”"]$/.test(w) || d.at.isVerb(j, isReportingVerb) || FINITE.test(w)) return -1;
  }
  return -1;
}

/**
 * Where what the reporting verb at token v reports starts: "said (that) …", "told reporters (that) …",
 * "said in a statement on Monday that …", "asked whether …", "vowed to …". Null when the verb reports
 * no clause here (an object: "announced his candidacy"; a direct quote; "said to be").
 */
export function clauseAfterVerb(d: QuoteDocument, v: number, limit: number): ClauseStart | null {
  const { tokens } = d;
  const verb = tokens[v]!;
  let k = v + 1;
  let cueEnd = verb.end;
  const at = (i: number): string => (tokens[i] && tokens[i].start < limit ? tokens[i].text : '');
  // "…, said Lee, …" / "“…,” said Lee": the name after the verb is its subject, not what was said
  if (/^[,“”"']$/.test(tokens[v - 1]?.text ?? '') && d.at.invertsSubject(v) && d.at.npStartingAt(k)) return null;
  // "pointed out that", "fired back that"
  if (/^(?:out|back)$/i.test(at(k))) cueEnd = tokens[k++]!.end;
  if (ADDRESSEE_VERB.test(verb.text)) {
    const a = addresseeEnd(d, k, limit);
    if (a > k) cueEnd = tokens[(k = a) - 1]!.end;
  }
  const that = settingThenThat(d, k, limit);
  if (that >= 0) return { token: that + 1, cueEnd: tokens[that - 1]!.end, introduced: true };
  // "said Thursday the plan …": a time word alone
  while (isTimeWord(at(k)) && !/^that$/i.test(at(k + 1))) cueEnd = tokens[k++]!.end;
  const w = at(k);
  if (/^that$/i.test(w)) return QUOTE_MARK.test(at(k + 1)) ? null : { token: k + 1, cueEnd, introduced: true };
  if (w === ':') return QUOTE_MARK.test(at(k + 1)) || !at(k + 1) ? null : { token: k + 1, cueEnd, introduced: true };
  if (w === ',' && /^that$/i.test(at(k + 1))) return { token: k + 2, cueEnd, introduced: true };
  if (/^to$/i.test(w)) return INFINITIVE_VERB.test(verb.text) ? { token: k, cueEnd, introduced: true } : null;
  if (QUESTION_WORD.test(w) && (QUESTION_VERB.test(verb.text) || /^(?:whether)$/i.test(w)))
    return { token: k, cueEnd, introduced: true };
  if (!w || QUOTE_MARK.test(w) || !tokens[k]!.word) return null;
  return looksLikeClause(d, k, limit) ? { token: k, cueEnd, introduced: false } : null;
}

/** The words from token k hold a subject and a finite verb ("the plan would fail"), not only a noun phrase. */
export function looksLikeClause(d: QuoteDocument, k: number, limit: number): boolean {
  const { tokens } = d;
  const first = tokens[k];
  if (!first || NOT_A_CLAUSE_START.test(first.text)) return false;
  if (SUBJECT_PRONOUN.test(first.text)) return true;
  for (let j = k + 1; j < k + 14 && tokens[j] && tokens[j]!.start < limit; j++) {
    const t = tokens[j]!;
    if (/^[.;:!?]$/.test(t.text)) return false;
    if (!t.word) continue;
    if (FINITE.test(t.text) || /n't$/i.test(t.text) || /^\p{L}+['’](?:s|re|ll|d|ve)$/u.test(t.text)) return true;
    // "the plan failed": a past form after a noun, not after a determiner ("the proposed cuts")
    if (/\p{Ll}ed$/u.test(t.text) && !DETERMINER.test(tokens[j - 1]!.text) && tokens[j - 1]!.word) return true;
  }
  return false;
}

/** The end of a reported clause that starts at `start` (offset) in sentence `s`: see the module comment. */
export function clauseEnd(d: QuoteDocument, start: number, s: TextRange): number {
  const { tokens, at } = d;
  const first = tokenAt(tokens, start);
  for (let j = first + 1; j < tokens.length && tokens[j]!.start < s.end; j++) {
    const t = tokens[j]!;
    if (t.text === ';' && !d.inQuote(t.start)) return t.start;
    if (t.text !== ',' || d.inQuote(t.start)) continue;
    const next = tokens[j + 1]?.text ?? '';
    // "…, according to X" · "…, adding …" · "…, said X" · "…, Kim said" · "…, and Kim told …"
    if (/^according$/i.test(next) && /^to$/i.test(tokens[j + 2]?.text ?? '')) return t.start;
    if (at.isVerb(j + 1, isReportingVerb)) return t.start;
    for (let v = j + 2; v < j + 8 && tokens[v] && tokens[v]!.start < s.end; v++) {
      if (/^[,;]$/.test(tokens[v]!.text)) break;
      if (!at.isVerb(v, isReportingVerb)) continue;
      const np = at.subjectOf(v, tokens[j + 1]!.start);
      if (np && typeof np.speaker === 'object' && np.start <= tokens[j + 2]!.start) return t.start;
      if (np && typeof np.speaker === 'string' && np.start <= tokens[j + 2]!.start) return t.start;
      break;
    }
  }
  return s.end;
}
