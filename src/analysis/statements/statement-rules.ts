/**
 * The statement rules, one function each, tried in the order of STATEMENT_RULES at every cue of a
 * sentence (a reporting verb outside quotes, or "according to"); the first that finds a reported
 * clause stands. A rule returns the clause's parts (one, or two around an attribution inside it),
 * the cue's words and the noun phrase of the speaker, which extract.ts resolves as quotes do.
 *
 *   according-to        According to Lee, the plan will fail. · The plan will fail, according to Lee.
 *   as-verb-clause      As the Post reported, the plan failed.
 *   verb-then-clause    Lee said (that) the plan would fail. · Lee told reporters … · Lee asked whether …
 *                       · Lee vowed to … · …, saying the plan would fail (a participle: its clause's subject)
 *   clause-then-verb    The plan would fail, Lee said. · The plan would fail, said Lee.
 *   verb-inside-clause  The plan, Lee said, would fail. · The plan, said Lee, would fail.
 *   headline            Lee Says Harbor Plan Will Fail
 */
import type { NounPhrase, QuoteDocument } from '../quotes/quote-document.ts';
import type { Sentence, TextRange } from '../sentences.ts';
import { WEEKDAYS } from '../people/lexicon.ts';
import { isCapitalised } from '../people/mentions.ts';
import { tokenAt } from '../tokens.ts';
import { clauseAfterVerb, clauseEnd, continuesClause, holdsVerb, isReportingAt } from './clause.ts';
import { personNamedBefore } from './subject-phrases.ts';
import { isReportingVerb, TAIL_SETTING } from './cues.ts';
import { leadStart, reportingSubject } from './speaker.ts';

// what can be a source when it is not a name: documents, data, counts and people described
const SOURCE_PHRASE =
  /\p{Lu}|\b(?:polls?|data|figures|study|studies|surveys?|reports?|statistics|estimates?|records|documents?|filings?|analys[ie]s|research|numbers|census|count|tally|results|projections|statement|letter|memo|complaint|lawsuit|indictment|officials?|sources?|people|aides?|spokesm[ae]n|spokeswom[ae]n|spokesperson|experts?|analysts?|witnesses|police|authorities|investigators|prosecutors|court|testimony|interview|account|article|book|website|emails?|posts?|tweets?|calculations|models?|forecasts?|tracker|index|scholars?|researchers?|economists?|historians?)\b/u;

const AUTHOR = /\b(?:by|from)\s+(?:the\s+)?(\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}.&'’-]*)*)/u;

export type StatementRuleName =
  'according-to' | 'as-verb-clause' | 'verb-then-clause' | 'clause-then-verb' | 'verb-inside-clause' | 'headline';

