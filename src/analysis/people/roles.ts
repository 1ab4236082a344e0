/**
 * Roles of a person as the text states them: the title before the name ("Defense Secretary"),
 * an appositive after it (", a CIA Senior Operations Officer who retired …", ", executive
 * director of the Harbor Fund,", ", 54, a retired teacher,"), a who-clause that says what the
 * person is or does (", who served as …", ", who heads the fund,"), a role noun phrase before it
 * ("the slain … commander Rosa Marquez", "former Harbor Fund director X", "his brother X"), an
 * appositive before it (", his predecessor in the … administration, Mark Bell"), "X of Outlet" and
 * "Outlet’s X".
 *
 * A role is a noun phrase the text gives that person: never a clause ("who was to travel to …"),
 * a hypothetical ("were he to become the nominee, X"), a title that another name follows, or a
 * photo credit.
 */
import type { Token } from '../tokens.ts';
import { foldWord, isPossessive } from '../tokens.ts';
import {
  CORE_TITLES,
  HONORIFICS,
  NATIONALITIES,
  ROLE_CLAUSE_VERBS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  ROLE_PREFIXES,
  TITLE_MODIFIERS,
  TITLE_OF_WORDS,
} from './lexicon.ts';
import { classifyName, isCapitalised, titleLength, type NameMention } from './mentions.ts';

const MAX_ROLE = 160;
const APPOSITIVE_START = /^(?:a|an|the|his|her|their|its|now|then|once|former|longtime|veteran)$/i;
const DET = /^(?:the|a|an|his|her|their|its|our|my|your)$/i;
const PREP = /^(?:of|for|at|in|on|to|from|with|under|by)$/i;
const CLAUSE_PUNCT = /^[,;:.()—–―!?"“”]$/;
// words that open or join a clause: a role noun phrase never contains one
const CLAUSE_WORDS = new Set(
  `and or but nor that which who whom whose when where while if unless whether because although
  though than as said says told is are was were be been being has have had will would can could shall should may
  might must do does did not also so yet after before since until like about against during into over
  through without amid among toward towards upon between versus vs via across around behind beyond near
  including this these those there it he she they we i you me him us them`.split(/\s+/),
);
// a fronted clause before ", Role, Name": the role belongs to that clause, not to the name
const FRONTED = new Set(
  `after before when while as since although though if unless whether because despite until upon
  like unlike with without for in on at by from to were had should once`.split(/\s+/),
);
// adverbs between "who" and its verb ("who is now …", "who until 2019 oversaw …")
const WHO_ADVERBS = new Set(
  'also now then currently formerly previously once later still long recently briefly most until since from in through'.split(
    ' ',
  ),
);
// a photo credit is not part of a role: a caption glued to the text ("… via Lido Bay Images Harbor
// Party candidate X") leaves only what follows the credit
const CREDIT =
  /\bvia (?:\p{Lu}[\p{L}.&-]* )*(?:Images|Photos?|Pictures)\b|\p{Lu}\p{L}* Images\b|\bAP Photo\b|\bPhoto(?:graph)?:|\bPhoto by\b|\/(?:AP|AFP|Reuters|Bloomberg)\b/gu;

function withoutCredit(role: string): string {
  const parts = role.split(CREDIT);
  return parts.length > 1 ? parts[parts.length - 1]!.replace(/^[\s/)\].,;:]+/, '') : role;
}

// agent nouns ("contractor", "anthropologist") name a role where a phrase ends in one, but not these
const AGENT = /^[a-z-]{4,}(?:ist|ian|eer|ier|er|or|man|woman|person)$/;
const NOT_AGENTS = new Set(
  `number quarter matter order power corner border center centre chapter cover danger dinner error
  factor favor favour honor honour labor labour layer letter manner murder paper river rumor sector summer winter tower
  water wonder other another corridor mirror minor major color colour neighbor neighbour weather character
  register newspaper computer shelter theater theatre filter offer answer meter headquarter`.split(/\s+/),
);
// what one leads or represents in passing, not as a post: "who led the polls", "who represents a kind of …"
const ACTION_OBJECTS =
  /^(?:polls?|race|field|pack|charge|way|effort|fight|push|protests?|chants?|prayers?|crowds?|cheers?|kind|sort|type|form|threat|shift|change|break|departure|step|chance)$/;
const PARTY_MEMBERS = new Set([
  'democrat',
  'republican',
  'libertarian',
  'independent',
  'conservative',
  'liberal',
  'progressive',
  'socialist',
]);

