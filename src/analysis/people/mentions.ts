/**
 * Name mentions in a text: runs of capitalised words, read by general rules. A run loses its
 * sentence-initial function words and its title ("Defense Secretary"), and what is left is a
 * person's name only when nothing says it is an organisation, a place or a title, and something
 * says it is a person: a title, two or more name words, a kin noun, a speech verb, "according
 * to", a surname ending, "the X administration". A single word without such evidence is kept as
 * a weak mention: it is a person only if the document or corpus names someone with that name.
 */
import { isEnglishWord } from '../nlp.ts';
import type { Sentence } from '../sentences.ts';
import { foldWord, isPossessive, TokenIndex, type Token } from '../tokens.ts';
import {
  CITIES_AND_STATES,
  CORE_TITLES,
  CREEDS,
  FEMALE_NAMES,
  MALE_NAMES,
  NICKNAMES,
  COUNTRIES_AND_REGIONS,
  DETERMINERS,
  GROUP_NOUNS,
  HONORIFICS,
  INSTITUTIONS,
  KIN_NOUNS,
  MONTHS,
  MULTIWORD_PLACES,
  PAGE_WORDS,
  NAME_SUFFIXES,
  NATIONALITIES,
  NEVER_SURNAME_TITLES,
  ORG_ANYWHERE,
  ORG_HEADS,
  PARTICLES,
  PLACE_FIRST,
  PLACE_NAME_WORDS,
  PLACE_PREPS,
  ROLE_NOUNS,
  STREET_HEADS,
  ROLE_PREFIXES,
  SPEECH_GAP,
  SPEECH_VERBS,
  STOP_WORDS,
  SUBJECT_NEXT,
  SURNAME_ENDINGS,
  SURNAME_HONORIFICS,
  TITLE_MODIFIERS,
  TITLE_OF_WORDS,
  WEEKDAYS,
} from './lexicon.ts';

export type Evidence = 'strong' | 'weak';

export interface NameMention {
  /** range of the whole mention, title included (analysis text) */
  start: number;
  end: number;
  /** where the name words start (after the title) */
  nameStart: number;
  /** the name words as written, without title or possessive ("Ann B. Lee") */
  name: string;
  /** title before the name as written ("Defense Secretary", "former National Security Advisor") */
  title: string | null;
  evidence: Evidence;
  /** a place word ("London") used where a person's name would stand: a person only if someone has that name */
  placeLike: boolean;
  sentence: number;
  possessive: boolean;
  /** the words around it are a person's: a speech verb, a title, an appositive, a kin noun */
  context: boolean;
  /** as `context`, without "X was …": strong enough to read a place word as a surname across documents */
  placeContext: boolean;
}

/** A capitalised run that is not a person: an organisation, outlet, document or place. */
export interface OtherRun {
  start: number;
  end: number;
  text: string;
  type: 'org' | 'place' | 'other';
  sentence: number;
}

/**
 * A capitalised run (or the opening words of one) refused as a name because it is page furniture:
 * widget or link text ("Play Video", "Read More"), a credit ("Getty Images", "Jo Park/AP").
 * Kept as data so that the corpus maintainer can see why a would-be name vanished.
 */
export interface FurnitureRun {
  start: number;
  end: number;
  text: string;
  reason: FurnitureReason;
  sentence: number;
}

export type FurnitureReason = 'page-furniture words' | 'page-furniture words opening a run' | 'photo credit';

export interface MentionScan {
  people: NameMention[];
  others: OtherRun[];
  /** runs refused as page furniture (most are in `others` too; an opener cut off a name is not) */
  furniture: FurnitureRun[];
}

const GIVEN_NAMES = new Set([...FEMALE_NAMES, ...MALE_NAMES, ...NICKNAMES.flat()]);
/** function words that open places' names ("New Harbor", "Old Ferris") */
const PLACE_OPENERS = new Set(['new', 'old', 'great']);
const UI_VERBS = new Set([
  'play',
  'watch',
  'read',
  'share',
  'click',
  'subscribe',
  'follow',
  'sign',
  'log',
  'listen',
  'enlarge',
  'toggle',
  'hide',
  'show',
  'expand',
]);
const isPageWord = (t: Token): boolean => UI_VERBS.has(t.folded) || PAGE_WORDS.has(t.folded);
const CONTRACTION = /['’](?:t|re|ll|ve|m|d)$/i;
const isAcronym = (w: string): boolean => /^[\p{Lu}\d.&\-–]+$/u.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);
const isInitial = (w: string): boolean => /^\p{Lu}\.$/u.test(w);
// given names that are also a month, a creed, a nationality or a modal verb
const CHAMBER_WORDS = new Set(['house', 'senate', 'state', 'assembly', 'gop']);
/** abbreviated plural titles ("Sens. A and B") */
const PLURAL_TITLES = new Set(['sens', 'reps', 'govs', 'drs', 'profs']);
const PLURAL_SURNAMES = new Set([
  'masters',
  'kings',
  'fellows',
  'judges',
  'marshals',
  'bishops',
  'chambers',
  'stewards',
]);
const AMBIGUOUS_GIVEN = new Set('jan june april may august christian german will grant rich mark bill'.split(' '));
// "al-Zoubi", "bin-Salman": a lower-case particle joined to a capitalised name
export const isCapitalised = (t: Token): boolean => {
  if (!t.word) return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122)
    return t.text.includes('-') && /^(?:al|el|ad|as|ash|at|bin|ibn|abu|abd|ul)-\p{Lu}/u.test(t.text);
  return c > 127 && /^\p{Lu}/u.test(t.text);
};
const SURNAME_PREFIX = /^(?:Mac|Mc|Van|Vande|Vander|Vanden|Von|De|Di|Da|Du|Del|Della|La|Le|Fitz|St)\p{Lu}\p{Ll}+$/u;
const isAdverb = (w: string): boolean => /ly$/i.test(w) && w.length > 4;

export function isSpeechVerb(w: string): boolean {
  const f = foldWord(w);
  if (SPEECH_VERBS.has(f)) return true;
  // participles: "saying", "adding", "noting", "explaining", "commenting"
  const ing = f.match(/^(.*?)ing$/);
  if (!ing) return false;
  const stem = ing[1]!;
  return (
    SPEECH_VERBS.has(stem) ||
    SPEECH_VERBS.has(`${stem}e`) ||
    SPEECH_VERBS.has(stem.replace(/(.)\1$/, '$1')) ||
    (stem.endsWith('y') && SPEECH_VERBS.has(`${stem.slice(0, -1)}ies`))
  );
}

/** Is the token at i (or after some gap words) a speech verb? */
export function speechVerbAfter(tokens: readonly Token[], i: number): boolean {
  let j = i;
  while (
    j < tokens.length &&
    j < i + 3 &&
    tokens[j]!.word &&
    (SPEECH_GAP.has(tokens[j]!.folded) || isAdverb(tokens[j]!.text))
  )
    j++;
  return j < tokens.length && tokens[j]!.word && isSpeechVerb(tokens[j]!.text);
}

/**
 * "X, Mrs. Lee's chief of staff, said", "X, deputy harbor adviser, said": after the name at i, a
 * comma, a short appositive naming a role, a comma and a reporting verb.
 */
