/**
 * The noun phrases that can be a reporting verb's subject when the attribution rules find none, or find
 * one inside a longer subject: the name right before the cue as written, the person apposed to a
 * description, the subject of a coordinated or participle clause, the phrase opening the sentence.
 * Each returns a noun phrase as the Attributor gives them (speaker.ts resolves and orders them).
 */
import { GROUP_NOUNS, MONTHS, ROLE_NOUNS, STOP_WORDS, WEEKDAYS } from '../people/lexicon.ts';
import { isCapitalised } from '../people/mentions.ts';
import type { Speaker } from '../quotes/attribution.ts';
import type { NounPhrase, QuoteDocument } from '../quotes/quote-document.ts';
import type { TextRange } from '../sentences.ts';
import { isPossessive, tokenAt, type Token } from '../tokens.ts';
import { FINITE, WEAK_FINITE } from './cues.ts';

export const TIME_NOUN =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|night|morning|afternoon|evening)$/;
// after a subject: an auxiliary, a verb in -ed or -s, an adverb
const VERB_LIKE =
  /^(?:had|has|have|was|is|were|are|will|would|did|does|could|can|also|then|later|first|\p{Ll}+ed|\p{Ll}+ly|\p{Ll}{2,}[^s\W]s)$/u;
// pronouns and the like: a phrase holding one is not a subject noun phrase of its own
export const SUBJECT_OR_OBJECT =
  /^(?:he|she|they|we|i|you|it|him|her|them|us|me|this|that|these|those|there|here|who|which|what)$/i;
export const OPENING_PREPOSITION = /^(?:in|on|at|after|before|during|since|for|with|by|from|when|while|as)$/i;
// words that stand for an unnamed group when they open the sentence ("Some say …", "Many argue …")
const SOME = /^(?:some|many|others|most|few|several|both)$/i;
export const QUANTIFIER =
  /^(?:some|many|most|few|several|both|all|other|two|three|four|five|dozens|hundreds|thousands)$/i;

/**
 * The capitalised run ending right before token k, opening the clause ("Democrats", "The Hollywood
 * Chamber of Commerce", "Some"): a group (plural) or an organisation as the text names it.
 */
export function nameBefore(d: QuoteDocument, k: number, s: TextRange, anywhere = false): NounPhrase {
  const { tokens } = d;
  const last = tokens[k - 1];
  if (!last || last.start < s.start || !last.word || isPossessive(last.text)) return null;
  let j = k - 1;
  if (SOME.test(last.text) && tokens[j]!.start === s.start)
    return { speaker: { type: 'anonymous', person: null, text: last.text }, start: last.start };
  if (!isCapitalised(last)) return null;
  // back over the run, its connectors included ("Chamber of Commerce", "Fish and Wildlife Service")
  while (j - 1 >= 0 && tokens[j - 1]!.start >= s.start) {
    const t = tokens[j - 1]!;
    const joins = /^(?:of|and|for|&)$/.test(t.text) && isCapitalised(tokens[j - 2] ?? t);
    if (!(t.word && isCapitalised(t)) && !joins) break;
    j--;
  }
  // ("As The Hill reported": words that open a sentence are not the name)
  // a person of the document named by their surname, as a headline or a month-like name has it ("May said")
  const named = k - j === 1 ? personNamedBefore(d, k) : null;
  if (named !== null) return { speaker: { type: 'person', person: named, text: null }, start: tokens[j]!.start };
  // ("Some Democrats say": a quantifier stays with the group it counts)
  while (j < k - 1 && STOP_WORDS.has(tokens[j]!.folded) && !QUANTIFIER.test(tokens[j]!.text)) j++;
  if (STOP_WORDS.has(tokens[j]!.folded) && !(QUANTIFIER.test(tokens[j]!.text) && j < k - 1)) return null;
  // a day or a month never speaks ("On Sunday morning …")
  if (
    tokens
      .slice(j, k)
      .every((t) => !t.word || WEEKDAYS.has(t.folded) || MONTHS.has(t.folded) || STOP_WORDS.has(t.folded))
  )
    return null;
  const before = tokens[j - 1];
  const opens =
    tokens[j]!.start === s.start ||
    (!!before &&
      (/^(?:,|;|:|and|but|the|as|after|when|while|because|since|before|until|once)$/i.test(before.text) ||
        tokenAt(tokens, s.start) === j - 1));
  if (j >= k || !(opens || anywhere)) return null;
  // "voters in Alabama, Georgia and Virginia said": a place after a preposition speaks for no one
  // (while "Iran insists", "Texas asked" speak for their governments)
  const place = d.people.others.some((o) => o.type === 'place' && o.start < last.end && o.end > tokens[j]!.start);
  if (
    place &&
    (!before || /^(?:in|of|from|across|throughout|at|to|for)$/i.test(before.text) || /^,$/.test(before.text))
  )
    return null;
  const text = d.text.slice(tokens[j]!.start, last.end);
  const plural = /\p{Ll}s$/u.test(last.text) && !/ss$/.test(last.text);
  return { speaker: { type: plural ? 'anonymous' : 'org', person: null, text }, start: tokens[j]!.start };
}

