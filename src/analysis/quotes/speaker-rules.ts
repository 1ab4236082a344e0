/**
 * The speaker rules, one function each, run in the order of SPEAKER_RULES. A rule reads the
 * document (QuoteDocument) and the quoted span in its sentence (QuoteSite) and returns a
 * candidate speaker with the rule's name, or null to let the next rule try. The first
 * candidate stands, except that a quote continuing from the previous paragraph keeps that
 * quote's speaker over a pronoun. Kinds (term, title, document) are decided in extract.ts.
 */
import { sentenceIndexAt, type Sentence } from '../sentences.ts';
import { foldWord, isPossessive, tokenAt, type Token } from '../tokens.ts';
import { STOP_WORDS } from '../people/lexicon.ts';
import { isCapitalised, isSpeechVerb } from '../people/mentions.ts';
import type { Attribution, Speaker } from './attribution.ts';
import { looksLikeTitle } from './kinds.ts';
import type { ExtractedQuote, NounPhrase, QuoteDocument, RuleName } from './quote-document.ts';
import type { QuoteSpan } from './spans.ts';

/** A quoted span where it stands: its sentence(s) and the writer's words before it. */
export interface QuoteSite {
  span: QuoteSpan;
  quote: string;
  /** index of the sentence the quote opens in */
  si: number;
  sFirst: Sentence;
  sLast: Sentence;
  /** the writer's words from the sentence start to the opening mark */
  before: string;
  /** the last outer quote before this one */
  prevQuote: ExtractedQuote | undefined;
  /** the nearest speech verb before the quote in its sentence, once searched (verbBeforeIndex) */
  verbBefore?: number | null;
}

export interface Candidate {
  /** null: someone the text points at speaks (an unresolved he/she/they), but not who */
  speaker: Speaker | null;
  attribution: Attribution;
  rule: RuleName;
  via: string | null;
  /** the quote is introduced as a clause of its own (“X said: …”), which makes it direct */
  introduced: boolean;
}

export type SpeakerRule = (d: QuoteDocument, q: QuoteSite, earlier: Candidate | null) => Candidate | null;

// between a speech verb and the quote it introduces: an addressee, a comma or colon, "that"
const INTRODUCED =
  /^\s*(?:(?:to\s+)?(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*)*|me|us|him|her|them|reporters|\p{Ll}+ly)?\s*[,:]?\s*(?:that\s*)?$/u;
const isGapWord = (w: string): boolean => /^(?:also|then|later|again|once|further|\p{Ll}+ly)$/iu.test(w);

const candidate = (
  found: { speaker: Speaker | null; attribution: Attribution } | null,
  rule: RuleName,
  via: string | null = null,
  introduced = false,
): Candidate | null => (found ? { ...found, rule, via, introduced } : null);

/**
 * After the quote: “…,” said X · “…,” X said · “…,” former official X said · “…” or other
 * advantages, says X. A quote that ends its own sentence takes only “X said.”
 */