function roleAppositiveThenSpeech(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== ',') return false;
  let role = false;
  for (let j = i + 1; j < tokens.length && j <= i + 12; j++) {
    const t = tokens[j]!;
    if (t.text === ',') return role && j > i + 1 && speechVerbAfter(tokens, j + 1);
    if (!t.word && !/^['’]s?$/.test(t.text)) return false;
    if (t.word && !isCapitalised(t) && ROLE_NOUNS.has(t.folded)) role = true;
  }
  return false;
}

/**
 * "X, assistant secretary of state for …", "X, star of the show": after the comma at i, a
 * lower-case role noun within three lower-case words ("executive director", "former deputy
 * chief"). A plural ("In X, officials said") names others.
 */
function roleAppositive(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.text !== ',') return false;
  for (let j = i + 1; j <= i + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (!t.word || !/^\p{Ll}/u.test(t.text)) return false;
    const f = t.folded;
    if (STOP_WORDS.has(f) && !ROLE_PREFIXES.has(f)) return false;
    if (ROLE_NOUNS.has(f)) return !(f.endsWith('s') && ROLE_NOUNS.has(f.slice(0, -1)));
  }
  return false;
}

interface Run {
  first: number;
  last: number; // inclusive
}

/** Runs of capitalised tokens, with particles, brackets ("[Vladimir]") and "of" after a title. */
/** two tokens with nothing or one space between them */
function adjacent(text: string, a: Token, b: Token): boolean {
  return /^ ?$/.test(text.slice(a.end, b.start));
}

