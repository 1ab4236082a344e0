/**
 * Who said a quoted span, by general rules over the sentence around it (never by names):
 *   after the quote   “…,” said X · “…,” X said · “…,” the agency announced · “…,” he added
 *   around it         according to X · in the words of X
 *   before it         X said, “…” · X told Y, “…” · X told Y that “…” · X, a …, wrote that … “…”
 *                     X did this, saying “…” (a participle takes the subject of its clause)
 *                     X explores the question: “…” (a colon introduces the subject's words)
 *   alone             a sentence that is only a quote takes the speaker that the previous sentence
 *                     introduces, else continues the last quote's speaker (a split quote is two
 *                     records with one speaker).
 * A pronoun speaker is the subject of the nearest earlier sentence that names a person; "the
 * President" is the last person so titled. Subjects that are organisations or documents are kept
 * by name; "a former senior official" keeps the description and no name.
 */
import type { Sentence } from '../sentences.ts';
import { foldWord, isPossessive, tokenAt, type Token } from '../tokens.ts';
import { CORE_TITLES, GROUP_NOUNS, MONTHS, ROLE_NOUNS, SPEECH_GAP, STOP_WORDS, WEEKDAYS } from '../people/lexicon.ts';
import { isCapitalised, isSpeechVerb, type NameMention, type OtherRun } from '../people/mentions.ts';

export type SpeakerType = 'person' | 'org' | 'document' | 'anonymous';
export type Attribution = 'explicit' | 'pronoun' | 'continuation' | 'implicit' | 'none';

export interface Speaker {
  type: SpeakerType;
  /** a person of the document (index into the mentions' people) */
  person: number | null;
  /** the organisation's or document's name, or an anonymous source's description */
  text: string | null;
}

export interface AttributionContext {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  /** person mentions with their person key, sorted by start */
  mentions: readonly { mention: NameMention; person: number }[];
  others: readonly OtherRun[];
  /** the position is inside a quoted span, marks included (its words are not the writer's) */
  inQuote: (pos: number) => boolean;
  /** a person the document names with evidence (a weak one-word name may be a modifier: "a Gallup poll") */
  confirmed?: (person: number) => boolean;
}

const PRONOUNS = new Set(['he', 'she']);
// pronouns for groups, organisations and documents ("they said", "it states")
const PLURAL_PRONOUNS = new Set(['they', 'it']);
// what a document says: "the lawsuit said", "the statement reads"
const DOCUMENT_NOUNS = new Set(
  'lawsuit suit complaint report statement letter memo memorandum filing ruling indictment petition document study survey analysis post tweet email e-mail release bill resolution decision opinion editorial order motion brief affidavit notice message note assessment review audit poll ad advertisement video commercial article book column paper website page appeal statute directive law act regulation rule rules treaty agreement policy constitution charter guidelines guidance code'.split(
    ' ',
  ),
);
// what an organisation says: "the ministry said", "the company said in a statement"
const ORG_NOUNS = new Set(
  'ministry agency department office council committee commission authority administration court government embassy company firm campaign party bureau board union league federation association organization organisation institute university school hospital police military army navy regime parliament senate congress legislature cabinet white-house kremlin'.split(
    ' ',
  ),
);
const TIME_NOUNS = new Set(
  'morning afternoon evening night day days week weeks month months year years time times moment hour hours minute minutes season weekend'.split(
    ' ',
  ),
);
const NP_GLUE = /^(?:former|senior|top|new|old|other|first|chief|local|longtime|veteran)$/;
const GAP = new Set([
  ...SPEECH_GAP,
  'instead',
  'also',
  'again',
  'just',
  'still',
  'even',
  'never',
  'first',
  'further',
  'now',
  'then',
  'once',
  'not',
  "n't",
  'later',
]);
const DET = new Set([
  'a',
  'an',
  'the',
  'one',
  'two',
  'three',
  'four',
  'five',
  'several',
  'some',
  'many',
  'other',
  'another',
  'his',
  'her',
  'their',
  'its',
]);
const isAdverb = (w: string): boolean => /ly$/i.test(w) && w.length > 4;
const isGap = (t: Token): boolean => t.word && (GAP.has(t.text.toLowerCase()) || isAdverb(t.text));
const DASH = /^[—–]$|^-$/;
// verbs whose object is who or what the words are about: "praised X", "called X a …"
const OBJECT_VERBS =
  /^(?:praise[sd]?|thank(?:s|ed)?|accuse[sd]?|critici[sz]e[sd]?|condemn(?:s|ed)?|decr(?:y|ies|ied)|slam(?:s|med)?|blast(?:s|ed)?|mock(?:s|ed)?|dismiss(?:es|ed)?|label(?:s|ed|led)?|dub(?:s|bed)?|brand(?:s|ed)?|hail(?:s|ed)?|call(?:s|ed)?|describe[sd]?|tout(?:s|ed)?|reassure[sd]?|assure[sd]?|remember(?:s|ed)?|mention(?:s|ed)?|promise[sd]?|demand(?:s|ed)?|propose[sd]?|deny|denies|denied|urge[sd]?)$/;