const word = (t: Token | undefined): string => (t ? t.folded : '');

/** a role noun, singular ("director") or, where `plural`, plural ("one of the bombers") */
function isRoleNoun(t: Token | undefined, plural = false): boolean {
  if (!t?.word) return false;
  const f = t.folded;
  if (ROLE_NOUNS.has(f) || ROLE_HEADS.has(f)) return true;
  return (
    plural && f.length > 4 && f.endsWith('s') && (ROLE_NOUNS.has(f.slice(0, -1)) || ROLE_HEADS.has(f.slice(0, -1)))
  );
}

/** a role noun, or a title word that no name follows ("a CIA Senior Operations Officer") */
function isRoleHead(tokens: readonly Token[], i: number, plural = false): boolean {
  const t = tokens[i];
  if (!t?.word) return false;
  const f = t.folded;
  if (!isCapitalised(t) && (isRoleNoun(t, plural) || (CORE_TITLES.has(f) && !HONORIFICS.has(f)))) return true;
  if (!isCapitalised(t) || HONORIFICS.has(f) || !(CORE_TITLES.has(f) || ROLE_NOUNS.has(f))) return false;
  const next = tokens[i + 1];
  return !(next && isCapitalised(next) && !PREP.test(next.text));
}

/** a word that can modify a role noun without being a verb: "senior", "Harbor", "campaign", "two-term" */
function isModifier(t: Token): boolean {
  if (!t.word) return false;
  if (isCapitalised(t)) return !CLAUSE_WORDS.has(t.folded);
  const f = t.folded;
  if (CLAUSE_WORDS.has(f)) return false;
  if (
    ROLE_PREFIXES.has(f) ||
    TITLE_MODIFIERS.has(f) ||
    ROLE_MODIFIERS.has(f) ||
    ROLE_NOUNS.has(f) ||
    ROLE_HEADS.has(f) ||
    NATIONALITIES.has(f)
  )
    return true;
  // "59-year-old", "then-governor", "private-equity", "award-winning"
  if (/^\d/.test(f) || (f.includes('-') && !/^re-/.test(f))) return true;
  // adjectives by their ending ("presidential", "Democratic", "investigative", "famous"), not verbs that share it
  return (
    f.length >= 6 &&
    /(?:al|ic|ive|ian|ous|ary|ist|ent|ant)$/.test(f) &&
    !/(?:eive|rive|give|live|present|represent)$/.test(f)
  );
}

/** a capitalised word that modifies rather than names: "Republican", "Harborish", "Senior" */
function sureCapital(t: Token): boolean {
  const f = t.folded;
  return (
    PARTY_MEMBERS.has(f) ||
    NATIONALITIES.has(f) ||
    TITLE_MODIFIERS.has(f) ||
    ROLE_MODIFIERS.has(f) ||
    /(?:ic|an|ish|ese)$/.test(f)
  );
}

/** a lower-case word that could be a verb: a clause word, "-ed"/"-ing", or a third-person "-s" */
function isVerbLike(t: Token): boolean {
  const f = t.folded;
  if (CLAUSE_WORDS.has(f)) return true;
  if (isModifier(t) || isRoleNoun(t, true)) return false;
  return /(?:ed|ing)$/.test(f) || (/s$/.test(f) && !/(?:ss|us|is|ics)$/.test(f));
}

/** where the possessive run ending at i starts: "the Harbor Herald’s", "Mr. Lee’s", "the union’s" */
function possessiveStart(tokens: readonly Token[], i: number, lo: number): number {
  let k = i;
  if (isCapitalised(tokens[i]!))
    while (k - 1 >= lo && tokens[k - 1]!.word && isCapitalised(tokens[k - 1]!) && !DET.test(tokens[k - 1]!.text)) k--;
  if (k - 1 >= lo && DET.test(tokens[k - 1]!.text)) k--;
  return k;
}

/**
 * Start of the role noun phrase that ends at `end` (inclusive) with a role noun, going back no
 * further than `lo`; -1 if none. It runs back through modifiers to a determiner or possessive
 * ("his police chief", "the Harbor Herald’s chief editor"); where it meets a verb or a clause
 * word first, it is the modifiers after it ("… said former Harbor Fund director").
 */
