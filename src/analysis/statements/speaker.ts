/**
 * Who reports through a verb, for reported speech: the subject the quote rules read
 * (subjectOfSpeechVerb), looked for before the whole cue ("Ryan has long said", "Lee continued to
 * insist"), else the capitalised name right before the cue as written ("Democrats say", "The
 * Hollywood Chamber of Commerce has announced"), which stays a name as the text gives it.
 */
import { isCapitalised } from '../people/mentions.ts';
import type { NounPhrase, QuoteDocument } from '../quotes/quote-document.ts';
import { subjectOfSpeechVerb } from '../quotes/speaker-rules.ts';
import type { TextRange } from '../sentences.ts';
import { isPossessive, tokenAt } from '../tokens.ts';
import { CUE_LEAD } from './cues.ts';

// verbs before "to" that report the speech all the same ("continued to insist", "went on to explain")
const GOES_ON =
  /^(?:continue|continues|continued|went|go|goes|on|had|has|have|began|begin|begins|started|starts|used|moved|rushed|took|takes)$/i;
// words that stand for an unnamed group when they open the sentence ("Some say …", "Many argue …")
const SOME = /^(?:some|many|others|most|few|several|both)$/i;

/** The first token of the cue: the verb with the auxiliaries, adverbs and "continued to" before it. */
export function leadStart(d: QuoteDocument, v: number, sentenceStart: number): number {
  const { tokens } = d;
  let k = v;
  for (;;) {
    const prev = tokens[k - 1];
    if (!prev || prev.start < sentenceStart) return k;
    if (CUE_LEAD.test(prev.text)) k--;
    else if (/^to$/i.test(prev.text) && GOES_ON.test(tokens[k - 2]?.text ?? '')) k -= 2;
    else if (/^on$/i.test(prev.text) && /^(?:went|go|goes)$/i.test(tokens[k - 2]?.text ?? '')) k -= 2;
    else return k;
  }
}

/** The speaker's noun phrase for the reporting verb at v whose clause starts at `clauseStart`. */
export function reportingSubject(d: QuoteDocument, v: number, s: TextRange, clauseStart: number): NounPhrase {
  const { np } = subjectOfSpeechVerb(d, v, s.start, clauseStart, true);
  if (np) return np;
  const lead = leadStart(d, v, s.start);
  return (lead < v ? d.at.subjectOf(lead, s.start, true, true) : null) ?? nameBefore(d, lead, s);
}

/**
 * The capitalised run ending right before token k, opening the clause ("Democrats", "The Hollywood
 * Chamber of Commerce", "Some"): a group (plural) or an organisation as the text names it.
 */
function nameBefore(d: QuoteDocument, k: number, s: TextRange): NounPhrase {
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
  if (/^the$/i.test(tokens[j]!.text)) j++;
  const before = tokens[j - 1];
  const opens =
    tokens[j]!.start === s.start ||
    (!!before && (/^(?:,|and|but|the|as)$/i.test(before.text) || tokenAt(tokens, s.start) === j - 1));
  if (j >= k || !opens) return null;
  const text = d.text.slice(tokens[j]!.start, last.end);
  const plural = /\p{Ll}s$/u.test(last.text) && !/ss$/.test(last.text);
  return { speaker: { type: plural ? 'anonymous' : 'org', person: null, text }, start: tokens[j]!.start };
}