/** "X, a Republican and former legislator who …": the person a description at token k is apposed to. */
export function apposedPerson(d: QuoteDocument, k: number, s: TextRange): NonNullable<NounPhrase> | null {
  const { tokens } = d;
  for (let j = k - 1; j > k - 10 && tokens[j] && tokens[j]!.start >= s.start; j--) {
    const t = tokens[j]!;
    if (t.text === ',') {
      const m = d.confirmedEndingAt(tokens[j - 1]?.end ?? -1);
      return m ? { speaker: { type: 'person', person: m.person, text: null }, start: m.mention.start } : null;
    }
    if (!t.word) return null;
  }
  return null;
}

/**
 * "… when Lee spotted a sign and asked …", "Lee made a third attempt, writing that …": the person
 * who is the subject of the clause ending at token `from` — named where a subject stands (after the
 * clause's start, a comma or a time phrase, not after a verb or a preposition) and followed by a verb.
 */
export function subjectInClause(d: QuoteDocument, from: number, s: TextRange): NounPhrase {
  const { tokens } = d;
  let first = null;
  for (let k = from; k >= 0 && tokens[k]!.start >= s.start && from - k < 40; k--) {
    if (/^(?:[;:“”"]|when|while|after|before|because|and|but)$/i.test(tokens[k]!.text) && k < from) break;
    const m = d.mentionStartingAt(tokens[k]!.start);
    if (!m || k === from) continue;
    const next = tokens[tokenAt(tokens, m.mention.end)];
    const prev = tokens[k - 1];
    const verbNext =
      !!next &&
      !isPossessive(tokens[tokenAt(tokens, m.mention.end) - 1]!.text) &&
      (VERB_LIKE.test(next.text) || WEAK_FINITE.test(next.text) || FINITE.test(next.text));
    const subjectPlace =
      !prev ||
      prev.start < s.start ||
      !prev.word ||
      /^(?:and|but|when|while|as|after|that|because|morning|afternoon|evening|night|today|yesterday)$/i.test(
        prev.text,
      ) ||
      TIME_NOUN.test(prev.text) ||
      // "campaign manager Corey Lewandowski rejected …"
      (ROLE_NOUNS.has(prev.folded) && !isCapitalised(prev));
    // the nearest subject to the verb, not one of a "that" clause ("the possibility that Lee would win")
    if (verbNext && subjectPlace && !/^that$/i.test(prev?.text ?? '') && !first) first = m;
  }
  return first ? { speaker: { type: 'person', person: first.person, text: null }, start: first.mention.start } : null;
}

/**
 * "Ann Lee, a rabbi from Harbor, Mass., helping to organize the boycott, said": the person opening the
 * sentence before an appositive the attribution rules could not read, when the cue follows its comma.
 */
export function apposedBeforeComma(d: QuoteDocument, lead: number, s: TextRange): NounPhrase {
  const { tokens } = d;
  if (tokens[lead - 1]?.text !== ',') return null;
  let first = tokenAt(tokens, s.start);
  if (/^(?:but|and|yet|so)$/i.test(tokens[first]!.text)) first++;
  const m = d.confirmedStartingAt(tokens[first]?.start ?? -1);
  const after = m ? tokens[tokenAt(tokens, m.mention.end)] : undefined;
  if (!m || !after || !/^(?:,|and)$/.test(after.text)) return null;
  return { speaker: { type: 'person', person: m.person, text: null }, start: m.mention.start };
}

/**
 * A description or name is a noun phrase, not "The crowd cheered", "That’s not the same as" or "the
 * difficulty in": no verb or contraction in it, and no verb form, function word or dash at its end.
 */
export function isNounPhrase(sp: Speaker): boolean {
  if (sp.type !== 'anonymous' && sp.type !== 'org') return true;
  const words = (sp.text ?? '').split(/\s+/);
  const last = words.at(-1) ?? '';
  return !(
    /^\p{Ll}+ed$/u.test(last) ||
    /^[-—–]$/.test(last) ||
    /^(?:of|in|on|at|for|to|with|by|from|as|and|or|but|the|a|an|that|which|this|these|those|than)$/i.test(last) ||
    words.some((w) => FINITE.test(w.replace(/’/g, "'")) || /n['’]t$|^(?:it|that|there|he|she|what)['’]s$/i.test(w))
  );
}

/**
 * "Staff for the committee said", "Proponents of the bill, however, say", "Yin May, 60, a doctor, said":
 * the noun phrase opening the sentence (after a conjunction, or after an opening phrase and its comma)
 * when nothing but a parenthetical between commas stands between it and the cue. A person named at its
 * start is that person; a capitalised name is kept as written; anything else is a description.
 */
export function sentenceSubject(d: QuoteDocument, lead: number, s: TextRange): NounPhrase {
  const { tokens } = d;
  let first = tokenAt(tokens, s.start);
  if (/^(?:but|and|yet|so|still)$/i.test(tokens[first]?.text ?? '')) first++;
  if (OPENING_PREPOSITION.test(tokens[first]?.text ?? '')) {
    while (first < lead && tokens[first]!.text !== ',') first++;
    first++;
  }
  let end = lead;
  if (tokens[lead - 1]?.text === ',') {
    end = first;
    while (end < lead - 1 && tokens[end]!.text !== ',') end++;
    if (end >= lead - 1) return null;
  }
  const words = tokens.slice(first, end);
  if (!words.length || words.length > 10 || !words.every((t) => t.word || t.text === '.' || t.text === '-'))
    return null;
  if (words.some((t) => FINITE.test(t.text) || /\p{Ll}ed$/u.test(t.text) || SUBJECT_OR_OBJECT.test(t.text)))
    return null;
  return subjectPhrase(d, words);
}

/**
 * "A reporter pushed back and said …", "All of the GOP candidates oppose it, and have pledged …",
 * "House Democrats, looking for a way out, seized the floor and said …": the noun phrase that opens
 * the sentence (after a conjunction, or an opening phrase and its comma), up to its head noun: a
 * role or group noun, a plural, or a name, where no preposition follows.
 */
export function openingPhrase(d: QuoteDocument, s: TextRange): NounPhrase {
  const { tokens } = d;
  let first = tokenAt(tokens, s.start);
  if (/^(?:but|and|yet|so|still)$/i.test(tokens[first]?.text ?? '')) first++;
  if (OPENING_PREPOSITION.test(tokens[first]?.text ?? '')) {
    while (tokens[first] && tokens[first]!.start < s.end && tokens[first]!.text !== ',') first++;
    first++;
  }
  const start = tokens[first];
  if (!start?.word) return null;
  if (/^(?:he|she)$/i.test(start.text))
    return { speaker: 'pronoun', start: start.start, titleWord: start.text.toLowerCase() };
  const opens =
    QUANTIFIER.test(start.text) ||
    DETERMINER.test(start.text) ||
    (isCapitalised(start) && !STOP_WORDS.has(start.folded));
  if (!opens) return null;
  for (let e = first; e < first + 8 && tokens[e]?.word; e++) {
    const t = tokens[e]!;
    // "The Sanders campaign responded …": the phrase ends at its verb
    if (e > first + 1 && isVerbAfterSubject(t.text, true)) return subjectPhrase(d, tokens.slice(first, e));
    if (e > first && (STOP_WORDS.has(t.folded) ? !/^(?:of|for|and)$/i.test(t.text) : /ly$/.test(t.text))) return null;
    const head =
      ROLE_NOUNS.has(t.folded) ||
      GROUP_NOUNS.has(t.folded) ||
      (/^\p{Ll}{3,}s$/u.test(t.text) && !/ss$/.test(t.text)) ||
      (isCapitalised(t) && !DETERMINER.test(t.text) && nameEndsAt(tokens, e));
    if (head && e >= first && !PREPOSITION_AFTER.test(tokens[e + 1]?.text ?? ''))
      return subjectPhrase(d, tokens.slice(first, e + 1));
  }
  return null;
}

/** A capitalised word at e ends a name: a comma or a verb follows, not more of the name or a noun it modifies. */
function nameEndsAt(tokens: readonly Token[], e: number): boolean {
  const next = tokens[e + 1];
  return !!next && (next.text === ',' || (!isCapitalised(next) && isVerbAfterSubject(next.text, true)));
}

/** A word that can be the verb right after a subject: an auxiliary, a common verb, a past form. */
const isVerbAfterSubject = (w: string, notFirst: boolean): boolean =>
  notFirst && (FINITE.test(w) || WEAK_FINITE.test(w) || /^\p{Ll}{2,}ed$/u.test(w));

const PREPOSITION_AFTER = /^(?:of|for|in|on|from|with|at|to|across|who|and|'s|’s)$/;
export const DETERMINER = /^(?:a|an|the|one|another|his|her|their|its)$/i;

/** A subject's words as a speaker: the person named at their start, a name as written, or a description. */
function subjectPhrase(d: QuoteDocument, words: readonly Token[]): NounPhrase {
  const m = d.confirmedStartingAt(words[0]!.start);
  // ("Mr. Bloomberg's representatives": the person owns the subject, and is not it)
  const owner = m && isPossessive(d.tokens[tokenAt(d.tokens, m.mention.end) - 1]?.text ?? '');
  if (m && !owner) return { speaker: { type: 'person', person: m.person, text: null }, start: m.mention.start };
  const text = d.text.slice(words[0]!.start, words.at(-1)!.end);
  const named = words.every((t) => isCapitalised(t) || t.text === '.');
  const plural = /\p{Ll}s$/u.test(words.at(-1)!.text);
  return { speaker: { type: named && !plural ? 'org' : 'anonymous', person: null, text }, start: words[0]!.start };
}

/**
 * "One pastor supporting Lee, Ann Kim of the Harbor Church in Marion, said": the person named at the
 * start of the phrase between the two commas before the cue, who is the one apposed to the description.
 */
export function namedBetweenCommas(d: QuoteDocument, lead: number, s: TextRange): NounPhrase {
  const { tokens } = d;
  if (tokens[lead - 1]?.text !== ',') return null;
  let k = lead - 2;
  while (k >= 0 && tokens[k]!.start >= s.start && tokens[k]!.text !== ',' && lead - k < 14) k--;
  if (tokens[k]?.text !== ',' || tokens[k]!.start < s.start) return null;
  const m = d.mentionStartingAt(tokens[k + 1]?.start ?? -1);
  // "The United Nations' refugee agency, UNHCR, says": a name between the commas, as written
  const between = tokens.slice(k + 1, lead - 1);
  if (
    !m &&
    between.length &&
    between.length <= 4 &&
    between.every((t) => t.word && isCapitalised(t) && !STOP_WORDS.has(t.folded))
  )
    return {
      speaker: { type: 'org', person: null, text: d.text.slice(between[0]!.start, between.at(-1)!.end) },
      start: between[0]!.start,
    };
  if (!m || !d.people.people[m.person]?.confirmed) return null;
  // (a sentence that opens with a person is about that person: "Ann Lee, the envoy Bo Kim named, said")
  let first = tokenAt(tokens, s.start);
  if (/^(?:but|and|yet|so)$/i.test(tokens[first]?.text ?? '')) first++;
  if (d.mentionStartingAt(tokens[first]?.start ?? -1) || d.mentionEndingAt(tokens[k - 1]?.end ?? -1)) return null;
  return { speaker: { type: 'person', person: m.person, text: null }, start: m.mention.start };
}

/** "… when he said", "… because she argued": a pronoun right before the cue is its subject. */
export function pronounBefore(d: QuoteDocument, lead: number, s: TextRange): NounPhrase {
  const t = d.tokens[lead - 1];
  if (!t || t.start < s.start || !/^(?:he|she)$/i.test(t.text)) return null;
  return { speaker: 'pronoun', start: t.start, titleWord: t.text.toLowerCase() };
}

/**
 * "… while others say", "prominent Sanders backers say", "some Wisconsinites say": a few words ending on
 * a plural noun right before the cue, from the clause's start, as a description.
 */
export function pluralBefore(d: QuoteDocument, lead: number, s: TextRange): NounPhrase {
  const { tokens } = d;
  const last = tokens[lead - 1];
  if (
    !last ||
    last.start < s.start ||
    !/^\p{L}{3,}s$/u.test(last.text) ||
    /ss$/.test(last.text) ||
    isPossessive(last.text)
  )
    return null;
  let b = lead - 1;
  while (b - 1 >= 0 && tokens[b - 1]!.start >= s.start && lead - b < 5 && tokens[b - 1]!.word) {
    const w = tokens[b - 1]!;
    if (/^(?:while|and|but|as|that|because|when|if)$/i.test(w.text) || FINITE.test(w.text) || /ed$/.test(w.text)) break;
    b--;
  }
  const words = tokens.slice(b, lead);
  if (words.some((t) => SUBJECT_OR_OBJECT.test(t.text) && !/^others$/i.test(t.text))) return null;
  return {
    speaker: { type: 'anonymous', person: null, text: d.text.slice(words[0]!.start, last.end) },
    start: words[0]!.start,
  };
}

/** The one person of the document whose full name, or else surname, the words before token v end with. */
export function personNamedBefore(d: QuoteDocument, v: number): number | null {
  const before = d.text.slice(Math.max(0, d.tokens[v]!.start - 60), d.tokens[v]!.start).trimEnd();
  const fits = (name: string): boolean => before === name || before.endsWith(` ${name}`);
  const full = d.people.people.flatMap((p, i) => (p.salient && fits(p.name) ? [i] : []));
  if (full.length === 1) return full[0]!;
  const surname = d.people.people.flatMap((p, i) =>
    p.salient && /\s/.test(p.name) && fits(p.name.split(/\s+/).at(-1)!) ? [i] : [],
  );
  return surname.length === 1 ? surname[0]! : null;
}