function runsOf(tokens: readonly Token[], text: string): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let last = i;
    while (!isPossessive(tokens[last]!.text)) {
      const n = tokens[last + 1];
      if (!n || !adjacent(text, tokens[last]!, n)) break;
      if (isCapitalised(n)) {
        last++;
        continue;
      }
      const n2 = tokens[last + 2];
      const lower = n.text.toLowerCase();
      if (
        n2 &&
        adjacent(text, n, n2) &&
        isCapitalised(n2) &&
        (PARTICLES.has(lower) ||
          (lower === 'of' && CORE_TITLES.has(tokens[last]!.folded) && !isAcronym(tokens[last]!.text)))
      ) {
        last += 2;
        continue;
      }
      // an editor's bracketed insertion inside a name: President [Ann] Lee
      const n3 = tokens[last + 3];
      const n4 = tokens[last + 4];
      if (
        n.text === '[' &&
        n2 &&
        isCapitalised(n2) &&
        n3?.text === ']' &&
        n4 &&
        isCapitalised(n4) &&
        text[n3.end] === ' '
      ) {
        last += 4;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/** a word a name may start with: a known given name, not an initial */
const givenWord = (t: Token | undefined): boolean => !!t && GIVEN_NAMES.has(t.folded) && !isInitial(t.text);
/** a capitalised word of a name that is no given name, title, particle or initial: a surname */
const surnameWord = (t: Token | undefined): boolean => {
  if (!t || !isCapitalised(t) || isInitial(t.text) || isAcronym(t.text)) return false;
  const f = t.folded;
  return (
    !GIVEN_NAMES.has(f) &&
    !CORE_TITLES.has(f) &&
    !PARTICLES.has(f) &&
    !STOP_WORDS.has(f) &&
    !NAME_SUFFIXES.has(f) &&
    !PAGE_WORDS.has(f) &&
    !UI_VERBS.has(f)
  );
};

/**
 * "said Ivo Brant Ona Quell …": link texts glued one after another make one run of two full names.
 * A given name, a surname, then a given name and a surname again is two names: the run is cut
 * before the second given name. ("Ona Mae Quell" and "Ivo Brant Jr." have no such shape.)
 */
function splitGlued(runs: Run[], tokens: readonly Token[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    let first = run.first;
    for (let k = run.first + 2; k + 1 <= run.last; k++) {
      if (k - 2 < first) continue;
      if (
        givenWord(tokens[k - 2]) &&
        surnameWord(tokens[k - 1]) &&
        givenWord(tokens[k]) &&
        surnameWord(tokens[k + 1]) &&
        !isPossessive(tokens[k - 1]!.text)
      ) {
        out.push({ first, last: k - 1 });
        first = k;
      }
    }
    out.push({ first, last: run.last });
  }
  return out;
}

/** Length of the title phrase at the start of `words` (0 if none): modifiers, then a core title, maybe "of X". */
export function titleLength(words: readonly string[]): number {
  let best = 0;
  let sawCore = false;
  for (let k = 0; k < words.length; k++) {
    const f = foldWord(words[k]!);
    if (f === 'of' && sawCore && k + 1 < words.length && TITLE_OF_WORDS.has(foldWord(words[k + 1]!))) {
      k++;
      best = k + 1;
      // "Director of National Intelligence": further "of"-words belong to the title
      while (
        k + 1 < words.length &&
        TITLE_OF_WORDS.has(foldWord(words[k + 1]!)) &&
        !CORE_TITLES.has(foldWord(words[k + 1]!))
      ) {
        k++;
        best = k + 1;
      }
      continue;
    }
    if (isTitleWord(f)) {
      sawCore = true;
      best = k + 1;
      // after "Mr." or "Dr." comes a surname even when it is a title word ("Mr. King"), but not "Mr. President"
      const next = k + 1 < words.length ? foldWord(words[k + 1]!) : '';
      if (
        SURNAME_HONORIFICS.has(f) &&
        next &&
        !NEVER_SURNAME_TITLES.has(next) &&
        next !== 'speaker' &&
        next !== 'chair'
      )
        break;
      continue;
    }
    // "Russian President", "Pennsylvania Attorney General": a nationality or place opens a title
    if (
      TITLE_MODIFIERS.has(f) ||
      (k === 0 && (NATIONALITIES.has(f) || CITIES_AND_STATES.has(f) || COUNTRIES_AND_REGIONS.has(f)))
    )
      continue;
    break;
  }
  return best;
}

/** a title word, or two joined by a hyphen ("Secretary-Treasurer") */
const isTitleWord = (f: string): boolean =>
  CORE_TITLES.has(f) || (f.includes('-') && f.split('-').every((p) => CORE_TITLES.has(p)));

function stripBrackets(s: string): string {
  return s.replace(/[[\]]/g, '');
}

/**
 * "Facebook Chief Security Officer Alex Stamos", "White House Press Secretary X": an organisation's
 * name, then a title, then at most three name words. Length of that title (0 if none).
 */
/**
 * The words before an organisation's title must read as its name: not page furniture ("CLOSE",
 * "WATCH"), a shouted word, an adverb or participle ("Hopefully", "Blasting") or a function word
 * ("New Harbor Gov. X": a place's name may open with "New"). `i`: the word's index.
 */
function orgLike(w: string, i: number): boolean {
  const f = foldWord(w);
  if (i === 0 && PLACE_OPENERS.has(f)) return true;
  // ("United" opens organisations' names: "United Steelworkers")
  return (
    !PAGE_WORDS.has(f) &&
    !UI_VERBS.has(f) &&
    !STOP_WORDS.has(f) &&
    (!/(?:ly|ing|ed)$/.test(f) || f === 'united') &&
    !/^\p{Lu}{5,}$/u.test(w)
  );
}

export function orgTitleLength(words: readonly string[]): number {
  for (let k = words.length - 2; k >= 1; k--) {
    const f = foldWord(words[k]!);
    if (!isTitleWord(f) || HONORIFICS.has(f)) continue;
    const rest = words.length - k - 1;
    if (rest > 3 || CORE_TITLES.has(foldWord(words[k + 1]!))) return 0;
    if (
      !words
        .slice(0, k)
        .every((w, i) => orgLike(w, i) || TITLE_MODIFIERS.has(foldWord(w)) || CORE_TITLES.has(foldWord(w)))
    )
      return 0;
    return k + 1;
  }
  return 0;
}

type NameClass = 'person' | 'org' | 'place' | 'other';

/**
 * `surnameSlot`: the words follow "Mr." or "Dr.", where only a name stands: a place, month or
 * title word there ("Mr. King", "Ms. May", "Dr. Jordan") is a surname.
 */
export function classifyName(words: readonly string[], surnameSlot = false): NameClass {
  const c = nameClass(words, surnameSlot);
  return c === 'furniture' ? 'other' : c;
}

/** classifyName, telling page furniture apart from other things that are no name. */
function nameClass(words: readonly string[], surnameSlot = false): NameClass | 'furniture' {
  const f = words.map((w) => foldWord(stripBrackets(w)));
  if (!f.length) return 'other';
  // names have at most four words (particles and initials aside); longer runs are headings
  if (f.filter((w) => !PARTICLES.has(w) && w.length > 1).length > 4) return 'other';
  if (words.some((w) => isAcronym(w) && !isInitial(w))) return 'org';
  if (words.some((w) => CONTRACTION.test(w) || /\d/.test(w))) return 'other';
  // "Pro-Choice America", "Anti-Defamation League": a prefixed compound is a cause, not a name
  if (f.some((w) => /^(?:pro|anti|non|post|pre|neo|self|multi)-/.test(w))) return 'other';
  // "Part D", "Plan B": a bare letter ends no name (an initial has its period)
  if (f.length > 1 && /^\p{Lu}$/u.test(words[words.length - 1]!)) return 'other';
  // page furniture: "Play Video", "Getty Images", "Read More" (a surname like Page stays possible)
  if (f.length > 1 && (f.every((w) => PAGE_WORDS.has(w)) || UI_VERBS.has(f[0]!))) return 'furniture';
  // glued words ("LeeGOP", "BellWhat") and compounds ("KKK-endorsed") are not names
  // ("VanderSloot", "MacArthur", "DeLauro" are surnames: a surname prefix, then one capital)
  // ("RoseAnn", "MaryBeth": two given names joined are one)
  if (
    words.some(
      (w) =>
        (/\p{Ll}{3,}\p{Lu}/u.test(w) &&
          !SURNAME_PREFIX.test(w) &&
          !w.split(/(?=\p{Lu})/u).every((p) => GIVEN_NAMES.has(p.toLowerCase()))) ||
        /-\p{Ll}/u.test(w),
    )
  )
    return 'other';
  const lastF = f[f.length - 1]!;
  if (surnameSlot && f.length === 1) return 'person';
  // "Corinthian Colleges", "United Nations Studios": plural heads too
  const singularF = lastF.length > 4 ? lastF.replace(/ies$/, 'y').replace(/(?<!s)s$/, '') : lastF;
  if (
    ORG_HEADS.has(lastF) ||
    (f.length > 1 && ORG_HEADS.has(singularF)) ||
    f.some((w) => ORG_ANYWHERE.has(w)) ||
    (f.length === 1 && INSTITUTIONS.has(lastF))
  )
    return 'org';
  // "R-Texas", "D-Calif.": a party and state tag after a lawmaker's name
  if (words.some((w) => /^[RDI]-\p{Lu}/u.test(w))) return 'other';
  if (f.length === 1 && !surnameSlot) {
    // a creed or ideology ("Islam", "Marxism", "the Left")
    if (CREEDS.has(lastF) || (lastF.length > 5 && lastF.endsWith('ism'))) return 'other';
    // a plural of a title, a role or an organisation's head ("Representatives", "Sens.", "Centers")
    // (plural-looking surnames stay names: "Masters", "Kings", "Fellows")
    const plural =
      lastF !== singularF &&
      !PLURAL_SURNAMES.has(lastF) &&
      (CORE_TITLES.has(singularF) || ROLE_NOUNS.has(singularF) || (lastF.length >= 7 && ORG_HEADS.has(singularF)));
    if (plural || PLURAL_TITLES.has(lastF)) return 'other';
  }
  if (surnameSlot) return 'person';
  if (
    MULTIWORD_PLACES.has(f.join(' ')) ||
    (f.length === 1 && PLACE_NAME_WORDS.has(lastF)) ||
    (f.length > 1 && PLACE_FIRST.has(f[0]!)) ||
    COUNTRIES_AND_REGIONS.has(lastF)
  )
    return 'place';
  if (f.length > 1 && STREET_HEADS.has(lastF) && !GIVEN_NAMES.has(f[0]!)) return 'place';
  if (f.length === 1 && CITIES_AND_STATES.has(lastF)) return 'place';
  // "California Texas Takeaway California": two place words make a list or a heading, not a name
  if (f.length >= 3 && f.filter((w) => CITIES_AND_STATES.has(w) || COUNTRIES_AND_REGIONS.has(w)).length >= 2)
    return 'other';
  if (f.some((w) => NATIONALITIES.has(w) || MONTHS.has(w) || WEEKDAYS.has(w))) return 'other';
  if (
    f.length === 1 &&
    (STOP_WORDS.has(lastF) ||
      CORE_TITLES.has(lastF) ||
      ROLE_NOUNS.has(lastF) ||
      GROUP_NOUNS.has(lastF) ||
      TITLE_MODIFIERS.has(lastF))
  )
    return 'other';
  if (NEVER_SURNAME_TITLES.has(lastF) || (CORE_TITLES.has(lastF) && !HONORIFICS.has(lastF))) return 'other';
  if (f.every((w) => STOP_WORDS.has(w) || TITLE_MODIFIERS.has(w) || CORE_TITLES.has(w))) return 'other';
  return 'person';
}

/**
 * The run's first word (at tokens[i]) is an English word glued before a name: it opens the
 * sentence or is a gerund, is no given name, title, role or place word, and the rest of the run
 * reads as a person's name.
 */
function commonWordOpener(tokens: readonly Token[], i: number, last: number): boolean {
  const t = tokens[i]!;
  const f = t.folded;
  if (
    !/^\p{Lu}\p{Ll}+$/u.test(t.text) ||
    GIVEN_NAMES.has(f) ||
    CORE_TITLES.has(f) ||
    ROLE_NOUNS.has(f) ||
    PLACE_FIRST.has(f) ||
    NATIONALITIES.has(f)
  )
    return false;
  const opens = tokens.slice(0, i).every((x) => !x.word);
  if (!opens && !/ing$/.test(f)) return false;
  if (!isEnglishWord(f)) return false;
  const rest = tokens.slice(i + 1, last + 1).map((x) => x.text.replace(/['’]s$/, ''));
  // ("Defense Secretary X", "Police Chief X": the word belongs to the title)
  // (before a given name the word may be an epithet, "Crooked Ann Lee", which the corpus merge reads)
  if (
    titleLength(rest) > 0 ||
    CORE_TITLES.has(foldWord(rest[0]!)) ||
    NAME_SUFFIXES.has(foldWord(rest[0]!)) ||
    GIVEN_NAMES.has(foldWord(rest[0]!))
  )
    return false;
  // where a person stands ("Rush Lee said", "Chase Lee, a farmer, …") the word is a given name the lists lack
  const next = tokens[last + 1];
  if (
    speechVerbAfter(tokens, last + 1) ||
    (next?.text === ',' && /^(?:a|an|the|who|whose|\d+)$/i.test(tokens[last + 2]?.text ?? ''))
  )
    return false;
  return (
    classifyName(tokens.slice(i, last + 1).map((x) => x.text.replace(/['’]s$/, ''))) === 'person' &&
    classifyName(rest) === 'person'
  );
}

/**
 * "Ivo Rook and Ona Brisk wrote", "Ona Brisk of Salem, Ohio, says": a reporting verb after a
 * partner's name or after where the person is from (tokens[i] is the word after the name)
 */
function speechAfterPartner(tokens: readonly Token[], i: number): boolean {
  const f = tokens[i]?.text.toLowerCase();
  if (f !== 'and' && f !== 'of') return false;
  let k = i + 1;
  // the partner's name, or the place: capitalised words (a place may take ", State,")
  while (
    k < tokens.length &&
    k - i <= 7 &&
    (isCapitalised(tokens[k]!) ||
      (f === 'of' && tokens[k]!.text === ',' && !!tokens[k + 1] && isCapitalised(tokens[k + 1]!)))
  )
    k++;
  if (k === i + 1) return false;
  if (f === 'of' && tokens[k]?.text === ',') k++;
  return speechVerbAfter(tokens, k);
}

/** a demonym that is also a surname ("Cuban", "Welsh"), not a plural ("Americans") or a compass word ("Southern") */
/** party words are in NATIONALITIES (they describe people) but are nobody's surname */
const PARTY_WORDS = new Set([
  'republican',
  'democrat',
  'democratic',
  'independent',
  'conservative',
  'liberal',
  'socialist',
  'libertarian',
  'progressive',
]);
const demonymSurname = (f: string): boolean =>
  NATIONALITIES.has(f) && !f.endsWith('s') && !f.endsWith('ern') && !PARTY_WORDS.has(f);

const hasSurnameEnding = (w: string): boolean => {
  const f = foldWord(w);
  return f.length >= 5 && SURNAME_ENDINGS.some((e) => f.endsWith(e));
};

/**
 * `knownOrgs`: names the corpus' metadata gives to outlets ("Harbor Herald"): a run that starts
 * with one is that organisation, whatever its words look like.
 */
// (the rules of scanMentions' runs are module functions, not closures made anew for every run)

/** "said Will Rook": after a reporting verb a given name that is also a function word stays (`last`: the run's last token) */
function givenAfterVerb(tokens: readonly Token[], i: number, last: number): boolean {
  return (
    AMBIGUOUS_GIVEN.has(tokens[i]!.folded) && i < last && !!tokens[i - 1]?.word && isSpeechVerb(tokens[i - 1]!.text)
  );
}

/**
 * "New Harbor Gov. Ida Vance": "New" opening a place's name before a title stays with the place;
 * "New York City Mayor X", "New Jersey said": a known place of two or three words stays whole
 */
function placeOpener(tokens: readonly Token[], k: number, last: number): boolean {
  return (
    (PLACE_OPENERS.has(tokens[k]!.folded) &&
      k + 2 < last &&
      !CORE_TITLES.has(tokens[k + 1]!.folded) &&
      CORE_TITLES.has(tokens[k + 2]!.folded)) ||
    (k < last &&
      (MULTIWORD_PLACES.has(`${tokens[k]!.folded} ${tokens[k + 1]!.folded}`) ||
        (k + 1 < last &&
          MULTIWORD_PLACES.has(`${tokens[k]!.folded} ${tokens[k + 1]!.folded} ${tokens[k + 2]!.folded}`))))
  );
}

/** a word of page furniture ("Read More", "Getty Images", "Photo") or a function word */
function furniture(t: Token): boolean {
  return PAGE_WORDS.has(t.folded) || UI_VERBS.has(t.folded) || STOP_WORDS.has(t.folded);
}

/** What scanMentions collects, and the state it carries from one sentence to the next. */
interface Scan {
  text: string;
  people: NameMention[];
  others: OtherRun[];
  /** organisation names continued after "of"/"for" */
  continued: Set<OtherRun>;
  furnitureRuns: FurnitureRun[];
  /** the outlets' names, as folded words */
  orgWords: string[][];
  /**
   * the sentence splitter may end a sentence at "the Rev." or "Msgr.": the name after the title is
   * read with it, and the next sentence skips what was read (up to here)
   */
  carried: number;
}

export function scanMentions(
  text: string,
  sentences: readonly Sentence[],
  knownOrgs: readonly string[] = [],
  index: TokenIndex = new TokenIndex(text),
): MentionScan {
  const scan: Scan = {
    text,
    people: [],
    others: [],
    continued: new Set(),
    furnitureRuns: [],
    orgWords: knownOrgs
      .map((o) =>
        o
          .replace(/^the\s+/i, '')
          .split(/\s+/)
          .map(foldWord),
      )
      .filter((w) => w.length && w.every(Boolean)),
    carried: -1,
  };
  // (each step is a module function of its own: V8 recompiles a function whenever a value of a new
  // shape reaches it, and one closure of 600 lines cost ~0.4 s of compiling each time)
  for (let si = 0; si < sentences.length; si++) scanSentence(scan, sentences, si, index);
  return { people: scan.people, others: scan.others, furniture: scan.furnitureRuns };
}

/** The name runs of one sentence (with the start of the next when it ends at a title). */
function scanSentence(scan: Scan, sentences: readonly Sentence[], si: number, index: TokenIndex): void {
  const { text } = scan;
  const s = sentences[si]!;
  let tokens = index.slice(s.start, s.end);
  let limit = Infinity;
  const next = sentences[si + 1];
  const lastT = tokens[tokens.length - 1];
  if (
    next &&
    next.paragraph === s.paragraph &&
    lastT &&
    lastT.text.endsWith('.') &&
    CORE_TITLES.has(lastT.folded) &&
    text.slice(lastT.end, next.start) === ' '
  ) {
    const nextTokens = index.slice(next.start, next.end);
    if (nextTokens[0] && isCapitalised(nextTokens[0])) {
      tokens = [...tokens, ...nextTokens];
      limit = next.start;
    }
  }
  for (const run of splitGlued(runsOf(tokens, text), tokens)) {
    if (tokens[run.first]!.start < scan.carried) continue;
    if (tokens[run.first]!.start >= limit) break;
    if (tokens[run.last]!.end > limit) scan.carried = tokens[run.last]!.end;
    const first = runOpening(scan, tokens, run, si);
    if (first >= 0) readRun(scan, tokens, run, first, si, limit);
  }
}

/**
 * Where the name of a run starts, past the words that open it but are no part of a name, or -1
 * when the run is recorded as something else (or nothing is left of it).
 */
function runOpening(scan: Scan, tokens: readonly Token[], run: Run, si: number): number {
  const { text, others, continued, furnitureRuns, orgWords } = scan;
  let first = run.first;
  const known = orgWords.find(
    (w) => first + w.length - 1 <= run.last && w.every((x, k) => tokens[first + k]!.folded === x),
  );
  if (known) {
    const end = tokens[first + known.length - 1]!;
    others.push({
      start: tokens[first]!.start,
      end: end.end,
      text: text.slice(tokens[first]!.start, end.end),
      type: 'org',
      sentence: si,
    });
    first += known.length;
    if (first > run.last) return -1;
  }
  // sentence-initial function words ("But", "The", "According") are not part of a name
  while (
    first <= run.last &&
    STOP_WORDS.has(tokens[first]!.folded) &&
    !CORE_TITLES.has(tokens[first]!.folded) &&
    !givenAfterVerb(tokens, first, run.last) &&
    !placeOpener(tokens, first, run.last)
  )
    first++;
  // a sentence-opening reporting verb ("Said Ellery: …", "Adds Roe, …") is not a given name
  if (
    first < run.last &&
    tokens.slice(0, first).every((t) => !t.word) &&
    isSpeechVerb(tokens[first]!.text) &&
    !/ing$/i.test(tokens[first]!.text) &&
    /^[,:]$/.test(tokens[run.last + 1]?.text ?? '')
  )
    first++;
  // "Centers for Disease Control and Prevention", "Bureau of Land Management": the words after
  // "of"/"for" (then "and") continue an organisation's name, unless a given name opens them
  if (first <= run.last && !GIVEN_NAMES.has(tokens[first]!.folded)) {
    const link = tokens[first - 1];
    const lf = link ? link.folded : '';
    const prevOther = others[others.length - 1];
    const joins =
      !!prevOther &&
      prevOther.sentence === si &&
      prevOther.type !== 'place' &&
      prevOther.end === tokens[first - 2]?.end &&
      (lf === 'of' || lf === 'for' || (lf === 'and' && continued.has(prevOther)));
    if (joins && /^\p{Ll}/u.test(link!.text)) {
      const o = tokenRun(text, tokens, first, run.last, 'org', si);
      others.push(o);
      continued.add(o);
      return -1;
    }
  }
  // "California Democrats Ann Lee", "Orthodox Jews Ivo Rook": a plural group before a name ends a
  // list or a heading; the name is what follows it
  for (let k = run.last - 1; k >= first; k--) {
    const f = tokens[k]!.folded;
    if (f.endsWith('s') && (GROUP_NOUNS.has(f) || NATIONALITIES.has(f)) && GIVEN_NAMES.has(tokens[k + 1]!.folded)) {
      first = k + 1;
      break;
    }
  }
  // a run of page furniture alone ("Read More", "Getty Images", "Photo") is nobody
  // (a surname like Read stays possible before a reporting verb: "Ona Read … Read said")
  if (
    first <= run.last &&
    tokens.slice(first, run.last + 1).every(furniture) &&
    !speechVerbAfter(tokens, run.last + 1)
  ) {
    const refused = {
      start: tokens[first]!.start,
      end: tokens[run.last]!.end,
      text: text.slice(tokens[first]!.start, tokens[run.last]!.end),
      sentence: si,
    };
    others.push({ ...refused, type: 'other' });
    furnitureRuns.push({ ...refused, reason: 'page-furniture words' });
    return -1;
  }
  // page furniture and shouted or adverbial openers ("CLOSE President X", "Hopefully President X"; "Billy X" is a name)
  const opened = first;
  while (
    first < run.last &&
    (isPageWord(tokens[first]!) ||
      /^\p{Lu}{5,}$/u.test(tokens[first]!.text) ||
      (/^\p{Lu}\p{Ll}+ly$/u.test(tokens[first]!.text) && !GIVEN_NAMES.has(tokens[first]!.folded)))
  )
    first++;
  // the furniture words among the dropped openers ("Watch Video" of "Watch Video Ann Lee"), each stretch as one run
  for (let k = opened; k < first; k++) {
    if (!isPageWord(tokens[k]!)) continue;
    let e = k;
    while (e + 1 < first && isPageWord(tokens[e + 1]!)) e++;
    furnitureRuns.push({
      start: tokens[k]!.start,
      end: tokens[e]!.end,
      text: text.slice(tokens[k]!.start, tokens[e]!.end),
      reason: 'page-furniture words opening a run',
      sentence: si,
    });
    k = e;
  }
  // a sentence-initial participle ("Attending UChicago", "Blaming Cruz") is not a given name
  if (first === 0 && first < run.last && /^\p{Lu}\p{Ll}{3,}ing$/u.test(tokens[first]!.text)) first++;
  // nor, where a capital says nothing (a sentence's first word) or a gerund opens a title
  // ("Absent Lee’s plan", "Combine Lee and …", "the ad “Playing Lee”"), an English word that is
  // no given name: the name is what follows
  else if (first < run.last && commonWordOpener(tokens, first, run.last)) first++;
  // "funding to Planned Parenthood", "flew United Airlines": an English participle opening a
  // run inside a sentence names a thing
  else if (
    first < run.last &&
    tokens.slice(0, first).some((x) => x.word) &&
    /^\p{Lu}\p{Ll}{3,}ed$/u.test(tokens[first]!.text) &&
    !GIVEN_NAMES.has(tokens[first]!.folded) &&
    isEnglishWord(tokens[first]!.text) &&
    !speechVerbAfter(tokens, run.last + 1) &&
    // ("United Steelworkers Political Director Tim Rook": an organisation's title before a name)
    !tokens.slice(first + 1, run.last + 1).some((x) => isTitleWord(x.folded))
  ) {
    others.push(tokenRun(text, tokens, first, run.last, 'org', si));
    return -1;
  }
  if (first > run.last) return -1;
  // "said Ivo Brant Read More", "Ivo Brant Replay More Videos": link text glued after a name is
  // no part of it (two words or more of page furniture, opening with a page word: "Ona Read" stays)
  for (let j = first + 1; j < run.last; j++) {
    const fj = tokens[j]!.folded;
    if ((PAGE_WORDS.has(fj) || UI_VERBS.has(fj)) && tokens.slice(j, run.last + 1).every(furniture)) {
      others.push(tokenRun(text, tokens, j, run.last, 'other', si));
      run.last = j - 1;
      break;
    }
  }
  // "the mayor of Harborton Ivo Brant": after a preposition, an unknown word glued before a given
  // name and a surname is the place the preposition names, no part of the name
  const prep = tokens[first - 1];
  if (
    prep?.word &&
    /^\p{Ll}/u.test(prep.text) &&
    (PLACE_PREPS.has(prep.text) || prep.text === 'of') &&
    run.last - first >= 2 &&
    !GIVEN_NAMES.has(tokens[first]!.folded) &&
    !CORE_TITLES.has(tokens[first]!.folded) &&
    !ROLE_NOUNS.has(tokens[first]!.folded) &&
    givenWord(tokens[first + 1]) &&
    surnameWord(tokens[first + 2]) &&
    !isPossessive(tokens[first]!.text)
  ) {
    // (a token's text is the text's slice at its offsets)
    others.push(tokenRun(text, tokens, first, first, 'other', si));
    first++;
  }
  // "Speaking to supporters, …", "Hastily politicizing …", "Fueled apparently by …": a lone
  // participle or adverb opening a sentence, before a function word, an adverb or a participle, is
  // no surname ("Manning said", "Harding won", "Manning also said" stay names)
  if (
    first === run.last &&
    tokens.slice(0, first).every((t) => !t.word) &&
    /^\p{Lu}\p{Ll}{3,}(?:ing|ed|ly)$/u.test(tokens[first]!.text) &&
    !GIVEN_NAMES.has(tokens[first]!.folded)
  ) {
    const n = tokens[first + 1];
    const nf = n?.word ? n.folded : '';
    if (
      n?.word &&
      /^\p{Ll}/u.test(n.text) &&
      !SUBJECT_NEXT.has(nf) &&
      !SPEECH_GAP.has(nf) &&
      !isSpeechVerb(n.text) &&
      (STOP_WORDS.has(nf) || /(?:ly|ing|ed)$/.test(nf))
    ) {
      others.push(tokenRun(text, tokens, first, first, 'other', si));
      return -1;
    }
  }
  return first;
}

/** Tokens `from`…`to` of a sentence as a run that names no person. */
function tokenRun(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  type: OtherRun['type'],
  sentence: number,
): OtherRun {
  return {
    start: tokens[from]!.start,
    end: tokens[to]!.end,
    text: text.slice(tokens[from]!.start, tokens[to]!.end),
    type,
    sentence,
  };
}

/** A run recorded as no person, and with a reason also as page furniture. */
function notAPerson(scan: Scan, run: OtherRun, furnitureReason: FurnitureReason | null): void {
  scan.others.push(run);
  if (furnitureReason)
    scan.furnitureRuns.push({
      start: run.start,
      end: run.end,
      text: run.text,
      reason: furnitureReason,
      sentence: run.sentence,
    });
}

/** A run from `first`: its title, what it names (a person, an organisation, a place, other) and how surely. */
interface RunTitle {
  /** the run's tokens, brackets left out */
  runTokens: Token[];
  words: string[];
  /** how many of the words are a title */
  tl: number;
  /** a lone title word where a surname may stand ("“…,” King said") */
  loneTitle: boolean;
  /** the title ends in "of"-words after a lower-case title ("secretary of State Ivo Brant") */
  ofTitle: boolean;
}

/** The title that opens a run of words from `first`, if any. */
function runTitle(tokens: readonly Token[], run: Run, first: number): RunTitle {
  // (arrays built with push: what Array#map and #filter return is packed or holey depending on
  // whether the caller is optimised, and every function they reach was recompiled at each change)
  const runTokens: Token[] = [];
  const words: string[] = [];
  for (let k = first; k <= run.last; k++) {
    const t = tokens[k]!;
    if (t.text === '[' || t.text === ']') continue;
    runTokens.push(t);
    words.push(t.text);
  }
  let tl = titleLength(words) || orgTitleLength(words);
  // "“…,” King said": a lone title word (not "President", not "the King") as a speaker may be a
  // surname; it stays a weak, place-like mention that only a full name with that surname takes
  const loneTitle =
    tl === 1 &&
    words.length === 1 &&
    !NEVER_SURNAME_TITLES.has(foldWord(words[0]!)) &&
    !HONORIFICS.has(foldWord(words[0]!)) &&
    !DETERMINERS.has(foldWord(tokens[first - 1]?.text ?? '')) &&
    (speechVerbAfter(tokens, run.last + 1) || (!!tokens[first - 1]?.word && isSpeechVerb(tokens[first - 1]!.text)));
  if (loneTitle) tl = 0;
  // "Republican Sam Rook", "Texan Ona Brisk": a party or demonym before a full name describes the person
  const f0 = foldWord(words[0]!);
  if (
    tl === 0 &&
    words.length >= 3 &&
    NATIONALITIES.has(f0) &&
    !GIVEN_NAMES.has(f0) &&
    GIVEN_NAMES.has(foldWord(words[1]!)) &&
    classifyName(words.slice(1)) === 'person'
  )
    tl = 1;
  // "House Republican Ivo Rook", "Iowa Senate Democrat Ona Brisk": a chamber or a state, then the party
  if (tl === 0 && words.length >= 4) {
    const k = words.findIndex(
      (w, i) => i > 0 && NATIONALITIES.has(foldWord(words[i - 1]!)) && GIVEN_NAMES.has(foldWord(w)),
    );
    if (
      k > 1 &&
      words
        .slice(0, k)
        .every(
          (w) => CHAMBER_WORDS.has(foldWord(w)) || NATIONALITIES.has(foldWord(w)) || CITIES_AND_STATES.has(foldWord(w)),
        ) &&
      classifyName(words.slice(k)) === 'person'
    )
      tl = k;
  }
  // "Billionaire Sam Rook", "Founder Ona Brisk", "Professors Ivo Brant": a role noun opening the run is the role
  const roleF = f0.length > 4 && f0.endsWith('s') && ROLE_NOUNS.has(f0.slice(0, -1)) ? f0.slice(0, -1) : f0;
  // (before a known given name: "Nurses Across Rivers" is no role and a name)
  if (
    tl === 0 &&
    words.length >= 3 &&
    ROLE_NOUNS.has(roleF) &&
    !GIVEN_NAMES.has(f0) &&
    !KIN_NOUNS.has(roleF) &&
    GIVEN_NAMES.has(foldWord(words[1]!)) &&
    classifyName(words.slice(1)) === 'person'
  )
    tl = 1;
  // "secretary of State Ivo Brant", "then-Secretary of State Brant": a lower-case title and "of"
  // before the run make its "of"-words the end of that title
  const ofTitleTok = tokens[first - 2];
  let ofTitle = false;
  if (
    tl === 0 &&
    tokens[first - 1]?.text === 'of' &&
    ofTitleTok?.word &&
    !isCapitalised(ofTitleTok) &&
    CORE_TITLES.has(foldWord(ofTitleTok.text.split('-').pop()!))
  ) {
    let k = 0;
    while (k < words.length - 1 && TITLE_OF_WORDS.has(foldWord(words[k]!)) && foldWord(words[k]!) !== 'the') k++;
    if (
      k > 0 &&
      (k === words.length - 1 || GIVEN_NAMES.has(foldWord(words[k]!))) &&
      classifyName(words.slice(k)) === 'person'
    ) {
      tl = k;
      ofTitle = true;
    }
  }
  return { runTokens, words, tl, loneTitle, ofTitle };
}

function readRun(scan: Scan, tokens: readonly Token[], run: Run, first: number, si: number, limit: number): void {
  const { text, people, others } = scan;
  const { runTokens, words, tl, loneTitle, ofTitle } = runTitle(tokens, run, first);
  const ofTitleTok = tokens[first - 2];
  const nameWords = words.slice(tl);
  const lastTok = tokens[run.last]!;
  const possessive = isPossessive(lastTok.text);
  const cleanName: string[] = [];
  for (const w of nameWords)
    cleanName.push(
      stripBrackets(w)
        .replace(/['’]s$/, '')
        .replace(/(?<=s)['’]$/, ''),
    );
  const before = tokens[first - 1];
  const beforeF = before ? before.folded : '';
  const after = tokens[run.last + 1];
  const afterF = after ? after.folded : '';
  const runText = text.slice(tokens[first]!.start, lastTok.end);
  const honorific = tl > 0 && SURNAME_HONORIFICS.has(foldWord(words[tl - 1]!));
  const cls = nameWords.length ? nameClass(cleanName, honorific) : 'other';
  let type: NameClass = cls === 'furniture' ? 'other' : cls;
  // a photo credit ("Jo Park/AP", "AP Photo/Jo Park") names a photographer, not someone in the story
  const slashAfter =
    after?.text === '/' &&
    lastTok.end === after.start &&
    !!tokens[run.last + 2] &&
    isCapitalised(tokens[run.last + 2]!) &&
    tokens[run.last + 2]!.start === after.end;
  const slashBefore =
    before?.text === '/' &&
    before.end === tokens[first]!.start &&
    !!tokens[first - 2] &&
    tokens[first - 2]!.end === before.start &&
    PAGE_WORDS.has(tokens[first - 2]!.folded);
  if (slashAfter || slashBefore) {
    // (only a credit that would have read as a name: "the Russian/Taliban program" is no credit and no name either)
    notAPerson(
      scan,
      { start: tokens[first]!.start, end: lastTok.end, text: runText, type: 'other', sentence: si },
      type === 'person' ? 'photo credit' : null,
    );
    return;
  }
  // "a Cambridge Analytica spokesman", "the Pentagon official": a name before a role noun is an organisation's
  const roleAfter = !!after && after.word && !isCapitalised(after) && ROLE_NOUNS.has(afterF) && !possessive;
  if (
    type === 'person' &&
    tl === 0 &&
    roleAfter &&
    (DETERMINERS.has(beforeF) || cleanName.length >= 2) &&
    !GIVEN_NAMES.has(foldWord(cleanName[0]!))
  )
    type = 'org';
  // suffixes are not names on their own
  if (cleanName.length === 1 && NAME_SUFFIXES.has(foldWord(cleanName[0]!))) type = 'other';
  const adminAfter =
    /^administrations?$/.test(afterF) ||
    (afterF === 'and' &&
      tokens[run.last + 2] &&
      isCapitalised(tokens[run.last + 2]!) &&
      /^administrations?$/i.test(tokens[run.last + 3]?.text ?? ''));
  // "the Lee Administration": the run itself ends in Administration
  if (type === 'org' && cleanName.length >= 2 && /^administrations?$/i.test(cleanName[cleanName.length - 1]!)) {
    const inner = cleanName.slice(0, -1);
    if (inner.length === 1 && classifyName(inner) === 'person') {
      const t = runTokens[tl]!;
      people.push({
        start: t.start,
        end: t.start + inner[0]!.length,
        nameStart: t.start,
        name: inner[0]!,
        title: null,
        evidence: 'weak',
        placeLike: false,
        sentence: si,
        possessive: false,
        context: false,
        placeContext: false,
      });
      return;
    }
  }
  const single = cleanName.length === 1;
  // ("told The Harbor Chief": a capitalised "The" inside a sentence opens a title, not a name)
  const prevIsDet =
    DETERMINERS.has(beforeF) &&
    before !== undefined &&
    (!before.text.match(/^\p{Lu}/u) || (beforeF === 'the' && tokens.slice(0, first - 1).some((t) => t.word)));
  // "Quina Marsh, 25, said": an age in commas is a person's, and the verb after it is theirs
  const ageAfter =
    after?.text === ',' &&
    /^\d{1,3}$/.test(tokens[run.last + 2]?.text ?? '') &&
    Number(tokens[run.last + 2]!.text) <= 120 &&
    tokens[run.last + 3]?.text === ',';
  const speechNext =
    speechVerbAfter(tokens, run.last + 1) ||
    (ageAfter && speechVerbAfter(tokens, run.last + 4)) ||
    roleAppositiveThenSpeech(tokens, run.last + 1) ||
    (!single && speechAfterPartner(tokens, run.last + 1));
  const speechBefore = !!before && before.word && isSpeechVerb(before.text);
  const according = beforeF === 'to' && foldWord(tokens[first - 2]?.text ?? '') === 'according';
  const kin = KIN_NOUNS.has(beforeF);
  const subjectNext = SUBJECT_NEXT.has(afterF);
  const appositive =
    ageAfter ||
    (after?.text === ',' && /^(?:a|an|the|who|whose|his|her|their)$/i.test(tokens[run.last + 2]?.text ?? ''));
  // (a role appositive marks a person's name, but is too common after places to make a place word a surname)
  const roleAppos = !single && roleAppositive(tokens, run.last + 1);
  const roleBefore = !!before && before.word && !isCapitalised(before) && ROLE_NOUNS.has(beforeF);
  // "14-year-old Ona Brisk": an age before a name
  const ageBefore = !!before && /^\d{1,3}-year-old$/i.test(before.text);
  const personContext =
    speechNext ||
    speechBefore ||
    according ||
    subjectNext ||
    appositive ||
    roleAppos ||
    tl > 0 ||
    kin ||
    roleBefore ||
    ageBefore;
  const lastNameF = foldWord(cleanName[cleanName.length - 1] ?? '');
  // "Chief Ray Jordan said", "Sen. Ivo King", "Ann May’s": a country, city, month or title word ends
  // a name after a title, or after a given name where a person stands
  // ("Ray Briton", "Ivo Welsh": a demonym too)
  const placeOrTitle =
    COUNTRIES_AND_REGIONS.has(lastNameF) ||
    CITIES_AND_STATES.has(lastNameF) ||
    MONTHS.has(lastNameF) ||
    demonymSurname(lastNameF) ||
    (CORE_TITLES.has(lastNameF) && !NEVER_SURNAME_TITLES.has(lastNameF));
  // (titles come before names, so a title word after a given name is a surname even without context: "Ann Pope")
  const titleWordLast =
    CORE_TITLES.has(lastNameF) && !COUNTRIES_AND_REGIONS.has(lastNameF) && !CITIES_AND_STATES.has(lastNameF);
  // a role noun before or a reporting verb after ("columnist Ivo Jun wrote") stands for the given
  // name the lists lack; a place of two words ("West Virginia said") is still a place
  // ("Southern states": "states" after a capitalised word is rarely a reporting verb)
  const verbNext = speechNext && afterF !== 'states';
  const strongContext =
    cleanName.length > 1 &&
    (roleBefore || verbNext) &&
    !MULTIWORD_PLACES.has(cleanName.map(foldWord).join(' ')) &&
    !PLACE_FIRST.has(foldWord(cleanName[0]!));
  // a name that looks like something else where only a person stands (a title before, a reporting
  // verb or a role appositive after): initials that look like an acronym ("J.J. Bell"), a given
  // name that is also a month or a creed ("Jan Bell", "Christian Bell"), a surname that is also an
  // organisation's last word ("Steven Law")
  const personSlot = tl > 0 || verbNext || speechBefore || roleAppos || ageAfter;
  // ("criticized Christian Evangelical voters": a run before a plural noun modifies it)
  const modifiesNoun =
    !!after &&
    after.word &&
    /^\p{Ll}/u.test(after.text) &&
    !isSpeechVerb(after.text) &&
    (GROUP_NOUNS.has(afterF) || /[^s]s$/.test(after.text));
  if (
    type !== 'person' &&
    personSlot &&
    !modifiesNoun &&
    cleanName.length >= 2 &&
    cleanName.length <= 3 &&
    !prevIsDet
  ) {
    const firstF = foldWord(cleanName[0]!);
    const initials = /^(?:\p{Lu}\.){2,3}$/u.test(cleanName[0]!) && !/^(?:u\.s|u\.k|u\.n|e\.u|d\.c)$/.test(firstF);
    // (a creed or month as the given name needs the strongest slot: a title, or a verb after the name)
    const ambiguousGiven =
      GIVEN_NAMES.has(firstF) ||
      (AMBIGUOUS_GIVEN.has(firstF) && (tl > 0 || verbNext || ageAfter || (speechBefore && (roleAppos || appositive))));
    const rest = classifyName(cleanName.slice(1), true);
    if ((initials || ambiguousGiven) && rest === 'person' && !MULTIWORD_PLACES.has(cleanName.map(foldWord).join(' ')))
      type = 'person';
  }
  if (
    type !== 'person' &&
    type !== 'org' &&
    !single &&
    cleanName.length <= 3 &&
    placeOrTitle &&
    classifyName(cleanName.slice(0, -1)) === 'person' &&
    !prevIsDet &&
    (tl > 0 ||
      strongContext ||
      (GIVEN_NAMES.has(foldWord(cleanName[0]!)) && (personContext || possessive || titleWordLast)))
  )
    type = 'person';
  // "“…,” Cuban said": a demonym or month where only a person's name stands is read like a
  // place word there: a person only if someone has that surname
  if (
    type === 'other' &&
    single &&
    tl === 0 &&
    !possessive &&
    (verbNext || speechBefore || according || appositive) &&
    (demonymSurname(lastNameF) || MONTHS.has(lastNameF))
  )
    type = 'place';
  if (loneTitle) type = 'place';
  // "a town hall in Salem, …": one unknown word after "in" with nothing of a person around it is a place
  if (
    type === 'person' &&
    single &&
    tl === 0 &&
    !possessive &&
    beforeF === 'in' &&
    before !== undefined &&
    /^\p{Ll}/u.test(before.text) &&
    !personContext
  ) {
    others.push({ start: tokens[first]!.start, end: lastTok.end, text: runText, type: 'place', sentence: si });
    return;
  }
  const place = type === 'place' && cleanName.length === 1 && tl === 0;
  if (type !== 'person' && !place) {
    // (a run the later rules kept as "other" for another reason, or made an organisation, is not furniture)
    const furnitureReason = cls === 'furniture' && type === 'other' ? 'page-furniture words' : null;
    notAPerson(
      scan,
      { start: tokens[first]!.start, end: lastTok.end, text: runText, type, sentence: si },
      furnitureReason,
    );
    return;
  }
  // "Indiana v. Edwards", "Roe v. Wade": a court case, not people
  const caseName = /^(?:v|vs)\.?$/i.test(after?.text ?? '') || /^(?:v|vs)\.?$/i.test(before?.text ?? '');
  if (caseName) {
    others.push({ start: tokens[first]!.start, end: lastTok.end, text: runText, type: 'other', sentence: si });
    return;
  }
  if (place) {
    // a place word is a person only where a person's name would stand, and someone has that surname
    if (!personContext || PLACE_PREPS.has(beforeF)) {
      others.push({ start: tokens[first]!.start, end: lastTok.end, text: runText, type: 'place', sentence: si });
      return;
    }
  }
  let evidence: Evidence;
  if (place) evidence = 'weak';
  else if (tl > 0 && titleLength(words) < words.length) evidence = 'strong';
  // two capitalised words are a name only with something more: a known given name, a person's
  // context, a surname ending ("Human Rights", "Nurses Across Rivers" have none)
  else if (!single)
    evidence =
      !prevIsDet &&
      (personContext ||
        roleBefore ||
        GIVEN_NAMES.has(foldWord(cleanName[0]!)) ||
        hasSurnameEnding(cleanName[cleanName.length - 1]!) ||
        isInitial(cleanName[1] ?? ''))
        ? 'strong'
        : 'weak';
  else if (adminAfter)
    evidence = 'strong'; // "the Lee administration": named after a person
  // ("Rook, who …": only a person is introduced by "who")
  else if (
    kin ||
    speechNext ||
    speechBefore ||
    according ||
    hasSurnameEnding(cleanName[0]!) ||
    (after?.text === ',' && /^(?:who|whose)$/i.test(tokens[run.last + 2]?.text ?? ''))
  )
    evidence = prevIsDet ? 'weak' : 'strong';
  else evidence = 'weak';
  if (!single && prevIsDet && tl === 0) {
    // "the White House", "the Senior Intelligence Service": people take no article; a named thing does
    others.push({ start: tokens[first]!.start, end: lastTok.end, text: runText, type: 'org', sentence: si });
    return;
  }
  const nameTok = runTokens[tl]!;
  let start = runTokens[0]!.start;
  let title = tl ? text.slice(runTokens[0]!.start, runTokens[tl - 1]!.end) : null;
  // a lower-case role prefix ("former") belongs to the title
  if (ofTitle) {
    // (with its lower-case role prefix: "former secretary of State")
    const pre = tokens[first - 3];
    start = pre?.word && ROLE_PREFIXES.has(pre.text) ? pre.start : ofTitleTok!.start;
    title = text.slice(start, runTokens[tl - 1]!.end);
  } else if (title && before && ROLE_PREFIXES.has(beforeF) && !/^\p{Lu}/u.test(before.text)) {
    title = `${before.text} ${title}`;
    start = before.start;
  }
  // a name read across a sentence break ("Msgr. | Arlo Penning") starts where its sentence does,
  // so that it lies within one sentence; the title is kept
  if (nameTok.start >= limit) start = nameTok.start;
  const nameEnd = possessive ? lastTok.end - (lastTok.text.match(/['’]s?$/)?.[0].length ?? 0) : lastTok.end;
  people.push({
    start,
    end: nameEnd,
    nameStart: nameTok.start,
    name: cleanName.join(' '),
    title,
    evidence,
    placeLike: place,
    // a name read across a sentence break belongs to the sentence it stands in
    sentence: nameTok.start >= limit ? si + 1 : si,
    possessive,
    context: personContext || adminAfter || !!according,
    placeContext: speechNext || speechBefore || according || appositive || tl > 0 || kin,
  });
}