const MAX_VERB_DISTANCE = 45;

// the postal abbreviations news writes after a town ("Raleigh, N.C.", "Newton, Mass.")
const STATE_ABBREVIATIONS = new Set(
  'ala ariz ark calif colo conn del fla ga ida ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wash wis wyo n.c s.c n.h n.y n.j n.m n.d s.d r.i d.c w.va'.split(
    ' ',
  ),
);

/** A capitalised run that never speaks: a place, a weekday or month, a state's abbreviation, an adjective of origin ("Florida-based"). */
export function isNeverSpeaker(o: OtherRun): boolean {
  const words = o.text.replace(/^the\s+/i, '').split(/\s+/);
  const one = words.length === 1 ? foldWord(words[0]!) : '';
  return (
    o.type === 'place' ||
    WEEKDAYS.has(one) ||
    MONTHS.has(one) ||
    (/\.$/.test(o.text) && STATE_ABBREVIATIONS.has(one)) ||
    /-based$/i.test(o.text)
  );
}

export class Attributor {
  private readonly byEnd = new Map<number, { mention: NameMention; person: number }>();
  private readonly byStart = new Map<number, { mention: NameMention; person: number }>();
  private readonly otherByEnd = new Map<number, OtherRun>();
  private readonly otherByStart = new Map<number, OtherRun>();

  constructor(private readonly c: AttributionContext) {
    for (const m of c.mentions) {
      this.byEnd.set(m.mention.end, m);
      this.byStart.set(m.mention.start, m);
      this.byStart.set(m.mention.nameStart, m);
    }
    for (const o of c.others) {
      this.otherByEnd.set(o.end, o);
      this.otherByStart.set(o.start, o);
    }
  }

