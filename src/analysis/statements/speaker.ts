/**
 * Who reports through a verb, for reported speech. The candidates, in order, the first that is a noun
 * phrase standing:
 *   a verb joined to an earlier clause ("Lee met them and said", "Lee sued, saying"): the subject of
 *     that clause, someone the attribution rules found, the phrase opening the sentence, the name before
 *     the cue;
 *   otherwise: the person named between the two commas before the cue, the subject before the whole cue
 *     ("Ryan has long said"), the subject the quote rules read (subjectOfSpeechVerb), the name right
 *     before the cue as written ("Democrats say"), the person opening the sentence before an appositive,
 *     the phrase opening the sentence ("Staff for the committee said").
 * Then a name that is only the object inside a longer subject gives way to that subject ("officials
 * interviewed by the Post"), a dateline to the clause after it, and an organisation to its whole name.
 * The candidates themselves are in subject-phrases.ts.
 */
import type { Speaker } from '../quotes/attribution.ts';
import type { NounPhrase, QuoteDocument } from '../quotes/quote-document.ts';
import { subjectOfSpeechVerb } from '../quotes/speaker-rules.ts';
import type { TextRange } from '../sentences.ts';
import { tokenAt, type Token } from '../tokens.ts';
import { CUE_LEAD, FINITE } from './cues.ts';
import {
  apposedBeforeComma,
  apposedPerson,
  DETERMINER,
  isNounPhrase,
  nameBefore,
  namedBetweenCommas,
  OPENING_PREPOSITION,
  openingPhrase,
  pluralBefore,
  pronounBefore,
  QUANTIFIER,
  sentenceSubject,
  SUBJECT_OR_OBJECT,
  subjectInClause,
  TIME_NOUN,
} from './subject-phrases.ts';

// verbs before "to" that report the speech all the same ("continued to insist", "went on to explain")
const GOES_ON =
  /^(?:continue|continues|continued|went|go|goes|on|had|has|have|began|begin|begins|started|starts|used|moved|rushed|took|takes)$/i;

/** The first token of the cue: the verb with the auxiliaries, adverbs and "continued to" before it. */
export function leadStart(d: QuoteDocument, v: number, sentenceStart: number): number {
  const { tokens } = d;
  let k = v;
  for (;;) {
    const prev = tokens[k - 1];
    if (!prev || prev.start < sentenceStart) return k;
    // "Lee on Tuesday said", "Lee last week said"
    if (TIME_NOUN.test(prev.text) && /^(?:on|last|this|late|early|earlier)$/i.test(tokens[k - 2]?.text ?? '')) k -= 2;
    else if (CUE_LEAD.test(prev.text)) k--;
    else if (/^to$/i.test(prev.text) && GOES_ON.test(tokens[k - 2]?.text ?? '')) k -= 2;
    else if (/^on$/i.test(prev.text) && /^(?:went|go|goes)$/i.test(tokens[k - 2]?.text ?? '')) k -= 2;
    else return k;
  }
}

/** The speaker's noun phrase for the reporting verb at v whose clause starts at `clauseStart`. */
export function reportingSubject(d: QuoteDocument, v: number, s: TextRange, clauseStart: number): NounPhrase {
  const lead = leadStart(d, v, s.start);
  // "House Democrats, looking for a way out, seized the floor and said …": the name opening the sentence
  const coordinated =
    /^(?:and|but|then)$/i.test(d.tokens[lead - 1]?.text ?? '') || /^then$/i.test(d.tokens[lead]!.text);
  const participle = /ing$/i.test(d.tokens[v]!.text);
  const { np } = subjectOfSpeechVerb(d, v, s.start, clauseStart, true);
  // a verb coordinated with an earlier one ("Lee met them and said …") or a participle ("Lee
  // sued, saying …"): the subject of that clause, else the noun phrase opening the sentence
  const joined = coordinated || (participle && d.tokens[lead - 1]?.text === ',');
  // ("despite the fact that Lee himself stated": the subject before the whole cue comes first)
  const beforeLead = lead < v && !participle ? d.at.subjectOf(lead, s.start, true, true) : null;
  // the first candidate that is a noun phrase ("The crowd cheered" is none), in this order
  const candidates: (() => NounPhrase)[] = joined
    ? [
        () => subjectInClause(d, lead - 1, s),
        () => (np && typeof np.speaker === 'string' ? np : null),
        () => openingPhrase(d, s),
        () => np,
        () => nameBefore(d, lead, s),
      ]
    : [
        () => pronounBefore(d, lead, s),
        () => namedBetweenCommas(d, lead, s),
        () => beforeLead,
        () => (isSomeone(np) ? np : null),
        () => apposedBeforeComma(d, lead, s),
        () => np,
        () => nameBefore(d, lead, s),
        () => sentenceSubject(d, lead, s),
        () => pluralBefore(d, lead, s),
      ];
  let found: NounPhrase = null;
  for (const candidate of candidates) {
    found = candidate();
    if (found && !('start' in found && typeof found.speaker === 'object' && !isNounPhrase(found.speaker))) break;
    found = null;
  }
  if (!found) return null;
  // "ORLANDO, Fla. (Reuters) - President X met … and said": a dateline is no one's subject
  const text = d.text.slice(s.start, s.start + 80);
  const dash = /^\p{Lu}{2,}[\p{Lu}\s.,]*(?:\([^)]*\))?[^—–-]{0,30}\s[—–-]{1,2}\s/u.exec(text);
  if (dash && 'start' in found && found.start < s.start + dash[0].length) {
    const main = d.at.clauseSubject(s.start + dash[0].length, d.tokens[v]!.start);
    return main ? headOf(d, main, s) : null;
  }
  return (joined ? null : modifiedSubject(d, found, lead, s)) ?? headOf(d, found, s);
}