export const afterQuote: SpeakerRule = (d, q) => {
  const { tokens, text, at } = d;
  const { span, quote } = q;
  let j = tokenAt(tokens, span.closeEnd);
  while (tokens[j] && !tokens[j]!.word && /^[,—–\-:;'"]$/.test(tokens[j]!.text)) j++;
  const t = tokens[j];
  const sameParagraph = (x: { start: number }): boolean => !text.slice(span.end, x.start).includes('\n');
  const ended = /[.!?…]\s*$/.test(quote) && !/,\s*$/.test(text.slice(span.closeEnd, span.closeEnd + 2));
  // after a quote that ended its sentence, the next words must open a noun phrase (“X, a professor, said.”)
  const opensNp =
    !!t &&
    (/^(?:the|a|an|one|two|three|another|several|some|many|his|her|their|former|then|longtime|veteran|senior|top|chief|retired|republican|democratic)$/i.test(
      t.text,
    ) ||
      (isCapitalised(t) && !STOP_WORDS.has(t.text.toLowerCase())) ||
      /^(?:he|she|they)$/i.test(t.text));
  // “Is this the best we can do?” said Quill.: a lower-case speech verb right after the closing mark
  // goes on with the quote's sentence, whatever mark ended the quote
  // (“…?” asked Sen. X: after the quote, the one asking is the speaker; only "told X" names a listener)
  const saidAfter = !!t && at.isVerb(j) && !/^(?:tell|tells|told|telling)$/i.test(t.text) && !!at.npStartingAt(j + 1);
  const reach = ended ? (opensNp || saidAfter ? 30 : 0) : 30;
  if (!t || d.inQuote(t.start) || !sameParagraph(t)) return null;
  // a speech verb before the quote in its sentence ("Lee said she was “impressed” with …") speaks
  // for it unless the words right after the quote are the speaker's
  const spokenBefore = verbBeforeIndex(d, q) !== null;
  // “A called B a “con artist.” C said …”: a quote that ends a sentence with its own speech verb is that verb's
  if (ended && spokenBefore) return null;
  for (let k = j; k < j + reach && tokens[k] && sameParagraph(tokens[k]!); k++) {
    const x = tokens[k]!;
    if (d.inQuote(x.start) || /^[“";]$/.test(x.text) || (/^[.!?]$/.test(x.text) && d.endsSentence(k))) break;
    // after a quote that ended its sentence, the next clause ("… but has since said") is another statement
    if (ended && k > j && /^(?:and|but|or|because|while|although|though|if|when|whom|which)$/.test(x.text)) break;
    if (!at.isVerb(k)) continue;
    // “…?” Strzok replied: “…”: a verb before a colon or a new quote introduces the next quote, not this one
    const next = tokens[k + 1];
    const opensQuote = (n: Token | undefined): boolean => !!n && /^[“"'‘`]$/.test(n.text);
    if (ended && next && (next.text === ':' || opensQuote(next) || (next.text === ',' && opensQuote(tokens[k + 2]))))
      break;
    // after a quote that ended its sentence, “X said.” ends there too (or goes on with when and
    // where: “in a statement”, “Monday”); “Leaders say it’s important …” is a new statement
    if (
      ended &&
      next &&
      next.word &&
      !/^(?:in|on|at|during|after|before|from|to|via|through|of|with|last|this|earlier|later|today|yesterday|recently|again|also|then)$/i.test(
        next.text,
      ) &&
      !/^\p{Lu}/u.test(next.text)
    )
      break;
    // “…,” said X · “…” to the complex, said X: a verb right after a comma takes the name after it
    const afterComma = tokens[k - 1]?.text === ',' && at.invertsSubject(k) && !!at.npStartingAt(k + 1);
    const inverted = k === j || (k === j + 1 && isGapWord(tokens[j]!.text)) || afterComma;
    const subject = inverted ? null : at.subjectOf(k, t.start, true);
    // the subject opens right after the quote, or after a few descriptors ("former mayor X asked")
    const subjectAtQuote = (): boolean =>
      d.confirmedStartingAt(t.start) !== undefined ||
      (ended &&
        !!subject &&
        /^(?:[\p{Ll}-]+\s+){1,4}$/u.test(text.slice(t.start, subject.start)) &&
        !tokens.slice(j, tokenAt(tokens, subject.start)).some((x) => isSpeechVerb(x.text)));
    if ((ended || spokenBefore) && !inverted && subject && subject.start > t.start && !subjectAtQuote()) break;
    if (spokenBefore && !inverted && !subject) break;
    let found = inverted ? d.toSpeaker(at.npStartingAt(k + 1), x.start) : d.toSpeaker(subject, t.start);
    if ((!found || !found.speaker) && !inverted) {
      // “…,” Mike Thompson from London, told the BBC: the person between the quote and the verb
      const named = d.confirmed.find((m) => m.mention.start >= t.start && m.mention.end <= x.start);
      if (named) found = { speaker: { type: 'person', person: named.person, text: null }, attribution: 'explicit' };
    }
    return candidate(found, 'after-quote', found ? at.viaAfter(k) : null);
  }
  return null;
};

/** A paragraph that reopens the previous paragraph's quote keeps its speaker, unless it names its own. */
export const continuedParagraph: SpeakerRule = (_d, q, earlier) => {
  if (!q.span.continued || !q.prevQuote?.speaker || (earlier?.speaker && earlier.attribution !== 'pronoun'))
    return null;
  return {
    speaker: q.prevQuote.speaker,
    attribution: 'continuation',
    rule: 'continued-paragraph',
    via: earlier?.via ?? null,
    introduced: false,
  };
};

/** according to X / in the words of X, anywhere in the sentence */
export const accordingTo: SpeakerRule = (d, q) => {
  const np = d.at.accordingTo(q.sFirst.start, q.sLast.end);
  return np ? candidate(d.toSpeaker(np, q.span.start), 'according-to') : null;
};

/** The nearest speech verb before the quote in its sentence (a short quote looks less far back). */
export function verbBeforeIndex(d: QuoteDocument, q: QuoteSite): number | null {
  // (after-quote, verb-before and the calls-it check all ask: searched once per quote)
  if (q.verbBefore === undefined) q.verbBefore = d.at.verbBefore(q.span.start - 1, q.sFirst.start);
  return q.verbBefore;
}

/**
 * Who speaks through the speech verb at token v of the sentence starting at sentenceStart, for words
 * it introduces at `limit`: its subject, past appositives and who-clauses; a participle's or a
 * coordinated verb's is the subject of the speech verb before it; "When …, X said" the main clause's;
 * "Blair quoted Clinton as saying" Clinton (Blair the via); "…, said X" the name after the verb.
 * Quotes (verb-before) and reported speech (src/analysis/statements/) read it the same way.
 */
export function subjectOfSpeechVerb(
  d: QuoteDocument,
  v: number,
  sentenceStart: number,
  limit: number,
  /**
   * for reported speech: never the name after the verb ("52 percent said Lee would win"), a clause's
   * subject only for a participle or a coordinated verb ("X seized the floor and said …"), and a
   * description before a who-clause ("officials who spoke with X")
   */
  reported = false,
): { np: NounPhrase; via: string | null } {
  const { at, tokens } = d;
  const limitIndex = tokenAt(tokens, limit);
  const verb = tokens[v]!;
  const participle = /ing$/i.test(verb.text);
  let np: NounPhrase = participle ? null : at.subjectOf(v, sentenceStart, true, reported);
  if (participle) {
    // "… – Ryan saying he was “very encouraged”", "with Lee tweeting that …": a name right before the
    // participle, opening its phrase, is its subject (not "statements by Lee calling for …")
    const m = tokens[v - 1] && !isPossessive(tokens[v - 1]!.text) ? d.mentionEndingAt(tokens[v - 1]!.end) : undefined;
    const opensPhrase =
      !!m && /^(?:,|—|–|-|;|with|and)$/i.test(tokens[tokenAt(tokens, m.mention.start) - 1]?.text ?? '');
    if (m && opensPhrase) np = { speaker: { type: 'person', person: m.person, text: null }, start: m.mention.start };
  }
  // "Nefzi said, adding, “…”", "Lee said he would go and added, “…”": the subject of the speech verb
  // before it in the sentence
  const coordinated =
    /^(?:and|but)$/i.test(tokens[v - 1]?.text ?? '') ||
    (/^(?:also|then|later)$/i.test(tokens[v - 1]?.text ?? '') && /^(?:and|but)$/i.test(tokens[v - 2]?.text ?? ''));
  if ((!np && participle) || coordinated) {
    for (let u = v - 1; u >= tokenAt(tokens, sentenceStart); u--) {
      if (!at.isVerb(u) || /ing$/i.test(tokens[u]!.text)) continue;
      const earlier = at.subjectOf(u, sentenceStart, true);
      if (earlier && earlier.speaker !== 'plural') np = earlier;
      break;
    }
  }
  // "When Lee suggested that …, Bell fired back: “…”": the main clause after an opening subordinate one
  // (what the verb itself reports is its own subject's: "As the Post reported, …")
  if (
    !reported &&
    /^(?:when|while|after|as|although|though|if|because|since|before|once)$/i.test(
      tokens[tokenAt(tokens, sentenceStart)]?.text ?? '',
    )
  ) {
    let comma = v + 1;
    while (comma < limitIndex && tokens[comma]!.text !== ',') comma++;
    if (comma < limitIndex) {
      const main = tokens[comma + 1] ? d.confirmedStartingAt(tokens[comma + 1]!.start) : undefined;
      const after = main ? tokenAt(tokens, main.mention.end) : -1;
      if (main && isVerbLike(d, after) && !isPossessive(tokens[after - 1]!.text))
        np = { speaker: { type: 'person', person: main.person, text: null }, start: main.mention.start };
    }
  }
  let via: string | null = null;
  // "Blair quoted Clinton as saying, “…”": the one quoted speaks; the one quoting is the intermediary
  const quotedAs =
    /^(?:saying|says)$/i.test(verb.text) && /^as$/i.test(tokens[v - 1]?.text ?? '')
      ? at.quotedBy(v - 1, sentenceStart)
      : null;
  if (quotedAs) {
    np = quotedAs.np;
    via = quotedAs.via;
  }
  if (!np && !participle && !reported && at.invertsSubject(v)) np = at.npStartingAt(v + 1);
  // (reported speech reads a participle's clause subject, "X did this, saying …", but never a finite verb's)
  if (!np && (!reported || participle || coordinated)) np = at.clauseSubject(sentenceStart, verb.start);
  return { np, via };
}

/**
 * A speech verb before the quote: X said, “…” · X told Y that “…” · X did this, saying “…” (a
 * participle takes its clause's subject) · Blair quoted Clinton as saying “…” (Blair is the via)
 * · “…,” said Raymond, “…” (the second part of a split quote).
 */
export const verbBefore: SpeakerRule = (d, q) => {
  const { at, tokens, text } = d;
  const v = verbBeforeIndex(d, q);
  if (v === null) return null;
  const verb = tokens[v]!;
  const { np, via } = subjectOfSpeechVerb(d, v, q.sFirst.start, q.span.start - 1);
  const found = d.toSpeaker(np, verb.start);
  if (!found) return null;
  return candidate(
    found,
    'verb-before',
    via ?? at.viaAfter(v),
    INTRODUCED.test(text.slice(verb.end, q.span.start - 1)),
  );
};

/** “X explores the question: …”: a colon introduces the words of its clause's subject. */
export const colon: SpeakerRule = (d, q) => {
  if (!/:\s*$/.test(q.before)) return null;
  // the clause with the colon: after the last ", and" / ", but" / ";" of the sentence
  const b = q.before;
  const cut = Math.max(b.lastIndexOf(', and '), b.lastIndexOf(', but '), b.lastIndexOf('; '));
  const np = d.at.clauseSubject(cut > 0 ? q.sFirst.start + cut + 2 : q.sFirst.start, q.span.start - 1);
  return np ? candidate(d.toSpeaker(np, q.span.start), 'colon', null, true) : null;
};

/** No words before the quote in its sentence and none after it (nor a lower-case word going on). */
export function standsAlone(d: QuoteDocument, q: QuoteSite): boolean {
  const { text } = d;
  const goesOn = /^[\s,;:—–-]*\p{Ll}/u.test(text.slice(q.span.closeEnd, q.span.closeEnd + 40).split('\n')[0] ?? '');
  // "Instead, “…”", "But “…”": a connective before the quote leaves it alone in its sentence
  const before = q.before.replace(
    /^\s*(?:and|but|so|yet|still|instead|then|now|again|also|indeed|besides|moreover|however|plus|or)\b[\s,]*/i,
    '',
  );
  return !goesOn && !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(text.slice(q.span.end + 1, q.sLast.end));
}

/**
 * A sentence that is only the quote takes the speaker the previous sentence introduces, else
 * continues the last quote's speaker (within a paragraph of it).
 */
export const quoteOnlySentence: SpeakerRule = (d, q) => {
  // alone in its sentence, or opening it with only the writer's aside after it (“…,” which votes in June)
  // (not “…!” read one post: a verb after the quote makes it another clause's)
  const aside = /^[\s,;—–-]*(?:which|who|where|when|and|or|but|because|as|to|for|in|on|at|of|from|than|that)\b/i.test(
    d.text.slice(q.span.closeEnd, q.span.closeEnd + 20),
  );
  const opens = !/[\p{L}\p{N}]/u.test(q.before) && aside;
  if (!standsAlone(d, q) && !opens) return null;
  const intro = d.introducedBy(q.si - 1);
  if (intro) return candidate(intro, 'quote-only-sentence', null, true);
  // “…,” X said on the show “Harbor Week Tonight.” “…”: a title quoted in between continues nobody
  const prev =
    q.prevQuote && (q.prevQuote.kind === 'title' || q.prevQuote.kind === 'term') ? d.lastSpeech() : q.prevQuote;
  if (prev?.speaker && d.sentences[sentenceIndexAt(d.sentences, prev.start)]!.paragraph >= q.sFirst.paragraph - 1) {
    return {
      speaker: prev.speaker,
      attribution: 'continuation',
      rule: 'quote-only-sentence',
      via: null,
      introduced: true,
    };
  }
  return null;
};

// words that may stand between a subject and its verb ("Lee also credited", "Lee has long decried")
const AUXILIARY =
  /^(?:also|then|later|again|once|further|has|have|had|is|was|were|are|will|would|could|can|may|might|did|does|do|been|being|long|still|never|often|even|just|repeatedly|previously|recently|\p{Ll}+ly)$/u;
// lower-case words after a subject that are no verb: the subject is a modifier or in a list
// nouns a name before them describes: the Lee campaign, Lee's allies
const NAME_MODIFIES = new Set(
  'campaign campaigns administration team camp era presidency family allies aides supporters loyalists voters base rally rallies doctrine policy policies plan plans biographer biographers spokesman spokeswoman spokesperson adviser advisers advisor advisors staff staffers lawyer lawyers attorney attorneys critics fans backers officials office'.split(
    ' ',
  ),
);
const NOT_VERB =
  /^(?:and|or|of|for|to|in|on|at|by|with|from|the|a|an|who|which|that|whose|as|than|but|nor|into|about|after|before|while|when|if)$/;

/**
 * A possessive name right before the quote: Lee’s “red line” promise, Lee’s “I never left” line.
 * The words are the possessor's.
 */
export const possessiveBefore: SpeakerRule = (d, q) => {
  const { tokens } = d;
  const open = tokenAt(d.tokens, q.span.start - 1);
  const prev = tokens[open - 1];
  if (!prev || !/\p{L}['’]s?$/u.test(prev.text) || !/['’]/.test(prev.text)) return null;
  const nameEnd = prev.text.endsWith('s') && /['’]s$/.test(prev.text) ? prev.end - 2 : prev.end - 1;
  const m = d.people.mentions.find((x) => x.mention.end === nameEnd || x.mention.end === prev.end);
  if (!m || !d.people.people[m.person]?.confirmed) return null;
  return {
    speaker: { type: 'person', person: m.person, text: null },
    attribution: 'explicit',
    rule: 'possessive-before',
    via: null,
    introduced: false,
  };
};

/**
 * A quoted fragment in a sentence whose main clause has a named subject (or he/she) and a verb
 * before the quote: the subject's words, whatever the verb ("Lee credited the win to “a closed
 * primary”", "She decried the “cruel” cuts"). Only reached when no speech verb stands before the
 * quote in its sentence.
 */
export const clauseSubject: SpeakerRule = (d, q) => {
  if (standsAlone(d, q)) return null;
  const { tokens, at } = d;
  const open = tokenAt(tokens, q.span.start - 1);
  let i = tokenAt(tokens, d.mainClauseStart(q.sFirst, q.span.start - 1));
  if (tokens[i]?.text === ',') i++;
  if (/^(?:but|and|so|yet|still|now|then|meanwhile|instead|later|earlier|today|here)$/i.test(tokens[i]?.text ?? ''))
    i++;
  if (tokens[i]?.text === ',') i++;
  if (i >= open) return null;
  const np = at.npStartingAt(i);
  if (!np || (typeof np.speaker === 'object' && np.speaker.type !== 'person')) return null;
  // "Lee's biographers wrote", "the Lee campaign projects": the name only describes the subject
  const after = tokens[np.endIndex + 1];
  if (
    isPossessive(tokens[np.endIndex]!.text) ||
    (after && after.word && /^\p{Ll}/u.test(after.text) && NAME_MODIFIES.has(after.folded))
  )
    return null;
  let k = np.endIndex + 1;
  // "Lee, the port director, decried …": past an appositive
  if (tokens[k]?.text === ',') {
    let c = k + 1;
    while (c < open && c - k < 25 && tokens[c]!.text !== ',') c++;
    if (tokens[c]?.text !== ',' || c >= open) return null;
    k = c + 1;
  }
  let passive = false;
  while (
    k < open &&
    tokens[k]!.word &&
    AUXILIARY.test(tokens[k]!.text) &&
    !/^(?:also|then)$/.test(tokens[k + 1]?.text ?? '')
  ) {
    passive ||= /^(?:is|was|were|are|been|being)$/.test(tokens[k]!.text);
    k++;
  }
  const verb = tokens[k];
  if (!verb || k >= open || !isVerbLike(d, k)) return null;
  // "Lee was asked by X whether …": the one asking is not the subject
  if (passive && !/ing$/.test(verb.text)) return null;
  // "… while Bell refers to him as “…”": the nearest clause with a named subject before the quote
  for (let j = open - 1; j > k + 1; j--) {
    const m = d.confirmedEndingAt(tokens[j]!.end);
    if (!m || isPossessive(tokens[j]!.text)) continue;
    let v = j + 1;
    while (v < open && tokens[v]!.word && AUXILIARY.test(tokens[v]!.text)) v++;
    if (v < open && isVerbLike(d, v) && !/^(?:is|was|were|are)$/.test(tokens[j + 1]?.text ?? '')) {
      return {
        speaker: { type: 'person', person: m.person, text: null },
        attribution: 'explicit',
        rule: 'clause-subject',
        via: null,
        introduced: false,
      };
    }
    break;
  }
  return candidate(d.toSpeaker(np, verb.start), 'clause-subject');
};

/** a lower-case word that can be a verb after a subject (no preposition, article or conjunction) */
function isVerbLike(d: QuoteDocument, k: number): boolean {
  const t = d.tokens[k];
  return !!t && t.word && /^\p{Ll}{2,}/u.test(t.text) && !NOT_VERB.test(t.text) && !d.inQuote(t.start);
}

/** “As Ann Lee put it, …”, “As Ann Lee observed, …”: the one who put it so */
export const asPutIt: SpeakerRule = (d, q) => {
  const { tokens, at } = d;
  const first = tokenAt(tokens, q.sFirst.start);
  const open = tokenAt(tokens, q.span.start - 1);
  for (let i = first; i < open; i++) {
    // "as" opening the sentence or a clause of it
    if (!/^as$/i.test(tokens[i]!.text) || d.inQuote(tokens[i]!.start) || (i > first && tokens[i - 1]!.text !== ','))
      continue;
    for (let v = i + 2; v < Math.min(open, i + 40) && tokens[v]; v++) {
      if (d.inQuote(tokens[v]!.start) && v > i + 2) continue;
      const putIt = /^(?:put|puts|putting)$/.test(tokens[v]!.text) && /^it$/i.test(tokens[v + 1]?.text ?? '');
      // "As X observed, …" (not "As a candidate, he said, …": there the clause after the comma speaks)
      const reported =
        at.isVerb(v) &&
        tokens[v + 1]?.text === ',' &&
        !tokens.slice(i + 1, v).some((x) => x.text === ',' && !d.inQuote(x.start));
      if (!putIt && !reported) continue;
      const np = at.subjectOf(v, tokens[i + 1]!.start);
      return np ? candidate(d.toSpeaker(np, tokens[v]!.start), 'as-put-it') : null;
    }
    return null;
  }
  return null;
};

/** The person of a label: a name mention starting at `start`, or a shouted surname (WALLACE) that one person of the document has. */
function labelPerson(d: QuoteDocument, start: number, end: number): number | null {
  const m = d.people.mentions.find(
    (x) => (x.mention.start === start || x.mention.nameStart === start) && x.mention.end <= end,
  );
  if (m) return m.person;
  const word = d.text.slice(start, end).trim();
  if (!/^\p{Lu}[\p{Lu}'’-]+$/u.test(word)) return null;
  const folded = foldWord(word);
  const owners = d.people.people.filter((p) => p.confirmed && foldWord(p.name.split(/\s+/).at(-1) ?? '') === folded);
  return owners.length === 1 ? owners[0]!.key : null;
}

const personCandidate = (person: number, rule: RuleName): Candidate => ({
  speaker: { type: 'person', person, text: null },
  attribution: 'explicit',
  rule,
  via: null,
  introduced: true,
});

/**
 * A transcript label: “WALLACE: Will you run?” inside the quote, or a line that opens with the
 * label before the quote (Ann Lee: “We are ready.”). The label's person speaks.
 */
export const transcriptLabel: SpeakerRule = (d, q) => {
  const inside = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s?){1,3}):\s/u.exec(q.quote);
  // “Ann Lee: The Harbor Movement’s Human Shield” is a headline, not a transcript
  if (inside && !looksLikeTitle(q.quote.slice(inside[0].length), true)) {
    const p = labelPerson(d, q.span.start + inside.index, q.span.start + inside[1]!.trimEnd().length);
    return p === null ? null : personCandidate(p, 'transcript-label');
  }
  const line = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s?){1,3}):\s*$/u.exec(q.before);
  if (line && q.sFirst.start === d.paragraphStart(q.si)) {
    const p = labelPerson(
      d,
      q.sFirst.start + line.index + (line[0].length - line[0].trimStart().length),
      q.sFirst.start + line[0].indexOf(':'),
    );
    return p === null ? null : personCandidate(p, 'transcript-label');
  }
  return null;
};

/**
 * A credit after the quote: “We cannot wait.” ― Nell Okafor, or a quote that stands alone in its
 * paragraph with a short line naming the speaker under it (Ana Diaz, Daily Post) or over it.
 */
export const creditLine: SpeakerRule = (d, q) => {
  const { text } = d;
  // a dash, then a name that ends the sentence or the paragraph
  const dash = /^\s*[―—–-]{1,2}\s*/.exec(text.slice(q.span.closeEnd, q.span.closeEnd + 4));
  if (dash) {
    const start = q.span.closeEnd + dash[0].length;
    const m = d.mentionStartingAt(start);
    if (m && /^\s*(?:[.,;]|$|\n)/.test(text.slice(m.mention.end, m.mention.end + 2)))
      return personCandidate(m.person, 'credit-line');
  }
  const para = d.paragraphOf(q.span.start);
  const quoteOnly =
    !/[\p{L}\p{N}]/u.test(text.slice(para.start, q.span.start - 1)) &&
    !/[\p{L}\p{N}]/u.test(text.slice(q.span.closeEnd, para.end));
  if (!quoteOnly) return null;
  for (const other of [d.paragraphAfter(para), d.paragraphBefore(para)]) {
    if (!other) continue;
    const line = text.slice(other.start, other.end);
    // a label ending in a colon names the speaker of what follows it, never of what precedes
    if (other.start > para.start && /:\s*$/.test(line)) continue;
    if (line.split(/\s+/).length > 8 || /[“”"]/.test(line) || !/^[―—–\-\s]*\p{Lu}/u.test(line)) continue;
    const lead = line.length - line.replace(/^[―—–\-\s]*/u, '').length;
    const m = d.mentionStartingAt(other.start + lead);
    // the line is the name, perhaps with its outlet or role after a comma, or a colon
    if (m && /^\s*(?:[,:(]|$)/.test(text.slice(m.mention.end, other.end)))
      return personCandidate(m.person, 'credit-line');
  }
  return null;
};

/** The rules in the order they are tried. */
export const SPEAKER_RULES: readonly SpeakerRule[] = [
  transcriptLabel,
  afterQuote,
  creditLine,
  continuedParagraph,
  accordingTo,
  asPutIt,
  possessiveBefore,
  verbBefore,
  colon,
  quoteOnlySentence,
  clauseSubject,
];

/** The speaker of a quoted span by the first rule that finds one (a continued paragraph may override a pronoun). */
export function findSpeaker(d: QuoteDocument, q: QuoteSite): Candidate | null {
  let found: Candidate | null = null;
  for (const rule of SPEAKER_RULES) {
    if (found && (rule !== continuedParagraph || found.rule === 'transcript-label')) continue;
    found = rule(d, q, found) ?? found;
  }
  if (found?.via && /^(?:me|us|him|her|them|reporters)$/i.test(found.via)) found = { ...found, via: null };
  return found;
}