  /** "Harbor City’s Daily Post": the name is possessive, an owner and not the head */
  private isOwner(m: { mention: NameMention }): boolean {
    const last = this.tok(tokenAt(this.c.tokens, m.mention.end) - 1)?.text ?? '';
    return isPossessive(last) || /^['’]s?\b/.test(this.c.text.slice(m.mention.end, m.mention.end + 3));
  }

  /** "X and Y said": both speak, the first named stands for them */
  firstOfPair(np: { speaker: Speaker | string; start: number }): { speaker: Speaker; start: number } | null {
    if (typeof np.speaker !== 'object' || np.speaker.type !== 'person') return null;
    const and = tokenAt(this.c.tokens, np.start) - 1;
    const firstOf = /^and$/i.test(this.tok(and)?.text ?? '') ? this.byEnd.get(this.tok(and - 1)?.end ?? -1) : undefined;
    if (!firstOf || (this.c.confirmed && !this.c.confirmed(firstOf.person))) return null;
    return { speaker: { type: 'person', person: firstOf.person, text: null }, start: firstOf.mention.start };
  }

  /** "a Gallup poll", "the Kaiser survey": a weak one-word name before a lower-case noun modifies it */
  private isModifier(m: { mention: NameMention; person: number }): boolean {
    if (!this.c.confirmed || this.c.confirmed(m.person)) return false;
    const next = this.tok(tokenAt(this.c.tokens, m.mention.end));
    return (
      !!next && next.word && /^\p{Ll}/u.test(next.text) && !isSpeechVerb(next.text) && !GAP.has(next.text.toLowerCase())
    );
  }

  private inQuote(pos: number): boolean {
    return this.c.inQuote(pos);
  }

  private tok(i: number): Token | undefined {
    return this.c.tokens[i];
  }

  /** The noun phrase whose last token is at index i: a person, pronoun, organisation or description. */
  npEndingAt(
    i: number,
    before: number,
    loose = false,
  ): {
    speaker: Speaker | 'pronoun' | 'plural' | 'the-title';
    start: number;
    titleWord?: string;
    phrase?: string;
  } | null {
    const t = this.tok(i);
    if (!t) return null;
    const end = t.text.match(/['’]s$/) ? t.end - 2 : t.end;
    const m = this.byEnd.get(end) ?? this.byEnd.get(t.end);
    if (m && !isPossessive(t.text)) {
      // "a friend of Powell", "a spokesman for Lee": the noun before "of"/"for" is who speaks
      const k = tokenAt(this.c.tokens, m.mention.start) - 1;
      const head = this.tok(k - 1);
      if (
        /^(?:of|for)$/.test(this.tok(k)?.text ?? '') &&
        head &&
        head.word &&
        /^\p{Ll}/u.test(head.text) &&
        (ROLE_NOUNS.has(head.folded) || GROUP_NOUNS.has(head.folded) || GROUP_NOUNS.has(`${head.folded}s`))
      ) {
        const np = this.npEndingAt(k - 1, before, true);
        if (np && typeof np.speaker === 'object' && np.speaker.type === 'anonymous')
          return { speaker: { ...np.speaker, text: this.c.text.slice(np.start, m.mention.end) }, start: np.start };
      }
      return { speaker: { type: 'person', person: m.person, text: null }, start: m.mention.start };
    }
    const lower = t.text.toLowerCase();
    if (PRONOUNS.has(lower)) return { speaker: 'pronoun', start: t.start, titleWord: lower };
    if (PLURAL_PRONOUNS.has(lower)) return { speaker: 'plural', start: t.start, titleWord: lower };
    const o = this.otherByEnd.get(t.end);
    if (o && isNeverSpeaker(o)) return null;
    if (
      o &&
      !isPossessive(t.text) &&
      o.type === 'other' &&
      !o.text.includes(' ') &&
      !CORE_TITLES.has(foldWord(o.text)) &&
      (GROUP_NOUNS.has(foldWord(o.text)) || ROLE_NOUNS.has(foldWord(o.text)))
    ) {
      // "Critics said", "Officials said" at the start of a sentence
      return { speaker: { type: 'anonymous', person: null, text: o.text }, start: o.start };
    }
    // "the White House said": a capitalised name of several words that is no title is an institution
    const institution =
      !!o &&
      o.type === 'other' &&
      /\s/.test(o.text.trim()) &&
      !CORE_TITLES.has(foldWord(o.text.trim().split(/\s+/).pop() ?? ''));
    if (o && !isPossessive(t.text) && (o.type !== 'other' || institution || CORE_TITLES.has(foldWord(o.text)))) {
      const w = foldWord(o.text);
      // "the President": a title standing for the person last so titled
      if (CORE_TITLES.has(w) && !o.text.includes(' ')) return { speaker: 'the-title', start: o.start, titleWord: w };
      return { speaker: { type: 'org', person: null, text: o.text.replace(/^the\s+/i, '') }, start: o.start };
    }
    const noun = t.word && /^\p{Ll}{2,}/u.test(t.text) && !STOP_WORDS.has(t.text.toLowerCase()) ? t.folded : '';
    // a lower-case noun after a determiner ("one respondent", "the lawsuit") heads a description
    const detBefore = (): boolean => {
      for (let k = i - 1; k >= before && k >= i - 4; k--) {
        const w = this.tok(k)!;
        if (!w.word) return false;
        if (DET.has(w.text.toLowerCase())) return true;
        if (STOP_WORDS.has(w.text.toLowerCase()) && !NP_GLUE.test(w.text.toLowerCase())) return false;
      }
      return false;
    };
    // "his Thursday morning tweets": a time is no one who speaks
    if (noun && TIME_NOUNS.has(noun)) return null;
    if (
      noun &&
      (ROLE_NOUNS.has(noun) ||
        GROUP_NOUNS.has(noun) ||
        GROUP_NOUNS.has(`${noun}s`) ||
        DOCUMENT_NOUNS.has(noun) ||
        ORG_NOUNS.has(noun) ||
        noun === 'source' ||
        noun === 'sources' ||
        (loose && detBefore()))
    ) {
      // "a former Lee Administration senior official": back to the determiner
      let k = i;
      while (k - 1 >= before && this.tok(k - 1)!.word && k > i - 8) {
        const w = this.tok(k - 1)!.text.toLowerCase();
        if (!DET.has(w) && STOP_WORDS.has(w) && !NP_GLUE.test(w)) break;
        k--;
        if (DET.has(w)) break;
      }
      const first = this.tok(k)!;
      if (!DET.has(first.text.toLowerCase()) && k !== i && !isCapitalised(first)) {
        // stopped on a verb or preposition: the phrase starts after it
        k++;
      }
      const start = this.tok(k)!.start;
      const phrase = this.c.text.slice(start, t.end);
      if (DOCUMENT_NOUNS.has(noun)) return { speaker: { type: 'document', person: null, text: phrase }, start };
      if (ORG_NOUNS.has(noun)) return { speaker: { type: 'org', person: null, text: phrase }, start };
      // "the senator said": a definite singular description names someone the text has introduced
      if (/^the$/i.test(this.tok(k)!.text) && ROLE_NOUNS.has(noun) && !GROUP_NOUNS.has(noun))
        return { speaker: 'the-title', start, titleWord: noun, phrase };
      return { speaker: { type: 'anonymous', person: null, text: phrase }, start };
    }
    return null;
  }

  /** The noun phrase starting at token i (after a quote: “…,” said X / “…,” X said). */
  npStartingAt(i: number): {
    speaker: Speaker | 'pronoun' | 'plural' | 'the-title';
    endIndex: number;
    titleWord?: string;
    phrase?: string;
  } | null {
    let t = this.tok(i);
    // "said in a new report": a prepositional phrase is no speaker
    if (
      !t ||
      /^(?:in|on|at|by|for|from|with|to|of|during|after|before|about|through|via|over|under|into)$/.test(t.text)
    )
      return null;
    let j = i;
    if (/^(?:the|a|an|his|her|their|its|one|another|two|three|several|some)$/i.test(t.text) && this.tok(i + 1)) {
      j = i + 1;
      t = this.tok(j)!;
    }
    // "the Harbor Herald’s Mark Bell": the possessor is an affiliation
    const poss = this.otherByStart.get(t.start);
    if (poss && /['’]s$/.test(poss.text)) {
      const k = tokenAt(this.c.tokens, poss.end);
      const after = this.tok(k);
      if (after && this.byStart.has(after.start)) {
        j = k;
        t = after;
      }
    }
    const m = this.byStart.get(t.start);
    // "one Lee supporter": after a determiner, a name before a role noun describes the speaker
    const described = (x: { mention: NameMention }): boolean => {
      const after = this.tok(tokenAt(this.c.tokens, x.mention.end));
      const w = after && after.word && /^\p{Ll}/u.test(after.text) ? after.folded : '';
      // ("a Biden campaign surrogate": after a determiner, a name before lower-case nouns describes)
      return (
        j > i &&
        !!w &&
        (ROLE_NOUNS.has(w) ||
          GROUP_NOUNS.has(w) ||
          GROUP_NOUNS.has(`${w}s`) ||
          (!isSpeechVerb(w) && !STOP_WORDS.has(w) && !/^(?:in|on|at|of|for|from|with|to|by|who|which|and|or)$/.test(w)))
      );
    };
    // "said Newton resident Mark Bell": a name before a role noun describes the one named after it
    const later = m ? this.namedAmongDescriptors(j) : null;
    if (later) return later;
    // "opined Harbor City’s Daily Post": a possessive name is the owner, not the speaker
    if (m && this.isOwner(m)) return null;
    if (m && !this.isModifier(m) && !described(m))
      return {
        speaker: { type: 'person', person: m.person, text: null },
        endIndex: tokenAt(this.c.tokens, m.mention.end) - 1,
      };
    const lower = t.text.toLowerCase();
    if (PRONOUNS.has(lower)) return { speaker: 'pronoun', endIndex: j, titleWord: lower };
    // "said the president": a definite description stands for the person so titled
    if (
      /^the$/i.test(this.tok(i)?.text ?? '') &&
      t.word &&
      /^\p{Ll}/u.test(t.text) &&
      ROLE_NOUNS.has(t.folded) &&
      !GROUP_NOUNS.has(t.folded) &&
      !/^(?:of|for|at|from|with)$/i.test(this.tok(j + 1)?.text ?? '')
    ) {
      return {
        speaker: 'the-title',
        endIndex: j,
        titleWord: t.folded,
        phrase: this.c.text.slice(this.tok(i)!.start, t.end),
      };
    }
    if (PLURAL_PRONOUNS.has(lower)) return { speaker: 'plural', endIndex: j, titleWord: lower };
    // "said Harbor-based Labour strategist Mark Bell", "said the bureau's director, Ann Lee": a
    // name among or right after the descriptors speaks, not the organisation or place describing them
    const named = m ? null : this.namedAmongDescriptors(j);
    if (named) return named;
    let o = this.otherByStart.get(t.start);
    if (o && isNeverSpeaker(o)) return null;
    if (o && /['’]s$/.test(o.text)) {
      // "the President’s Executive Order": the possessor is not the head
      const next = this.tok(tokenAt(this.c.tokens, o.end));
      o = next ? this.otherByStart.get(next.start) : undefined;
    }
    if (o) {
      const endIndex = tokenAt(this.c.tokens, o.end) - 1;
      const w = foldWord(o.text);
      if (CORE_TITLES.has(w) && !o.text.includes(' ')) return { speaker: 'the-title', endIndex, titleWord: w };
      return { speaker: { type: 'org', person: null, text: o.text }, endIndex };
    }
    // "a spokesman for the ministry", "the official", "the lawsuit from …", "one campaign source"
    for (let k = j; k < j + 6 && this.tok(k)?.word; k++) {
      const w = foldWord(this.tok(k)!.text);
      if (DOCUMENT_NOUNS.has(w))
        return {
          speaker: { type: 'document', person: null, text: this.c.text.slice(this.tok(i)!.start, this.tok(k)!.end) },
          endIndex: k,
        };
      const head = this.tok(k + 1);
      // "a Lee campaign surrogate": the organisation word modifies the person after it
      const personAfter =
        !!head &&
        head.word &&
        /^\p{Ll}{3,}/u.test(head.text) &&
        !STOP_WORDS.has(head.text.toLowerCase()) &&
        !isSpeechVerb(head.text) &&
        !ORG_NOUNS.has(head.folded) &&
        !DOCUMENT_NOUNS.has(head.folded);
      if (ORG_NOUNS.has(w) && !isCapitalised(this.tok(k)!) && personAfter)
        return {
          speaker: { type: 'anonymous', person: null, text: this.c.text.slice(this.tok(i)!.start, head.end) },
          endIndex: k + 1,
        };
      if (ORG_NOUNS.has(w) && !isCapitalised(this.tok(k)!))
        return {
          speaker: { type: 'org', person: null, text: this.c.text.slice(this.tok(i)!.start, this.tok(k)!.end) },
          endIndex: k,
        };
      if (ROLE_NOUNS.has(w) || GROUP_NOUNS.has(w) || w === 'source') {
        const start = this.tok(i)!.start;
        return {
          speaker: { type: 'anonymous', person: null, text: this.c.text.slice(start, this.tok(k)!.end) },
          endIndex: k,
        };
      }
      if (isCapitalised(this.tok(k)!) && k === j && j === i) break;
    }
    return null;
  }

  /**
   * The person named among the descriptors starting at token j ("admissions officer Marjorie Betley",
   * "former Bush political director Matt Schlapp", "retired teacher and choir leader X") or right
   * after them in commas ("the bureau's director, X,"): the last name, since an earlier one before a
   * lower-case word only describes the speaker.
   */
  private namedAmongDescriptors(j: number): { speaker: Speaker; endIndex: number } | null {
    let lastNamed: { mention: NameMention; person: number } | null = null;
    let k = j;
    for (; k < j + 12 && this.tok(k) && (this.tok(k)!.word || this.tok(k)!.text === '-'); k++) {
      // "retired teacher and choir leader Ona Brisk": descriptors joined by "and" go on to the name
      const joinsDescriptors =
        /^(?:and|or)$/.test(this.tok(k)!.text) && k > j && /^\p{Ll}/u.test(this.tok(k - 1)!.text);
      if (
        !joinsDescriptors &&
        /^(?:said|says|told|and|or|who|which|that|in|on|at|with|from|for|of)$/.test(this.tok(k)!.text)
      )
        break;
      const named = this.byStart.get(this.tok(k)!.start);
      if (!named) continue;
      if (this.isOwner(named)) {
        k = tokenAt(this.c.tokens, named.mention.end) - 1;
        continue;
      }
      const after = this.tok(tokenAt(this.c.tokens, named.mention.end));
      // "Bush political director X": a name before a lower-case noun describes; before "in a statement" it ends the phrase
      const modifies =
        !!after &&
        after.word &&
        /^\p{Ll}/u.test(after.text) &&
        !isSpeechVerb(after.text) &&
        !/^(?:in|on|at|of|for|from|with|to|by|during|after|before|last|this|on|who|which|whose|and|or|as|about|via|through|over|earlier|later|recently|yesterday|today)$/.test(
          after.text,
        );
      if (!modifies) {
        lastNamed = named;
        break;
      }
      k = tokenAt(this.c.tokens, named.mention.end) - 1;
    }
    if (!lastNamed && k > j && this.tok(k)?.text === ',' && /^\p{Ll}/u.test(this.tok(k - 1)!.text)) {
      const apposed = this.byStart.get(this.tok(k + 1)?.start ?? -1);
      const close = apposed ? this.tok(tokenAt(this.c.tokens, apposed.mention.end)) : undefined;
      if (apposed && (!close || /^[,.;]$/.test(close.text))) lastNamed = apposed;
    }
    if (lastNamed)
      return {
        speaker: { type: 'person', person: lastNamed.person, text: null },
        endIndex: tokenAt(this.c.tokens, lastNamed.mention.end) - 1,
      };
    return null;
  }

  /** The subject of the speech verb at token v: left of it, past gap words, appositives and who-clauses. */
  subjectOf(
    v: number,
    sentenceStart: number,
    loose = false,
    describedBeforeWho = false,
  ): ReturnType<Attributor['npEndingAt']> {
    const first = tokenAt(this.c.tokens, sentenceStart);
    let i = v - 1;
    while (i >= first && isGap(this.tok(i)!)) i--;
    // "X who was involved in Y told me": the person before a who-clause, whatever the clause ends with
    for (let k = v - 1; k > first && v - k < 25; k--) {
      if (/^[;:]$/.test(this.tok(k)!.text)) break; // (a period inside the sentence is an abbreviation: R-Tenn.)
      if (this.tok(k)!.text.toLowerCase() !== 'who') continue;
      // "Harry Bell, 30, of Newton, Mass., who …": past the age and the places
      const np =
        this.npEndingAt(k - 1, first) ??
        (this.tok(k - 1)?.text === ',' ? this.personBeforeAppositive(k - 1, first) : null);
      if (np && typeof np.speaker === 'object' && np.speaker.type === 'person') return np;
      // "X, an education professor who …": the person the described role is apposed to
      if (np && typeof np.speaker === 'object' && np.speaker.type === 'anonymous') {
        const comma = tokenAt(this.c.tokens, np.start) - 1;
        const apposed = this.tok(comma)?.text === ',' ? this.personBeforeAppositive(comma, first) : null;
        if (apposed) return apposed;
        // "Officials who spoke with the Daily Post said": the officials, not the Post (reported speech
        // reads it so; the quote rules, measured, do better looking on)
        if (describedBeforeWho) return np;
      }
      if (np) break;
    }
    // "… which Senate bill that Gov. Ann Lee said": a named person right before the verb speaks
    if (i >= first) {
      const m = this.byEnd.get(this.tok(i)!.end);
      // ("a friend of Lee said": npEndingAt makes the friend the speaker)
      const np =
        m && !isPossessive(this.tok(i)!.text) && (!this.c.confirmed || this.c.confirmed(m.person))
          ? this.npEndingAt(i, first, loose)
          : null;
      if (np && typeof np.speaker === 'object' && (np.speaker.type === 'person' || np.speaker.type === 'anonymous'))
        return this.firstOfPair(np) ?? np;
    }
    // "the hospitals where she worked said": the noun before a relative clause
    for (let k = v - 1; k > first && v - k < 12; k--) {
      const w = this.tok(k)!.text.toLowerCase();
      if (/^[.;:,]$/.test(w)) break;
      if (!/^(?:where|which|that|whose|whom|when)$/.test(w)) continue;
      const np = this.npEndingAt(k - 1, first, loose);
      if (np && typeof np.speaker === 'object') return np;
      break;
    }
    // "Mr. X said … and added:": a second verb of the same subject
    if (i >= first && /^(?:and|but)$/i.test(this.tok(i)!.text))
      return this.clauseSubject(sentenceStart, this.tok(i)!.start);
    for (let hops = 0; hops < 4 && i >= first; hops++) {
      const t = this.tok(i)!;
      if (t.text === ')') {
        // "The U.S. Fish and Wildlife Service (FWS) said": the name before the parenthesis
        let k = i - 1;
        while (k >= first && this.tok(k)!.text !== '(') k--;
        if (k < first) return null;
        i = k - 1;
        continue;
      }
      if (t.text === ',' || DASH.test(t.text)) {
        // "the White House press secretary, Sarah Sanders, said": the name in the commas speaks
        const named = this.npEndingAt(i - 1, first);
        if (
          t.text === ',' &&
          named &&
          named.speaker !== 'pronoun' &&
          named.speaker !== 'plural' &&
          named.speaker !== 'the-title' &&
          named.speaker.type === 'person'
        ) {
          const open = tokenAt(this.c.tokens, named.start) - 1;
          if (open < first || this.tok(open)!.text === ',') return named;
        }
        // skip a parenthetical ", a CIA officer who retired in 2018," or "— discussing X —"
        let k = i - 1;
        while (k >= first && this.tok(k)!.text !== t.text && !(t.text === ',' && DASH.test(this.tok(k)!.text))) k--;
        if (k < first) return null;
        i = k - 1;
        continue;
      }
      let np = this.npEndingAt(i, first, loose);
      const never = np ? undefined : this.otherByEnd.get(t.end);
      if (never && isNeverSpeaker(never)) {
        // "Mr. X, now 81 and retired in Cambridge, Mass., said": a place or a day is part of what
        // surrounds the speaker; "X of Texas told": it belongs to the name before "of"
        const before = tokenAt(this.c.tokens, never.start) - 1;
        if (before > first && /^(?:of|from)$/.test(this.tok(before)!.text)) {
          const head = this.npEndingAt(before - 1, first);
          if (head && typeof head.speaker === 'object' && head.speaker.type === 'person') return head;
        }
        i = before;
        while (i >= first && this.tok(i)!.text !== ',') i--;
        continue;
      }
      // "John Cornyn of Texas told": a place after "of" or "from" belongs to the name before it
      let k = np ? tokenAt(this.c.tokens, np.start) - 1 : -1;
      if (k > first && /^the$/i.test(this.tok(k)!.text)) k--;
      if (
        np &&
        typeof np.speaker === 'object' &&
        np.speaker.type !== 'anonymous' &&
        k > first &&
        /^(?:of|from)$/.test(this.tok(k)!.text)
      ) {
        const placeWord =
          np.speaker.type !== 'person' ||
          (np.speaker.person !== null && this.c.confirmed !== undefined && !this.c.confirmed(np.speaker.person));
        const head = placeWord ? this.npEndingAt(k - 1, first) : null;
        if (head && typeof head.speaker === 'object' && head.speaker.type === 'person') np = head;
      }
      // a place or unconfirmed one-word name inside an appositive chain ("…, rector of the school in
      // Newton, Massachusetts, added") is part of the description: look further left
      if (
        np &&
        typeof np.speaker === 'object' &&
        np.speaker.type === 'person' &&
        np.speaker.person !== null &&
        this.c.confirmed &&
        !this.c.confirmed(np.speaker.person) &&
        hops < 2
      ) {
        i = tokenAt(this.c.tokens, np.start) - 1;
        while (i >= first && this.tok(i)!.text !== ',') i--;
        continue;
      }
      // "X, the communications director for the Harbor Party said": an appositive the writer never closed
      if (np && typeof np.speaker === 'object' && np.speaker.type !== 'person') {
        const open = this.openAppositive(tokenAt(this.c.tokens, np.start) - 1, first);
        if (open) return open;
      }
      if (np) return this.firstOfPair(np) ?? np;
      break;
    }
    return null;
  }

  /** The confirmed person before ", <lower-case role words>" ending at token k (an appositive left open). */
  private openAppositive(k: number, first: number): ReturnType<Attributor['npEndingAt']> {
    let j = k;
    while (j > first && k - j < 12 && this.tok(j)!.word && !isCapitalised(this.tok(j)!)) j--;
    if (j === k || this.tok(j)?.text !== ',') return null;
    const m = this.byEnd.get(this.tok(j - 1)?.end ?? -1);
    if (!m || (this.c.confirmed && !this.c.confirmed(m.person))) return null;
    return { speaker: { type: 'person', person: m.person, text: null }, start: m.mention.start };
  }

  /**
   * The person before an appositive of ages and places ending at the comma token k:
   * "Harry Bell, 30, of Newton, Mass.," — none when anything else stands there.
   */
  private personBeforeAppositive(k: number, first: number): ReturnType<Attributor['npEndingAt']> {
    for (let j = k; j >= first && k - j < 12; j--) {
      const t = this.tok(j)!;
      const m = this.byEnd.get(t.end);
      if (m && this.tok(j + 1)?.text === ',' && (!this.c.confirmed || this.c.confirmed(m.person)))
        return { speaker: { type: 'person', person: m.person, text: null }, start: m.mention.start };
      if (m) continue; // a town taken for a one-word name
      const o = this.otherByEnd.get(t.end) ?? this.otherByStart.get(t.start);
      if (
        t.text === ',' ||
        /^(?:of|from|in)$/.test(t.text) ||
        /^\d{1,3}$/.test(t.text) ||
        (o && isNeverSpeaker(o)) ||
        t.text === '.'
      )
        continue;
      return null;
    }
    return null;
  }

  /** The subject of the sentence: its first person, organisation, pronoun or description before `limit`. */
  clauseSubject(sentenceStart: number, limit: number): ReturnType<Attributor['npEndingAt']> {
    let first = tokenAt(this.c.tokens, sentenceStart);
    // "In a July 8 report, X explores …", "Speaking in Salem, X went after …", "Hastily, X …": an
    // opening prepositional, participial or adverbial phrase holds no subject
    const opener = this.tok(first)?.text ?? '';
    const named = this.byStart.get(this.tok(first)?.start ?? -1);
    const participle = /^\p{Lu}\p{Ll}{2,}(?:ing|ed|ly)$/u.test(opener) && (!named || !this.c.confirmed?.(named.person));
    if (
      participle ||
      /^(?:in|on|at|by|for|from|after|before|during|since|with|of|as|under|amid|despite|following|like|unlike|when|while|although|though|if|because|once)$/i.test(
        opener,
      )
    ) {
      let k = first;
      while (this.tok(k) && this.tok(k)!.start < limit && this.tok(k)!.text !== ',') k++;
      if (this.tok(k)?.text === ',') first = k + 1;
    }
    for (let i = first; i < this.c.tokens.length && this.tok(i)!.start < limit; i++) {
      const t = this.tok(i)!;
      if (this.inQuote(t.start)) continue;
      // subjects do not follow a preposition ("Of a trip to Moscow, he said")
      const m = this.byStart.get(t.start);
      if (m) {
        const endTok = tokenAt(this.c.tokens, m.mention.end) - 1;
        return this.npEndingAt(endTok, first);
      }
      const lower = t.text.toLowerCase();
      if (PRONOUNS.has(lower) || PLURAL_PRONOUNS.has(lower)) return this.npEndingAt(i, first);
      const o = this.otherByStart.get(t.start);
      if (o && isNeverSpeaker(o)) continue;
      if (o && o.type !== 'other' && !/['’]s$/.test(o.text))
        return this.npEndingAt(tokenAt(this.c.tokens, o.end) - 1, first);
    }
    return null;
  }

  /** Capitalised object right after a verb ("told the Harbor Herald", "told the Voice of the Port"): the intermediary. */
  viaAfter(v: number): string | null {
    // "said in an interview with the Daily Herald"
    for (let k = v + 1; k < v + 6 && this.tok(k)?.word; k++) {
      if (/^(?:interview|conversation)$/i.test(this.tok(k)!.text) && /^with$/i.test(this.tok(k + 1)?.text ?? ''))
        return this.capitalisedAt(k + 2);
    }
    if (!/^(?:tell|tells|told|telling)$/i.test(this.tok(v)?.text ?? '')) return null;
    return this.capitalisedAt(v + 1);
  }

  /** the capitalised name starting at token j (after an optional "the"), or null */
  private capitalisedAt(start: number): string | null {
    let j = start;
    if (/^(?:the)$/i.test(this.tok(j)?.text ?? '')) j++;
    const t = this.tok(j);
    if (!t || !isCapitalised(t)) return null;
    let k = j;
    while (
      this.tok(k + 1) &&
      (isCapitalised(this.tok(k + 1)!) ||
        (/^of$/i.test(this.tok(k + 1)!.text) && this.tok(k + 2) && isCapitalised(this.tok(k + 2)!))) &&
      this.c.text[this.tok(k)!.end] === ' '
    )
      k++;
    return this.c.text.slice(t.start, this.tok(k)!.end);
  }

  /** Token i is a speech verb (lower case, outside quotes): one `verbs` accepts, used as a verb and not a noun. */
  isVerb(i: number, verbs: (w: string) => boolean = isSpeechVerb): boolean {
    const t = this.tok(i);
    if (!t || !t.word || isCapitalised(t) || this.inQuote(t.start) || !verbs(t.text)) return false;
    // "the secretary of state", "a report", "his claims": after a determiner or "of" it is a noun
    const prev = this.tok(i - 1)?.text ?? '';
    // "a July 8 report": after a number it is a noun too; "are reports", "was told": a noun or a passive
    if (/^\d/.test(prev) || /^(?:is|are|was|were|be|been|being|am)$/i.test(prev)) return false;
    // "Southern states", "the 50 states": a capitalised word or a number before "states" makes it a noun
    if (
      /^states$/i.test(t.text) &&
      (/^\p{Lu}/u.test(prev) || /^(?:many|other|all|some|several|both|few|those|these)$/i.test(prev))
    )
      return false;
    // "Francis' remarks", "the mayor's claims": after a possessive it is a noun
    if (isPossessive(prev) || ((prev === "'" || prev === '’') && /s$/.test(this.tok(i - 2)?.text ?? ''))) return false;
    if (/ing$/i.test(t.text)) return !/^(?:the|a|an|his|her|their|its|our|this|that)$/i.test(prev);
    return !/^(?:the|a|an|of|his|her|their|its|our|this|that|these|those|whose)$/i.test(prev);
  }

  /** "X quoted Y as saying" with "as" at token a: Y and, as the intermediary, X */
  quotedBy(
    a: number,
    sentenceStart: number,
  ): { np: NonNullable<ReturnType<Attributor['npEndingAt']>>; via: string | null } | null {
    const first = tokenAt(this.c.tokens, sentenceStart);
    for (let v = a - 1; v >= first && a - v < 8; v--) {
      if (!/^(?:quoted|quotes|quoting|cited|cites|citing)$/i.test(this.tok(v)!.text)) continue;
      const np = this.npEndingAt(a - 1, v + 1);
      if (!np) return null;
      const by = this.subjectOf(v, sentenceStart);
      const via =
        by && typeof by.speaker === 'object'
          ? (by.speaker.text ?? this.c.text.slice(by.start, this.tok(v - 1)!.end))
          : null;
      return { np, via };
    }
    return null;
  }

  /**
   * The verb at i may stand before its subject ("…, said X"): not a verb whose object is someone
   * spoken to or about ("told X", "praised X", "called X a …"), nor an infinitive ("to reassure X").
   */
  invertsSubject(i: number): boolean {
    const w = foldWord(this.tok(i)?.text ?? '');
    return !this.takesAddressee(i) && !/^to$/i.test(this.tok(i - 1)?.text ?? '') && !OBJECT_VERBS.test(w);
  }

  /** Verbs whose object is the one spoken to ("told host X that …"), never the speaker. */
  takesAddressee(i: number): boolean {
    return /^(?:tell|tells|told|telling|ask|asks|asked|asking|urge|urges|urged|warn|warns|warned|remind|reminds|reminded|assure|assured|inform|informed)$/i.test(
      this.tok(i)?.text ?? '',
    );
  }

  /** The nearest speech verb before the quote opening at `open`, in its sentence, outside other quotes. */
  verbBefore(open: number, sentenceStart: number, maxDistance = MAX_VERB_DISTANCE): number | null {
    const first = tokenAt(this.c.tokens, sentenceStart);
    const q = tokenAt(this.c.tokens, open) - 1;
    for (let i = q; i >= first && q - i < maxDistance; i--) if (this.isVerb(i)) return i;
    return null;
  }

  /** "according to X" / "in the words of X" in the sentence, outside quotes. */
  accordingTo(sentenceStart: number, sentenceEnd: number): ReturnType<Attributor['npStartingAt']> {
    const first = tokenAt(this.c.tokens, sentenceStart);
    for (let i = first; i < this.c.tokens.length && this.tok(i)!.start < sentenceEnd; i++) {
      const t = this.tok(i)!;
      if (this.inQuote(t.start)) continue;
      const w = t.text.toLowerCase();
      if (w === 'according' && this.tok(i + 1)?.text.toLowerCase() === 'to') return this.npStartingAt(i + 2);
      if (w === 'words' && this.tok(i + 1)?.text.toLowerCase() === 'of' && /^the$/i.test(this.tok(i - 1)?.text ?? '')) {
        const np = this.npStartingAt(i + 2);
        if (np) return np;
        // "the President’s Executive Order": the document named after the possessive
        let k = i + 2;
        if (/^the$/i.test(this.tok(k)?.text ?? '')) k++;
        const start = this.tok(k);
        if (start && isCapitalised(start)) {
          let e = k;
          while (this.tok(e + 1) && isCapitalised(this.tok(e + 1)!) && this.c.text[this.tok(e)!.end] === ' ') e++;
          const name = this.c.text.slice(start.start, this.tok(e)!.end);
          return {
            speaker: { type: 'document', person: null, text: name.replace(/^(?:\p{Lu}\p{L}*['’]s\s+)/u, '') },
            endIndex: e,
          };
        }
      }
    }
    return null;
  }
}