/**
 * "Former officials interviewed by the Harbor Post emphasize …", "Sources familiar with Lee's thinking
 * said …", "The leader of a union representing officers said …": the name right before the cue is the
 * object of a preposition inside the subject, not the subject; the subject is the whole phrase (or the
 * person it opens with). Only when the phrase holds no verb of its own and runs from the clause start.
 */
function modifiedSubject(d: QuoteDocument, np: NonNullable<NounPhrase>, lead: number, s: TextRange): NounPhrase {
  if (!('start' in np)) return null;
  const { tokens } = d;
  let k = tokenAt(tokens, np.start);
  // ("a union representing 12,000 officers": a count or a participle before the name links it too)
  while (/^[\d.,]*\d$/.test(tokens[k - 1]?.text ?? '') && k > 1) k--;
  if (/^(?:the|a|an)$/i.test(tokens[k - 1]?.text ?? '')) k--;
  if (typeof np.speaker === 'string') return null;
  const link = tokens[k - 1]?.text ?? '';
  if (
    !(/^(?:of|for|with|by|to|from|in|on|at|about)$/.test(link) || /^\p{Ll}{3,}(?:ing|ed)$/u.test(link)) ||
    !tokens[k - 2]?.word
  )
    return null;
  let b = k - 2;
  while (b - 1 >= 0 && tokens[b - 1]!.start >= s.start && lead - b < 16) {
    const t = tokens[b - 1]!;
    if (!t.word || /^(?:that|and|but|when|while|because|as|if)$/i.test(t.text)) break;
    if (FINITE.test(t.text.replace(/’/g, "'")) || SUBJECT_OR_OBJECT.test(t.text)) return null;
    b--;
  }
  const words = tokens.slice(b, lead);
  const start = words[0];
  const clauseWord = (t: Token): boolean =>
    FINITE.test(t.text.replace(/’/g, "'")) || /^(?:that|which|who|whom|whose|where|["“”,;:])$/i.test(t.text);
  if (!start || words.length > 12 || words.some(clauseWord)) return null;
  const opens =
    QUANTIFIER.test(start.text) ||
    DETERMINER.test(start.text) ||
    /^\p{Lu}|^\d/u.test(start.text) ||
    /^\p{Ll}+s$/u.test(start.text);
  if (!opens || (OPENING_PREPOSITION.test(start.text) && !/^as$/i.test(start.text))) return null;
  const m = d.confirmedStartingAt(start.start);
  if (m && tokenAt(tokens, m.mention.end) < k - 1)
    return { speaker: { type: 'person', person: m.person, text: null }, start: m.mention.start };
  const sp: Speaker = { type: 'anonymous', person: null, text: d.text.slice(start.start, words.at(-1)!.end) };
  return isNounPhrase(sp) ? { speaker: sp, start: start.start } : null;
}

/**
 * The head of a subject the attribution rules found too far right: "Bush and his rivals" is Bush
 * (the first of a pair), "rivals for the nomination" the rivals (not the object of "for"), "the
 * Republican Party of Wyoming" the whole name (not "Wyoming").
 */
function headOf(d: QuoteDocument, found: NonNullable<NounPhrase>, s: TextRange): NonNullable<NounPhrase> {
  if (!('start' in found) || typeof found.speaker !== 'object' || found.speaker.type === 'person') return found;
  const { tokens } = d;
  let sp: Speaker = found.speaker;
  let start = found.start;
  let k = tokenAt(tokens, start);
  // "rivals for the nomination": back to the noun the preposition follows
  while (sp.type !== 'org' && /^(?:for|of|with|from|about|to|in|on)$/.test(tokens[k - 1]?.text ?? '')) {
    const head = d.at.npEndingAt(k - 2, tokenAt(tokens, s.start), true);
    if (!head || typeof head.speaker !== 'object' || head.start < s.start) break;
    sp = head.speaker;
    start = head.start;
    k = tokenAt(tokens, start);
    if (sp.type === 'person') return { speaker: sp, start };
  }
  if (sp.type === 'anonymous') {
    const apposed = apposedPerson(d, k, s);
    if (apposed) return apposed;
  }
  const prev = tokens[k - 1];
  if (!prev || prev.start < s.start) return { speaker: sp, start };
  if (sp.type === 'org' && sp.text && /^(?:of|for)$/.test(prev.text)) {
    // "the Republican Party of Wyoming"
    const owner = nameBefore(d, k - 1, s, true);
    const end = d.text.indexOf(sp.text, start);
    if (owner && 'start' in owner && end >= 0)
      return { speaker: { ...sp, text: d.text.slice(owner.start, end + sp.text.length) }, start: owner.start };
  }
  if (!/^and$/.test(prev.text)) return { speaker: sp, start };
  // "Bush and his rivals": the first of the pair
  const named = d.confirmedEndingAt(tokens[k - 2]?.end ?? -1);
  if (named) return { speaker: { type: 'person', person: named.person, text: null }, start: named.mention.start };
  return nameBefore(d, k - 1, s) ?? { speaker: sp, start };
}

/** The attribution rules found a person, a pronoun or "the senator": someone, not a phrase to second-guess. */
const isSomeone = (np: NounPhrase): boolean =>
  !!np && (typeof np.speaker === 'string' ? np.speaker !== 'plural' : np.speaker.type === 'person');