function roleBefore(tokens: readonly Token[], end: number, lo: number, withPP: boolean): number {
  // a phrase from k whose head (before any preposition) is a role noun: "his predecessor in the … administration"
  const headed = (k: number): boolean => {
    for (let j = k; j <= end; j++) {
      if (j > k && PREP.test(tokens[j]!.text)) return false;
      if (isRoleNoun(tokens[j]) && !isCapitalised(tokens[j]!)) return true;
    }
    return false;
  };
  // a lower-case role noun: "King" ends a name ("Gov. Ray King, Bell")
  const endsInRole = isRoleNoun(tokens[end]) && !isCapitalised(tokens[end]!);
  if (!withPP && !endsInRole) return -1;
  let strict = endsInRole ? end : -1; // start of the run of sure modifiers ending at the role noun
  let sure = endsInRole;
  let unknown = 0;
  const found = (k: number): number => (unknown <= 2 && headed(k) ? k : strict);
  for (let k = end - 1; k >= lo && end - k < 16; k--) {
    const t = tokens[k]!;
    if (DET.test(t.text)) {
      // "the director of the Harbor Fund": a determiner after a preposition opens its object, not the
      // role, unless a role noun heads it ("married to a retired investor, X")
      if (withPP && PREP.test(tokens[k - 1]?.text ?? '') && k - 1 > lo && !headed(k)) continue;
      return found(k);
    }
    if (isPossessive(t.text) && t.word) {
      const p = possessiveStart(tokens, k, lo);
      // "a former spokesman for the Harbor Board’s press office": the possessive opens the object
      if (withPP && !headed(k) && PREP.test(tokens[p - 1]?.text ?? '') && p - 1 > lo) {
        k = p;
        sure = false;
        continue;
      }
      return unknown <= 2 && headed(k) ? p : strict;
    }
    if (PREP.test(t.text)) {
      // "Hall of Fame player X", "Bank of Harbor executive X": "of" inside an organisation's name
      const inName =
        /^of$/i.test(t.text) && isCapitalised(tokens[k + 1]!) && !!tokens[k - 1] && isCapitalised(tokens[k - 1]!);
      if (inName && sure) continue;
      // "the daughter of front-runner X": right before a name the role ends at a preposition
      if (!withPP) break;
      sure = false;
      continue;
    }
    // "the founder and chairman", "the feminist leader and author"
    if (
      /^and$/i.test(t.text) &&
      isRoleNoun(tokens[k + 1]) &&
      !isCapitalised(tokens[k + 1]!) &&
      isRoleNoun(tokens[k - 1])
    )
      continue;
    // "the endorsed candidate": after a determiner a participle is an adjective
    const adjective = /(?:ed|ing)$/.test(t.folded) && DET.test(tokens[k - 1]?.text ?? '');
    if (!t.word || (isVerbLike(t) && !adjective)) break;
    if (isModifier(t)) {
      if (sure) strict = k;
      continue;
    }
    // a noun modifying the role noun ("conservative chat host", "senior politics editor") where a sure
    // modifier or determiner stands before it; after a name or a plural it may be a verb ("Lee met
    // reporter X", "officials say front-runner X")
    const left = tokens[k - 1];
    const plural = !!left && /[^siu]s$/.test(left.folded);
    if (
      sure &&
      left &&
      left.word &&
      !plural &&
      (DET.test(left.text) ||
        isPossessive(left.text) ||
        (!isCapitalised(left) && isModifier(left)) ||
        (isCapitalised(left) && sureCapital(left)))
    ) {
      strict = k;
      continue;
    }
    sure = false;
    unknown++;
  }
  return strict;
}

/**
 * A role said of someone as a predicate, not given to the name after it: "if she were president
 * X", "would be secretary X", "were he to become the nominee, X" (but "among them were former
 * mayor X": "were" with a plural subject is a list).
 */
function hypotheticalBefore(tokens: readonly Token[], i: number): boolean {
  const f = word(tokens[i - 1]);
  if (/^(?:be|become|becoming|being)$/.test(f)) return true;
  return f === 'were' && /^(?:he|she|i|it)$/.test(word(tokens[i - 2]));
}

/**
 * Forward from i: a role noun phrase ("a former CIA officer", "executive director of …", "one of
 * the bombers"), its head a role noun before any clause word or preposition. Index of the head, or -1.
 */