const TIME_TAIL =
  /^(?:later|earlier|ago|week|weeks|month|months|year|years|day|days|morning|afternoon|evening|night|today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/** A cue where it stands: its token and its sentence. */
export interface StatementSite {
  cue: number;
  sentence: Sentence;
}

export interface FoundStatement {
  /** the reported words: one range, or the two around an attribution inside the clause */
  parts: TextRange[];
  cue: TextRange;
  /** the speaker's noun phrase, still to resolve (pronouns, "the senator"); null: none found */
  np: NounPhrase;
  /** where the speaker is read from (a pronoun looks back from there) */
  at: number;
  /** the reporting verb's token, when the cue is one (the negation and hypothesis checks read before it) */
  verb: number | null;
  rule: StatementRuleName;
}

export type StatementRule = (d: QuoteDocument, site: StatementSite) => FoundStatement | null;

/** The cue's words: the verb with what leads it ("has long maintained", "continued to insist"). */
function cueRange(d: QuoteDocument, v: number, end: number, sentenceStart: number): TextRange {
  return { start: d.tokens[leadStart(d, v, sentenceStart)]!.start, end };
}

/** "However", "But", "In fact": a part that only connects the statement to what came before. */
function isConnective(d: QuoteDocument, p: TextRange): boolean {
  return /^(?:however|but|and|so|yet|still|meanwhile|instead|indeed|also|moreover|in fact|of course|now|then|thus|therefore|still)$/i.test(
    d.text.slice(p.start, p.end),
  );
}

/** A range of the text without the punctuation and spaces at its ends. */
function trimmed(d: QuoteDocument, start: number, end: number): TextRange {
  const text = d.text;
  while (start < end && /[\s,;:—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?—–-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

const isVerbHere = (d: QuoteDocument, site: StatementSite): boolean =>
  isReportingAt(d, site.cue) && !/^according$/i.test(d.tokens[site.cue]!.text);

/**
 * The source named after "according to": an organisation's whole name ("the Bureau of Labor
 * Statistics"), and the author of a document ("an analysis by the Pew Research Center").
 */
function sourceAfter(d: QuoteDocument, np: ReturnType<QuoteDocument['at']['npStartingAt']>): typeof np {
  if (!np || typeof np.speaker !== 'object' || np.speaker.type === 'person') return np;
  const { tokens } = d;
  let e = np.endIndex;
  if (np.speaker.type === 'document' || np.speaker.type === 'anonymous') {
    if (!/^(?:by|from|of)$/.test(tokens[e + 1]?.text ?? '')) return np;
    const author = d.at.npStartingAt(e + 2);
    return author && typeof author.speaker === 'object' && author.speaker.type !== 'anonymous'
      ? sourceAfter(d, author)
      : np;
  }
  const start = d.text.indexOf(np.speaker.text ?? '', tokens[e]!.start - (np.speaker.text ?? '').length - 1);
  while (/^(?:of|for|and|&)$/.test(tokens[e + 1]?.text ?? '') && tokens[e + 2] && isCapitalised(tokens[e + 2]!)) {
    e += 2;
    while (tokens[e + 1] && isCapitalised(tokens[e + 1]!) && d.text[tokens[e]!.end] === ' ') e++;
  }
  if (e === np.endIndex || start < 0) return np;
  return { ...np, speaker: { ...np.speaker, text: d.text.slice(start, tokens[e]!.end) }, endIndex: e };
}

/** according to X, anywhere in the sentence: what the rest of the sentence says is X's. */
export const accordingTo: StatementRule = (d, { cue, sentence: s }) => {
  const { tokens } = d;
  if (!/^according$/i.test(tokens[cue]!.text) || !/^to$/i.test(tokens[cue + 1]?.text ?? '')) return null;
  if (d.inQuote(tokens[cue]!.start)) return null;
  const np = sourceAfter(d, d.at.npStartingAt(cue + 2));
  // the attribution runs to the next comma (or the sentence end)
  let close = np ? np.endIndex + 1 : cue + 2;
  while (tokens[close] && tokens[close]!.start < s.end && tokens[close]!.text !== ',') close++;
  // "According to Lee, who led the agency until 2019, the plan …": past the source's relative clause
  if (/^(?:who|which|whose)$/i.test(tokens[close + 1]?.text ?? '')) {
    close++;
    while (tokens[close] && tokens[close]!.start < s.end && tokens[close]!.text !== ',') close++;
  }
  const closeAt = tokens[close] && tokens[close]!.start < s.end ? tokens[close]!.end : s.end;
  const before = trimmed(d, s.start, tokens[cue]!.start);
  const after = closeAt < s.end ? trimmed(d, closeAt, clauseEnd(d, closeAt, s)) : null;
  const parts = [before, after].filter((p): p is TextRange => !!p && p.end - p.start > 1 && !isConnective(d, p));
  if (!parts.length) return null;
  const phraseEnd = np ? tokens[np.endIndex]!.end : Math.min(closeAt, s.end);
  // "according to plan", "according to their instinct": no one and nothing that speaks
  const phrase = d.text.slice(tokens[cue + 2]?.start ?? s.end, phraseEnd).replace(/[.,;:]+$/, '');
  if (!np && !SOURCE_PHRASE.test(phrase)) return null;
  // "a tally by the Associated Press": the author of what the phrase names
  const author = np ? null : AUTHOR.exec(phrase);
  const speaker: NounPhrase = np
    ? { ...np, start: tokens[cue + 2]!.start }
    : {
        speaker: author
          ? { type: 'org', person: null, text: author[1]! }
          : { type: 'anonymous', person: null, text: phrase },
        start: tokens[cue + 2]?.start ?? s.end,
      };
  return {
    parts,
    cue: { start: tokens[cue]!.start, end: tokens[cue + 1]!.end },
    np: speaker,
    at: tokens[cue]!.start,
    verb: null,
    rule: 'according-to',
  };
};

/** The part of sentence s that holds token v: after the last semicolon or colon before it. */
function clauseOf(d: QuoteDocument, v: number, s: Sentence): Sentence {
  for (let k = v - 1; k >= 0 && d.tokens[k]!.start >= s.start; k--)
    if (/^[;:]$/.test(d.tokens[k]!.text) && !d.inQuote(d.tokens[k]!.start))
      return { ...s, start: d.tokens[k + 1]!.start };
  return s;
}

/** Lee said (that) …: the clause after the verb, its speaker the verb's subject. */
export const verbThenClause: StatementRule = (d, site) => {
  if (!isVerbHere(d, site)) return null;
  const { cue: v, sentence: s } = site;
  const clause = clauseAfterVerb(d, v, s.end, s.start);
  if (!clause || !d.tokens[clause.token]) return null;
  const start = d.tokens[clause.token]!.start;
  const relative = /^(?:who|which)$/i.test(d.tokens[leadStart(d, v, s.start) - 1]?.text ?? '');
  const part = trimmed(d, start, clauseEnd(d, start, s, relative));
  // "the thing Lee says he worries about": a short clause with a preposition left at its end is a
  // relative clause's, whose object stands before the cue
  const words = d.text.slice(part.start, part.end).split(/\s+/);
  if (
    part.end - part.start < 2 ||
    (words.length <= 4 && /^(?:about|for|with|to|of|on|in|at|from|by)$/i.test(words.at(-1)!))
  )
    return null;
  // (never the words after the verb: "52 percent said Lee would win" is not Lee's)
  // ("…; Iran insists it does not know": the subject is in the verb's own clause)
  const np = reportingSubject(d, v, clauseOf(d, v, s), start);
  return {
    parts: [part],
    cue: cueRange(d, v, clause.cueEnd, s.start),
    np,
    at: d.tokens[v]!.start,
    verb: v,
    rule: 'verb-then-clause',
  };
};

/**
 * An attribution after a comma: "…, Lee said" / "…, said Lee" ending the sentence or going on with
 * the setting only ("…, Lee said on Monday."), or inside the clause ("The plan, Lee said, would fail").
 */
function attributionAfterComma(
  d: QuoteDocument,
  site: StatementSite,
): { np: NounPhrase; open: number; after: number; inverted: boolean } | null {
  if (!isVerbHere(d, site)) return null;
  const { tokens, at } = d;
  const { cue: v, sentence: s } = site;
  const first = tokenAt(tokens, s.start);
  let np: NounPhrase = null;
  let open = -1;
  let after = v + 1;
  // (a participle never stands before its subject: "…, recalling the Rev. X" names whom it recalls)
  if (tokens[v - 1]?.text === ',' && at.invertsSubject(v) && !/ing$/i.test(tokens[v]!.text)) {
    // "…, said Lee, a spokesman"
    const inv = at.npStartingAt(v + 1);
    if (inv) {
      np = { ...inv, start: tokens[v + 1]!.start };
      open = v - 1;
      after = inv.endIndex + 1;
    }
  }
  if (!np) {
    // ("…, participants said, …": a plain plural noun the attribution rules do not know as a group)
    np = at.subjectOf(v, s.start, true) ?? pluralBefore(d, v);
    if (!np) return null;
    open = tokenAt(tokens, np.start) - 1;
    // "…, political scientists say": descriptors the noun phrase left out; "…, as the Post reported"
    for (
      let n = 0;
      n < 3 && tokens[open]?.word && /^\p{Ll}+$/u.test(tokens[open]!.text) && !/^as$/.test(tokens[open]!.text);
      n++
    )
      open--;
    if (/^as$/i.test(tokens[open]?.text ?? '') && tokens[open - 1]?.text === ',') open--;
    if (tokens[open]?.text !== ',') return null;
  }
  if (open <= first) return null;
  return { np, open, after, inverted: open === v - 1 };
}

/** "…, participants said": the plain plural noun right after a comma and before the verb at v. */
function pluralBefore(d: QuoteDocument, v: number): ReturnType<QuoteDocument['at']['npEndingAt']> {
  const t = d.tokens[v - 1];
  if (!t || d.tokens[v - 2]?.text !== ',' || !/^\p{Ll}{3,}s$/u.test(t.text) || /ss$/.test(t.text)) return null;
  return { speaker: { type: 'anonymous', person: null, text: t.text }, start: t.start };
}

/**
 * The attribution at token `after` ends the sentence: nothing follows but the setting ("on Monday",
 * "in a statement"), a participle of speech (", adding …") or, after "said X", X's appositive.
 */
function endsAfter(d: QuoteDocument, after: number, s: Sentence, inverted: boolean): boolean {
  const { tokens } = d;
  const end = (k: number): boolean => !tokens[k] || tokens[k].start >= s.end || /^[.!?]$/.test(tokens[k].text);
  let k = after;
  // the setting runs to the next punctuation; "a few days later", "last week": a time
  let time = false;
  for (let n = 0; n < 6 && !end(k + n) && tokens[k + n]!.word; n++)
    if (TIME_TAIL.test(tokens[k + n]!.text) && end(k + n + 1)) time = true;
  if (!end(k) && (time || TAIL_SETTING.test(tokens[k]!.text) || WEEKDAYS.has(tokens[k]!.folded)))
    while (!end(k) && !/^[,;:“”"]$/.test(tokens[k]!.text)) k++;
  if (end(k)) return true;
  if (tokens[k]!.text !== ',') return false;
  const next = tokens[k + 1];
  if (!next) return true;
  // ", adding …": another statement of the same speaker follows
  if (isReportingAt(d, k + 1) && /ing$/i.test(next.text)) return true;
  // "…, said Lee, a spokesman for the ministry."
  if (!inverted || !/^(?:a|an|the|who|whose|one|his|her|their|its)$/i.test(next.text)) return false;
  while (!end(k) && !/^[“”"]$/.test(tokens[k]!.text)) k++;
  return end(k);
}

/** The plan would fail, Lee said. */
export const clauseThenVerb: StatementRule = (d, site) => {
  const found = attributionAfterComma(d, site);
  if (!found || !endsAfter(d, found.after, site.sentence, found.inverted)) return null;
  const { tokens } = d;
  const part = trimmed(d, site.sentence.start, tokens[found.open]!.start);
  if (part.end - part.start < 2 || !holdsVerb(d, part)) return null;
  const v = site.cue;
  return {
    parts: [part],
    cue: cueRange(d, v, tokens[v]!.end, tokens[found.open]!.end),
    np: found.np,
    at: tokens[v]!.start,
    verb: v,
    rule: 'clause-then-verb',
  };
};

/** The plan, Lee said, would fail. */
export const verbInsideClause: StatementRule = (d, site) => {
  const found = attributionAfterComma(d, site);
  if (!found) return null;
  const { tokens } = d;
  const s = site.sentence;
  const close = tokens[found.after];
  if (!close || close.text !== ',' || !tokens[found.after + 1] || tokens[found.after + 1]!.start >= s.end) return null;
  const restStart = tokens[found.after + 1]!.start;
  const before = trimmed(d, s.start, tokens[found.open]!.start);
  const after = trimmed(d, restStart, clauseEnd(d, restStart, s));
  if (before.end - before.start < 2 || after.end - after.start < 2) return null;
  // "In the early 1990s, Lee said, when …": the words after the attribution must go on with a clause
  if (!continuesClause(d, found.after + 1, s.end) && !holdsVerb(d, before)) return null;
  const v = site.cue;
  return {
    parts: isConnective(d, before) ? [after] : [before, after],
    cue: cueRange(d, v, tokens[v]!.end, tokens[found.open]!.end),
    np: found.np,
    at: tokens[v]!.start,
    verb: v,
    rule: 'verb-inside-clause',
  };
};

/** As the Post reported, the plan failed. · But as one aide noted, the plan failed. */
export const asVerbClause: StatementRule = (d, site) => {
  if (!isVerbHere(d, site)) return null;
  const { tokens } = d;
  const { cue: v, sentence: s } = site;
  let first = tokenAt(tokens, s.start);
  if (/^(?:but|and|yet)$/i.test(tokens[first]!.text)) first++;
  if (!/^as$/i.test(tokens[first]?.text ?? '') || tokens[v + 1]?.text !== ',' || v - first > 8) return null;
  const np = d.at.subjectOf(v, tokens[first + 1]!.start, true) ?? reportingSubject(d, v, s, tokens[v + 1]!.end);
  const rest = tokens[v + 2];
  if (!np || !rest || rest.start >= s.end) return null;
  const part = trimmed(d, rest.start, clauseEnd(d, rest.start, s));
  if (part.end - part.start < 2 || !holdsVerb(d, part)) return null;
  return {
    parts: [part],
    cue: { start: tokens[first]!.start, end: tokens[v]!.end },
    np,
    at: tokens[v]!.start,
    verb: v,
    rule: 'as-verb-clause',
  };
};

/**
 * A headline: "Lee Says Harbor Plan Will Fail" (most words capitalised, the cue too): the name before
 * the cue speaks, what follows it is the statement.
 */
export const headline: StatementRule = (d, { cue: v, sentence: s }) => {
  const { tokens } = d;
  const verb = tokens[v]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(verb.text) || !isReportingVerb(verb.text.toLowerCase()) || d.inQuote(verb.start))
    return null;
  const words = tokens
    .slice(tokenAt(tokens, s.start), tokenAt(tokens, s.end))
    .filter((t) => t.word && /^\p{L}/u.test(t.text));
  if (words.length < 4 || words.filter((t) => isCapitalised(t)).length < words.length * 0.7) return null;
  // (a headline's capitals hide names from the people scan: the person whose name or surname it ends on)
  const named = d.mentionEndingAt(tokens[v - 1]?.end ?? -1)?.person ?? personNamedBefore(d, v);
  const rest = tokens[v + 1];
  if (named === null || named === undefined || !rest || rest.start >= s.end) return null;
  const part = trimmed(d, rest.start, clauseEnd(d, rest.start, s));
  if (part.end - part.start < 2) return null;
  return {
    parts: [part],
    cue: { start: verb.start, end: verb.end },
    np: { speaker: { type: 'person', person: named, text: null }, start: tokens[v - 1]!.start },
    at: verb.start,
    verb: v,
    rule: 'headline',
  };
};

/** The rules in the order they are tried at each cue. */
export const STATEMENT_RULES: readonly StatementRule[] = [
  accordingTo,
  asVerbClause,
  verbThenClause,
  clauseThenVerb,
  verbInsideClause,
  headline,
];
