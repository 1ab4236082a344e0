/**
 * Where a reported clause starts and ends, by the tokens around a reporting verb: past the addressee
 * ("told reporters"), the setting ("in a statement on Monday") and "that"; up to the end of the
 * sentence, a semicolon, or the comma before the next attribution ("…, Kim said", "…, according to").
 */
import { MONTHS, STOP_WORDS, WEEKDAYS } from '../people/lexicon.ts';
import { isCapitalised } from '../people/mentions.ts';
import type { QuoteDocument } from '../quotes/quote-document.ts';
import type { TextRange } from '../sentences.ts';
import { isPossessive, tokenAt, type Token } from '../tokens.ts';
import {
  ADDRESSEE_VERB,
  CUE_LEAD,
  AUDIENCE,
  FINITE,
  WEAK_FINITE,
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
/** Words that open no reported clause: prepositions, conjunctions, subordinators, bare objects ("nothing"). */
export const NOT_A_CLAUSE_START =
  /^(?:in|on|at|for|with|by|of|from|and|but|or|nor|so|as|about|to|into|onto|than|too|very|nothing|something|anything|little|much|more|goodbye|hello|thanks|yes|no|sorry|when|while|where|because|although|though|after|before|since|until|unless|once|during|despite|amid|among|between|through|throughout|over|under|against|toward|towards|without|within|upon|like|unlike|following|including|instead|rather|also|even|just|only|here|there’s|whose)$/i;
const REQUEST_VERB =
  /^(?:urge|urges|urged|urging|ask|asks|asked|asking|warn|warns|warned|warning|implore[sd]?|imploring)$/i;
const SUBORDINATOR =
  /^(?:after|before|when|while|since|although|though|because|by|despite|upon|once|until|if|unless)$/i;
// after a comma, words that open the writer's addition to what was said
const TRAILING_CLAUSE =
  /^(?:which|where|while|whereas|but|compared|based|putting|double|when|whom|whose|even|so|including|despite|leaving|making|giving|sending|prompting|citing|as)$/i;
const DASH = /^[—–]$|^--?$/;
const ASIDE = /^(?:a|an|the|which|who|including)$/i;
const PREPOSITION = /^(?:of|for|with|about|from|at|by|in|on|to|into|over|under|against|between|among)$/i;
const QUOTE_MARK = /^[“”"‘’'`«»]$/;
const isTimeWord = (w: string): boolean =>
  WEEKDAYS.has(w.toLowerCase()) ||
  /^(?:today|yesterday|tonight|recently|earlier|later|again|also|repeatedly|publicly|privately|previously)$/i.test(w);

/**
 * Token i is a reporting verb as the quote rules read speech verbs, or a past form after a number
 * ("nine in 10 said", where the quote rules take "a July 8 report" for a noun).
 */
export function isReportingAt(d: QuoteDocument, i: number): boolean {
  const t = d.tokens[i];
  // (most tokens are no reporting word: that is decided once per word form)
  if (!t?.word || !isReportingWord(t)) return false;
  // "the most telling promise", "it is worth noting", "in pledged delegates": an adjective or an aside
  if (/^(?:most|more|less|least|very|so|too|worth|in|of|for|with|by|from|on|at)$/i.test(d.tokens[i - 1]?.text ?? ''))
    return false;
  if (d.at.isVerb(i, ANY_WORD)) return !NOUN_LIKE.test(t.text) || subjectEndsAt(d, i - 1);
  return (
    /^\d/.test(d.tokens[i - 1]?.text ?? '') &&
    /^(?:said|told|wrote|say|says|reported|estimated)$/.test(t.text) &&
    !d.inQuote(t.start)
  );
}

const ANY_WORD = (): boolean => true;
const reporting = new Map<string, boolean>();

/** isReportingVerb for a token, remembered by its text (a capitalised word is never a reporting verb here). */
function isReportingWord(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 97 || c > 122) return false; // (reporting verbs start with a lower-case ASCII letter)
  let r = reporting.get(t.text);
  if (r === undefined) {
    r = isReportingVerb(t.text);
    if (reporting.size > 50_000) reporting.clear();
    reporting.set(t.text, r);
  }
  return r;
}

// reporting verbs that are as often nouns ("a forceful promise to …", "the most telling claim")
const NOUN_LIKE =
  /^(?:promise|promises|vow|vows|pledge|pledges|claim|claims|warning|reports|notes|comments|statement)$/i;

/** Token k can end the subject of a verb after it: a pronoun, a name, a plural noun, "who", an adverb of the cue. */
function subjectEndsAt(d: QuoteDocument, k: number): boolean {
  const t = d.tokens[k];
  if (!t) return false;
  return (
    SUBJECT_PRONOUN.test(t.text) ||
    /^(?:who|that|which|also|often|repeatedly|now|still|then|and)$/i.test(t.text) ||
    CUE_LEAD.test(t.text) ||
    (t.word && isCapitalised(t)) ||
    /^\p{Ll}{3,}s$/u.test(t.text)
  );
}

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
    // ("pledged to stay through that contest": "that" must open a clause)
    if (/^that$/i.test(w)) return looksLikeClause(d, j + 1, limit, true) ? j : -1;
    if (/^[.;:!?“”"]$/.test(w) || isReportingAt(d, j) || FINITE.test(w)) return -1;
  }
  return -1;
}

/**
 * Where what the reporting verb at token v reports starts: "said (that) …", "told reporters (that) …",
 * "said in a statement on Monday that …", "asked whether …", "vowed to …". Null when the verb reports
 * no clause here (an object: "announced his candidacy"; a direct quote; "said to be").
 */
export function clauseAfterVerb(d: QuoteDocument, v: number, limit: number, sentenceStart: number): ClauseStart | null {
  const { tokens } = d;
  const verb = tokens[v]!;
  let k = v + 1;
  let cueEnd = verb.end;
  const at = (i: number): string => (tokens[i] && tokens[i].start < limit ? tokens[i].text : '');
  // "…, said Lee, …" / "“…,” said Lee": the name after the verb is its subject, not what was said
  const named = /ing$/i.test(verb.text) ? null : d.at.npStartingAt(k);
  // ("Cruz, who says …, said GOP voters …": a verb with its subject before it is not inverted)
  if (
    named &&
    typeof named.speaker === 'object' &&
    /^[,“”"']$/.test(tokens[v - 1]?.text ?? '') &&
    d.at.invertsSubject(v) &&
    !d.at.subjectOf(v, sentenceStart) &&
    // ("…, said Lee was wrong": a name followed by its verb is the clause's subject)
    !isVerbAt(tokens[named.endIndex + 1]?.text ?? '')
  )
    return null;
  // "pointed out that", "fired back that"
  if (/^(?:out|back)$/i.test(at(k))) cueEnd = tokens[k++]!.end;
  // "urged Congress to act", "asked him not to run": a request, reported with the one asked
  if (REQUEST_VERB.test(verb.text)) {
    for (let r = k + 1; r < k + 7 && tokens[r]?.word && tokens[r]!.start < limit; r++) {
      if (/^to$/i.test(tokens[r]!.text)) return { token: k, cueEnd, introduced: true };
      if (!/^not$/i.test(tokens[r]!.text) && (isAuxiliary(tokens[r]!.text) || STOP_WORDS.has(tokens[r]!.folded))) break;
    }
  }
  if (ADDRESSEE_VERB.test(verb.text)) {
    const a = addresseeEnd(d, k, limit);
    if (a > k) cueEnd = tokens[(k = a) - 1]!.end;
    // "told a voter passing by …": someone spoken to that is no known audience, then no "that"
    else if (/^(?:the|a|an)$/i.test(at(k)) && !/^that$/i.test(at(k + 1)) && !QUESTION_VERB.test(verb.text)) return null;
  }
  // "says, however, that …"
  if (
    at(k) === ',' &&
    /^(?:however|though|too|again|instead|nonetheless|moreover)$/i.test(at(k + 1)) &&
    at(k + 2) === ','
  )
    k += 3;
  if (/^to$/i.test(at(k)) && INFINITIVE_VERB.test(verb.text)) return { token: k, cueEnd, introduced: true };
  if (/^however$/i.test(at(k)) && /^that$/i.test(at(k + 1))) k++;
  const that = settingThenThat(d, k, limit);
  if (that >= 0) return { token: that + 1, cueEnd: tokens[that - 1]!.end, introduced: true };
  // "said Thursday the plan …": a time word alone
  while (isTimeWord(at(k)) && !/^that$/i.test(at(k + 1))) cueEnd = tokens[k++]!.end;
  const w = at(k);
  // ("echoed that promise": "that" may be a determiner, so the clause after it needs a verb too)
  if (/^that$/i.test(w))
    return QUOTE_MARK.test(at(k + 1)) || !looksLikeClause(d, k + 1, limit, true)
      ? null
      : { token: k + 1, cueEnd, introduced: true };
  if (w === ':') return QUOTE_MARK.test(at(k + 1)) || !at(k + 1) ? null : { token: k + 1, cueEnd, introduced: true };
  if (w === ',' && /^that$/i.test(at(k + 1))) return { token: k + 2, cueEnd, introduced: true };
  if (/^to$/i.test(w)) return INFINITIVE_VERB.test(verb.text) ? { token: k, cueEnd, introduced: true } : null;
  if (QUESTION_WORD.test(w) && (QUESTION_VERB.test(verb.text) || /^(?:whether)$/i.test(w)))
    return { token: k, cueEnd, introduced: true };
  if (QUESTION_VERB.test(verb.text)) {
    // "asked the senator whether …"; not "asked him to leave", "asked about the plan"
    for (let q = k + 1; q < k + 5 && at(q); q++)
      if (QUESTION_WORD.test(at(q))) return { token: q, cueEnd, introduced: true };
    return null;
  }
  if (!w || QUOTE_MARK.test(w) || !tokens[k]!.word) return null;
  // "the system that he says is rigged": a clause without its subject is a relative clause's
  if (isAuxiliary(w)) return null;
  return looksLikeClause(d, k, limit) ? { token: k, cueEnd, introduced: false } : null;
}

/**
 * The words from token k hold a subject and a finite verb ("the plan would fail"), not only a noun
 * phrase ("details of a visit he made"): an auxiliary or modal within 14 words, or a common verb
 * or a past form within 7 words right after a word of the subject, with no preposition before it.
 * After "that" (`introduced`) a common verb or past form anywhere in the 14 words will do.
 */
export function looksLikeClause(d: QuoteDocument, k: number, limit: number, introduced = false): boolean {
  const { tokens } = d;
  const first = tokens[k];
  if (!first || (!introduced && NOT_A_CLAUSE_START.test(first.text)) || QUOTE_MARK.test(first.text)) return false;
  if (SUBJECT_PRONOUN.test(first.text)) return true;
  let preposition = false;
  for (let j = k + 1; j < k + 20 && tokens[j] && tokens[j]!.start < limit; j++) {
    const t = tokens[j]!;
    if (/^[.;:!?]$/.test(t.text)) return false;
    if (!t.word) continue;
    if (isAuxiliary(t.text)) return j - k < 14 || introduced;
    // ("the story of the city, which was …": a relative clause's verb is not the clause's)
    if (/^(?:which|who|whom|whose)$/i.test(t.text) && tokens[j - 1]?.text === ',') return false;
    if (PREPOSITION.test(t.text) || /^(?:and|or|but|who|which|that)$/i.test(t.text)) preposition = true;
    const prev = tokens[j - 1]!;
    const afterSubjectWord = prev.word && !DETERMINER.test(prev.text) && !/^(?:and|or|but|to)$/i.test(prev.text);
    // ("none of the emails in question originated …", but not "details of a visit Lee made")
    const afterNoun = /^\p{Ll}{3,}$/u.test(prev.text) && !STOP_WORDS.has(prev.text);
    const near = introduced || (j - k < 7 && (!preposition || (afterNoun && /ed$/.test(t.text))));
    if (near && afterSubjectWord && isWeakVerb(t.text)) return true;
    // "Lee enjoys …": a verb in -s right after a name
    if (j - k < 4 && isCapitalised(prev) && /^\p{Ll}{2,}[^s']s$/u.test(t.text) && !isPossessive(prev.text)) return true;
  }
  return false;
}

const straight = (w: string): string => w.replace(/’/g, "'");
/** A word that can be a finite verb right after its subject: an auxiliary, a common verb, a past form. */
const isVerbAt = (w: string): boolean => isAuxiliary(w) || isWeakVerb(w);
const isAuxiliary = (w: string): boolean =>
  FINITE.test(straight(w)) || /n['’]t$/i.test(w) || /^\p{L}+['’](?:re|ll|d|ve)$/u.test(w);
const isWeakVerb = (w: string): boolean => WEAK_FINITE.test(w) || /\p{Ll}ed$/u.test(w);

/** Some word of the range is a verb form (a clause before "…, Lee said" may open with any phrase). */
export function holdsVerb(d: QuoteDocument, range: TextRange): boolean {
  const { tokens } = d;
  for (let j = tokenAt(tokens, range.start); j < tokens.length && tokens[j]!.start < range.end; j++)
    if (tokens[j]!.word && (isAuxiliary(tokens[j]!.text) || (j > 0 && isWeakVerb(tokens[j]!.text)))) return true;
    else if (/^\p{Ll}+s$/u.test(tokens[j]!.text) && SUBJECT_PRONOUN.test(tokens[j - 1]?.text ?? '')) return true;
  return false;
}

/** A clause's second half after an attribution inside it: "…, Lee said, would fail" / "…, Lee said, they will". */
export function continuesClause(d: QuoteDocument, k: number, limit: number): boolean {
  const t = d.tokens[k];
  return !!t && (isAuxiliary(t.text) || WEAK_FINITE.test(t.text) || looksLikeClause(d, k, limit));
}

/** The end of a reported clause that starts at `start` (offset) in sentence `s`: see the module comment. */
export function clauseEnd(d: QuoteDocument, start: number, s: TextRange, relative = false): number {
  const { tokens, at } = d;
  const first = tokenAt(tokens, start);
  // "After saying he was tired, Lee left": a clause inside an opening subordinate phrase ends with it,
  // and one in a relative clause ("Lee, who said the plan would fail, left") with that clause
  const opening = relative || SUBORDINATOR.test(tokens[tokenAt(tokens, s.start)]?.text ?? '');
  for (let j = first + 1; j < tokens.length && tokens[j]!.start < s.end; j++) {
    const t = tokens[j]!;
    if (t.text === ';' && !d.inQuote(t.start)) return t.start;
    // " — a topic he also raised": a dash opening the writer's aside
    if (
      DASH.test(t.text) &&
      /\s/.test(d.text[t.start - 1] ?? '') &&
      (ASIDE.test(tokens[j + 1]?.text ?? '') || !pairedDash(d, j, s.end))
    )
      return t.start;
    // "… on condition of anonymity": the writer's note on the source
    if (
      /^on$/i.test(t.text) &&
      /^condition$/i.test(tokens[j + 1]?.text ?? '') &&
      /^of$/i.test(tokens[j + 2]?.text ?? '')
    )
      return tokens[j - 1]?.text === ',' ? tokens[j - 1]!.start : t.start;
    // "…, but lamented that …", "… and added that …": the same speaker's next statement
    if (/^(?:and|but)$/i.test(t.text) && isReportingAt(d, j + 1 + (CUE_LEAD.test(tokens[j + 1]?.text ?? '') ? 1 : 0)))
      return tokens[j - 1]?.text === ',' ? tokens[j - 1]!.start : t.start;
    // "… but declined to give details": the speaker's next act, not what was said
    if (/^but$/i.test(t.text) && tokens[j - 1]?.text !== ',' && /\p{Ll}ed$/u.test(tokens[j + 1]?.text ?? ''))
      return t.start;
    if (t.text !== ',' || d.inQuote(t.start)) continue;
    if (opening) return t.start;
    const next = tokens[j + 1]?.text ?? '';
    // ", which …", ", where …", ", while …", ", but …": the writer's addition to what was said
    if (TRAILING_CLAUSE.test(next) && !/^that$/i.test(tokens[j + 2]?.text ?? '')) return t.start;
    // ", wiping sweat off his face": a participle adds what the speaker did, not what was said
    if (/^\p{Ll}{3,}ing$/u.test(next) && !isReportingAt(d, j + 1)) return t.start;
    // ", and the union has sued …": a new subject the writer adds (", and that …" goes on reporting)
    if (/^and$/i.test(next) && /^(?:the|a|an)$/i.test(tokens[j + 2]?.text ?? '')) return t.start;
    // "…, according to X" · "…, adding …" · "…, said X" · "…, Kim said" · "…, and Kim told …"
    if (/^according$/i.test(next) && /^to$/i.test(tokens[j + 2]?.text ?? '')) return t.start;
    // (", asking him a question" goes on with the clause; ", adding that …" is a statement of its own)
    if (isReportingAt(d, j + 1) && (!/ing$/i.test(next) || clauseAfterVerb(d, j + 1, s.end, s.start))) return t.start;
    for (let v = j + 2; v < j + 8 && tokens[v] && tokens[v]!.start < s.end; v++) {
      if (/^[,;]$/.test(tokens[v]!.text)) break;
      if (!isReportingAt(d, v)) continue;
      const np = at.subjectOf(v, tokens[j + 1]!.start);
      if (np && typeof np.speaker === 'object' && np.start <= tokens[j + 2]!.start) return t.start;
      if (np && typeof np.speaker === 'string' && np.start <= tokens[j + 2]!.start) return t.start;
      break;
    }
  }
  return s.end;
}

/** Another dash closes the one at token j within its sentence ("the angry — and at times violent — rhetoric"). */
function pairedDash(d: QuoteDocument, j: number, end: number): boolean {
  for (let k = j + 1; d.tokens[k] && d.tokens[k]!.start < end; k++) if (DASH.test(d.tokens[k]!.text)) return true;
  return false;
}