function roleHeadAfter(tokens: readonly Token[], i: number, end: number): number {
  let k = i;
  let plural = false;
  if (word(tokens[k]) === 'one' && word(tokens[k + 1]) === 'of') {
    k += 2;
    plural = true;
  }
  // "a", "now the", "then his", "the union’s"
  while (
    k < end &&
    k - i < 3 &&
    (DET.test(tokens[k]!.text) || /^(?:now|then|once)$/i.test(tokens[k]!.text) || isPossessive(tokens[k]!.text))
  )
    k++;
  // after a determiner no verb comes: "-ed" and "-ing" words there are adjectives ("an accomplished …")
  const determined = k > i;
  for (; k < end && k - i < 10; k++) {
    const t = tokens[k]!;
    if (isRoleHead(tokens, k, plural)) {
      // "executive director", "deputy chief": the last role noun of a compound is the head
      while (k + 1 < end && isRoleNoun(tokens[k + 1], plural) && !isCapitalised(tokens[k + 1]!)) k++;
      // "the official party line", "a veteran Democratic strategist": a noun after it makes it a modifier
      const after = tokens[k + 1];
      const modifies =
        k + 1 < end &&
        !!after?.word &&
        !PREP.test(after.text) &&
        !CLAUSE_WORDS.has(after.folded) &&
        !isVerbLike(after) &&
        !isPossessive(after.text);
      if (!modifies) return k;
      continue;
    }
    // "a Democrat of Harborshire": a party member is a role where the phrase ends or goes on with "of"
    if (
      isCapitalised(t) &&
      PARTY_MEMBERS.has(t.folded) &&
      (k + 1 === end || /^(?:of|from|and|who)$/i.test(tokens[k + 1]!.text))
    )
      return k;
    if (isPossessive(t.text) && isCapitalised(t)) continue; // "Ann Lee’s top adviser"
    // "a plumbing contractor who …", "an anthropologist at …": an agent noun that ends the phrase
    const follow = tokens[k + 1];
    if (
      determined &&
      !isCapitalised(t) &&
      AGENT.test(t.folded) &&
      !NOT_AGENTS.has(t.folded) &&
      (k + 1 === end || /^(?:of|for|at|in|from|with|on|to|who|whose|and)$/i.test(follow!.text))
    )
      return k;
    // "a University of Harborshire professor": an organisation's name inside the phrase
    if (determined && /^of$/i.test(t.text) && follow && isCapitalised(follow) && isCapitalised(tokens[k - 1]!))
      continue;
    // "a radio and television station owner": "and" inside the phrase
    if (
      determined &&
      /^and$/i.test(t.text) &&
      follow?.word &&
      !DET.test(follow.text) &&
      !CLAUSE_WORDS.has(follow.folded)
    )
      continue;
    if (!t.word || PREP.test(t.text) || DET.test(t.text) || CLAUSE_WORDS.has(t.folded)) return -1;
    if (!determined && isVerbLike(t)) return -1;
  }
  return -1;
}

/** the role a who-clause gives ("who is executive director of …" → "executive director of …"), or null */
function whoRole(text: string, tokens: readonly Token[], i: number, end: number): string | null {
  let k = i + 1;
  // "who until July 2019 oversaw …": an adverb or a short time phrase before the verb
  while (
    k < end &&
    k - i < 6 &&
    (WHO_ADVERBS.has(word(tokens[k])) ||
      /^\d/.test(tokens[k]!.text) ||
      (isCapitalised(tokens[k]!) && WHO_ADVERBS.has(word(tokens[i + 1]))))
  )
    k++;
  const v = word(tokens[k]);
  const span = (from: number): string => text.slice(tokens[from]!.start, tokens[end - 1]!.end);
  let copula = /^(?:is|was|remains|remained|became|becomes)$/.test(v);
  if (/^(?:has|had|have)$/.test(v)) {
    k++;
    while (k < end && WHO_ADVERBS.has(word(tokens[k]))) k++;
    if (word(tokens[k]) === 'been') copula = true;
  }
  const verb = word(tokens[k]);
  if (copula) {
    // "who is a pastor at …", "who was Lee’s campaign manager"; not "who is willing to …", "who was to travel …"
    let s = k + 1;
    while (s < end && /^(?:also|now|then|currently|still|once|long)$/.test(word(tokens[s]))) s++;
    const head = roleHeadAfter(tokens, s, end);
    if (head < 0) return null;
    // the role noun phrase itself for the present; "who was …" keeps the past
    return v === 'is' || v === 'remains' ? span(s) : span(i);
  }
  const next = tokens[k + 1];
  if (!next) return null;
  // "who served as …", "who worked for …", "who retired from …"
  if (/^(?:serves|served|serving)$/.test(verb) && /^(?:as|in|on|under)$/i.test(next.text)) return span(i);
  if (/^(?:works|worked|working)$/.test(verb) && /^(?:as|for|at|in|on)$/i.test(next.text)) return span(i);
  if (verb === 'retired') return span(i);
  // "who heads the fund", not "who ran for office" or "who led the polls"
  if (
    ROLE_CLAUSE_VERBS.has(verb) &&
    next.word &&
    !PREP.test(next.text) &&
    !/^(?:away|out|up|off|back|into|against)$/i.test(next.text)
  ) {
    if (tokens.slice(k + 1, Math.min(end, k + 4)).some((t) => ACTION_OBJECTS.test(t.folded))) return null;
    return span(i);
  }
  return null;
}

function cap(role: string): string {
  // a second predicate is not part of the role: "… who visited X in 2012 and went on to …"
  const and = role.search(/ and (?!\p{Lu})\p{L}+ (?:on|to|then|later)\b/u);
  const text = and > 20 ? role.slice(0, and) : role;
  if (text.length <= MAX_ROLE) return text;
  const cut = text.slice(0, MAX_ROLE);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:\s]+$/, '');
}

/** the appositive after the name at `last` (", a …,", ", who …,", ", 54, a …,"), or null */
function appositiveAfter(text: string, tokens: readonly Token[], last: number): string | null {
  if (tokens[last + 1]?.text !== ',') return null;
  let from = last + 2;
  // ", 54, a retired teacher,": an age before the appositive
  if (/^\d{1,3}$/.test(tokens[from]?.text ?? '') && tokens[from + 1]?.text === ',') from += 2;
  const t0 = tokens[from];
  if (!t0) return null;
  let j = from;
  while (
    j < tokens.length &&
    !/^[,;.:()—–―]$/.test(tokens[j]!.text) &&
    !(tokens[j]!.text === '-' && text[tokens[j]!.start - 1] === ' ')
  )
    j++;
  if (j === from) return null;
  const phrase = (): string => text.slice(t0.start, tokens[j - 1]!.end);
  if (/^(?:who|whose)$/i.test(t0.text)) return whoRole(text, tokens, from, j);
  // a title alone (", Deputy Assistant Secretary of Defense with …"), not a titled name (", Gov. Ray King")
  const words = tokens.slice(from, j).map((t) => t.text);
  const tl = titleLength(words);
  if (isCapitalised(t0) && tl > 0) {
    const afterTitle = words[tl];
    const ofOrg = /^(?:of|the)$/i.test(words[tl - 1]!) || /^of$/i.test(afterTitle ?? '');
    if (!afterTitle || !/^\p{Lu}/u.test(afterTitle) || ofOrg) return phrase();
    return null;
  }
  const head = roleHeadAfter(tokens, from, j);
  if (head < 0) return null;
  const opener = APPOSITIVE_START.test(t0.text) || isPossessive(t0.text) || word(t0) === 'one';
  // without a determiner ("executive director of the Harbor Fund", "Harbor Fund director") the head
  // ends the phrase or a preposition follows it: not a clause, not a title with another name after it
  if (!opener && head + 1 < j && !PREP.test(tokens[head + 1]!.text)) return null;
  // ", the front-runner said …" opens a clause of its own: a verb after the head is not an appositive's
  const next = tokens[head + 1];
  if (
    opener &&
    head + 1 < j &&
    next &&
    !PREP.test(next.text) &&
    !/^(?:who|whose|that|which|and|or|since|until|now|then)$/i.test(next.text) &&
    isVerbLike(next)
  )
    return null;
  return phrase();
}

/** the appositive before the name starting at `first` (", his predecessor …, Mark Bell"), or null */
function appositiveBefore(text: string, tokens: readonly Token[], first: number, last: number): string | null {
  let k = first - 2;
  while (k >= 0 && !/^[,;:.()—–―“”"]$/.test(tokens[k]!.text)) k--;
  const lo = k + 1;
  const end = first - 2;
  if (end < lo) return null;
  const start = roleBefore(tokens, end, lo, true);
  if (start < 0 || start > end) return null;
  const role = text.slice(tokens[start]!.start, tokens[end]!.end);
  // "As a senator, X has …": the role the sentence gives its subject
  if (start === lo + 1 && /^as$/i.test(tokens[lo]!.text) && DET.test(tokens[start]!.text)) return role;
  // an appositive name stands alone ("his deputy, X, would …", "… rival, Sen. X of Harborshire."): a
  // verb right after it makes the phrase before a fronted clause ("After meeting the president, X said")
  const after = tokens[last + 1];
  if (after && !CLAUSE_PUNCT.test(after.text) && !/^(?:['’]|of|and)$/i.test(after.text)) return null;
  // the phrase opens the chunk, or ends a clause whose object it is ("… fired his police chief, X")
  if (start > lo) {
    if (
      !DET.test(tokens[start]!.text) &&
      !isPossessive(tokens[start]!.text) &&
      !isPossessive(tokens[start + 1]?.text ?? '')
    )
      return null;
    // at the start of a sentence, a subordinate or participial clause is about someone else
    // ("After meeting the president, X, the mayor, said"); mid-sentence it is the object's own
    const opener = tokens[lo]!.folded;
    if (lo === 0 && (FRONTED.has(opener) || /(?:ing|ed)$/.test(opener))) return null;
  }
  if (hypotheticalBefore(tokens, start)) return null;
  return role;
}

/** tokens of the sentence, the mention, and the text: the roles the sentence gives the person */
export function rolesOf(text: string, tokens: readonly Token[], m: NameMention): string[] {
  const roles: string[] = [];
  const first = tokens.findIndex((t) => t.start >= m.start);
  // the token holding the name's last character (a possessive token runs past the name)
  const last = tokens.findIndex((t) => t.start < m.end && t.end >= m.end);
  if (m.title && !HONORIFICS.has(foldWord(m.title)) && !(first > 0 && hypotheticalBefore(tokens, first)))
    roles.push(m.title);
  if (first < 0 || last < 0) return roles;
  // a possessive ("Lee’s") has no appositive
  if (!(isPossessive(tokens[last]!.text) && tokens[last]!.end > m.end)) {
    const app = appositiveAfter(text, tokens, last);
    if (app) roles.push(cap(app));
    const after = tokens[last + 1];
    // "Mark Bell of the Harbor Herald"
    if (after?.text.toLowerCase() === 'of' && tokens[last + 2] && isCapitalised(tokens[last + 2]!)) {
      let j = last + 2;
      while (j + 1 < tokens.length && isCapitalised(tokens[j + 1]!) && text[tokens[j]!.end] === ' ') j++;
      const org = tokens.slice(last + 2, j + 1).map((t) => t.text);
      if (classifyName(org) === 'org') roles.push(text.slice(m.nameStart, tokens[j]!.end));
    }
  }
  // before the name
  const prev = tokens[first - 1];
  if (prev && prev.word && !isCapitalised(prev)) {
    // "the slain … commander X", "former Harbor Fund director X", "his brother X"; "chief of staff X"
    let end = first - 1;
    if (
      !isRoleNoun(prev) &&
      TITLE_OF_WORDS.has(prev.folded) &&
      word(tokens[first - 2]) === 'of' &&
      isRoleNoun(tokens[first - 3])
    )
      end = first - 3;
    const start = roleBefore(tokens, end, 0, false);
    // before a title only a phrase of its own ("his friend Gov. X"), not a modifier of it ("fellow Sen. X")
    const own =
      !m.title || DET.test(tokens[start]?.text ?? '') || isPossessive(tokens[start]?.text ?? '') || start < first - 1;
    if (start >= 0 && own && !hypotheticalBefore(tokens, start))
      roles.push(cap(text.slice(tokens[start]!.start, prev.end)));
  } else if (prev && isPossessive(prev.text) && isCapitalised(prev)) {
    // "the Harbor Herald’s Mark Bell"
    let k = first - 1;
    while (k - 1 >= 0 && isCapitalised(tokens[k - 1]!) && text[tokens[k - 1]!.end] === ' ') k--;
    const org = tokens.slice(k, first).map((t) => t.text.replace(/['’]s$/, ''));
    if (classifyName(org) === 'org') {
      if (k > 0 && /^the$/i.test(tokens[k - 1]!.text)) k--;
      roles.push(text.slice(tokens[k]!.start, m.end));
    }
  } else if (prev?.text === ',') {
    const app = appositiveBefore(text, tokens, first, last);
    if (app) roles.push(cap(app));
  }
  return [...new Set(roles.map(withoutCredit).filter((r) => /\p{L}/u.test(r)))];
}
