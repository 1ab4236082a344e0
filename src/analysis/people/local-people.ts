/**
 * The people of one document: its name mentions merged into persons. Full names first (a
 * compatible given name and the same surname, or a small typo of a long one), then one-word
 * mentions join the person with that surname; when two people share it, the one mentioned
 * last before. Nothing merges two different full names: "John Smith" and "Paul Smith" stay two.
 */
import { isEnglishWord } from '../nlp.ts';
import type { Sentence } from '../sentences.ts';
import { CORE_TITLES, FEMALE_NAMES, HONORIFICS, KIN_NOUNS, MALE_NAMES, STOP_WORDS } from './lexicon.ts';
import { foldWord, TokenIndex, type Token } from '../tokens.ts';
import {
  compareFullNames,
  givenNameKey,
  honorificGender,
  middleInitials,
  middlesFit,
  nameWords,
  suffixOf,
  surnameMatch,
  surnameOf,
} from './names.ts';
import { scanMentions, type FurnitureRun, type NameMention, type OtherRun } from './mentions.ts';
import { rolesOf } from './roles.ts';

export interface DocPerson {
  key: number;
  name: string;
  aliases: string[];
  roles: string[];
  /** mentions sorted by position */
  mentions: NameMention[];
  /** named with evidence (not only a weak one-word mention) */
  confirmed: boolean;
  /** only ever a place word ("London"): a person only if the corpus names someone with that surname */
  placeLike: boolean;
  /** the text treats them as a person (a role, a speech verb, a second mention), not just a capitalised pair */
  salient: boolean;
  /** a mention where only a person could stand (speech verb, title, appositive): a place word there may be a surname */
  placeContext: boolean;
  /** what the given name, an honorific or a kin noun says, for "he" and "she" */
  gender: 'm' | 'f' | null;
}

export interface DocPeople {
  /** the document's tokens, shared with the quote step */
  index: TokenIndex;
  people: DocPerson[];
  /** every person mention with its person, sorted by position */
  mentions: { mention: NameMention; person: number }[];
  others: OtherRun[];
  /** capitalised runs refused as page furniture */
  furniture: FurnitureRun[];
}

const FEMALE_WORDS =
  /^(?:mrs|ms|miss|madam|dame|lady|queen|princess|wife|daughter|mother|sister|aunt|niece|widow|grandmother|girlfriend|fiancee|mistress|actress|congresswoman|spokeswoman|chairwoman|businesswoman)$/;
const MALE_WORDS =
  /^(?:mr|sir|lord|king|prince|husband|son|father|brother|uncle|nephew|widower|grandfather|boyfriend|fiance|congressman|spokesman|chairman|businessman)$/;

const GIVEN_NAMES = new Set([...FEMALE_NAMES, ...MALE_NAMES]);

function genderOf(p: DocPerson, text: string): 'm' | 'f' | null {
  let f = 0;
  let m = 0;
  const given = nameWords(p.name);
  if (given.length >= 2) {
    if (FEMALE_NAMES.has(given[0]!)) f++;
    if (MALE_NAMES.has(given[0]!)) m++;
  }
  for (const x of p.mentions) {
    const cues = [
      ...(x.title ?? '').split(/\s+/),
      text
        .slice(Math.max(0, x.start - 12), x.start)
        .trim()
        .split(/\s+/)
        .pop() ?? '',
    ];
    for (const c of cues) {
      const w = c.toLowerCase().replace(/\.$/, '');
      if (FEMALE_WORDS.test(w)) f++;
      if (MALE_WORDS.test(w)) m++;
    }
    // "Dorie Marsh and her husband": the possessive after "and" refers back to the name
    const kin = text.slice(x.end, x.end + 40).match(/^,?\s+and\s+(his|her)\s+(\p{L}+)/u);
    if (kin && KIN_NOUNS.has(kin[2]!.toLowerCase())) {
      if (kin[1] === 'her') f++;
      else m++;
    }
  }
  return f > m ? 'f' : m > f ? 'm' : null;
}

const SHORT_TITLES: Record<string, string> = {
  gen: 'general',
  sen: 'senator',
  rep: 'representative',
  gov: 'governor',
  pres: 'president',
  lt: 'lieutenant',
  col: 'colonel',
  adm: 'admiral',
  capt: 'captain',
  amb: 'ambassador',
  dr: 'doctor',
  prof: 'professor',
  sgt: 'sergeant',
  maj: 'major',
};

/** The offices a title names ("Gen." → general), honorifics aside: Mr. fits anybody. */
function officeWords(title: string | null): Set<string> {
  const out = new Set<string>();
  for (const w of (title ?? '').split(/\s+/)) {
    const f = foldWord(w);
    if (!CORE_TITLES.has(f) || HONORIFICS.has(f)) continue;
    out.add(SHORT_TITLES[f] ?? f);
  }
  return out;
}

function fullest(names: string[]): string {
  return [...names].sort((a, b) => nameWords(b).length - nameWords(a).length || b.length - a.length)[0]!;
}

export function findDocPeople(
  text: string,
  sentences: readonly Sentence[],
  knownOrgs: readonly string[] = [],
  index: TokenIndex = new TokenIndex(text),
): DocPeople {
  const scan = scanMentions(text, sentences, knownOrgs, index);
  const people: DocPerson[] = [];
  const owner = new Map<NameMention, DocPerson>();
  // people by the given name of each of their full-name mentions: only those can fit a full name
  // (compareFullNames wants one given name), so a long document compares names within the group
  const byGiven = new Map<string, DocPerson[]>();
  const add = (m: NameMention, p: DocPerson): void => {
    p.mentions.push(m);
    owner.set(m, p);
    const w = nameWords(m.name);
    if (w.length >= 2) {
      const k = givenNameKey(w[0]!);
      const list = byGiven.get(k);
      if (!list) byGiven.set(k, [p]);
      else if (list[list.length - 1] !== p && !list.includes(p)) list.push(p);
    }
    if (m.evidence === 'strong' && !m.placeLike) p.confirmed = true;
    if (!m.placeLike) p.placeLike = false;
  };
  // people named by one word, by that word, in order
  const oneWord = new Map<string, DocPerson[]>();
  const create = (m: NameMention): DocPerson => {
    const p: DocPerson = {
      key: people.length,
      name: m.name,
      aliases: [],
      roles: [],
      mentions: [],
      confirmed: false,
      placeLike: true,
      salient: false,
      placeContext: false,
      gender: null,
    };
    people.push(p);
    const w = nameWords(m.name);
    if (w.length === 1) {
      const list = oneWord.get(w[0]!);
      if (list) list.push(p);
      else oneWord.set(w[0]!, [p]);
    }
    add(m, p);
    return p;
  };
  // a capitalised word opening a sentence may be any word ("Imagine Sam Rook …"); inside one it is part of the name
  const midSentence = (m: NameMention): boolean =>
    /\p{L}/u.test(text.slice(sentences[m.sentence]?.start ?? m.start, m.start));
  // "said Gov." with the name cut off: an abbreviated title alone is nobody
  scan.people = scan.people.filter(
    (m) => !(nameWords(m.name).length === 1 && /\.$/.test(m.name.trim()) && CORE_TITLES.has(foldWord(m.name.trim()))),
  );
  // "said Ivo Brant Robert": link text glued after a name the document gives on its own elsewhere
  // ("Ivo Brant") is no part of it, when what follows is a given name ("Ona Mae Brant" keeps hers)
  const written = new Set(scan.people.map((m) => m.name));
  for (const m of scan.people) {
    const w = m.name.split(' ');
    if (
      w.length !== 3 ||
      m.possessive ||
      !GIVEN_NAMES.has(foldWord(w[0]!)) ||
      GIVEN_NAMES.has(foldWord(w[1]!)) ||
      !GIVEN_NAMES.has(foldWord(w[2]!)) ||
      !written.has(`${w[0]} ${w[1]}`)
    )
      continue;
    const cut = m.nameStart + `${w[0]} ${w[1]}`.length;
    if (text.slice(m.nameStart, cut) !== `${w[0]} ${w[1]}`) continue;
    m.name = `${w[0]} ${w[1]}`;
    m.end = cut;
  }
  const multi = scan.people.filter((m) => nameWords(m.name).length >= 2);
  const single = scan.people.filter((m) => nameWords(m.name).length === 1);
  // a full name joins the person whose full names it fits, every one of them: "Ivo H. Brant" and
  // "Ivo J. Brant" are father and son, and "Ivo Brant" fits both, so it is neither's (never a guess)
  const fits = (p: DocPerson, m: NameMention): boolean => {
    const full = p.mentions.filter((x) => nameWords(x.name).length >= 2);
    return full.some((x) => compareFullNames(x.name, m.name) !== 'no') && full.every((x) => middlesFit(x.name, m.name));
  };
  const initialled = (p: DocPerson): boolean => p.mentions.some((x) => middleInitials(x.name) !== '');
  // the people who may fit a full name, in the order they were introduced
  const mayFit = (m: NameMention): DocPerson[] =>
    (byGiven.get(givenNameKey(nameWords(m.name)[0]!)) ?? []).slice().sort((a, b) => a.key - b.key);
  for (const m of multi) {
    const same = mayFit(m).filter((p) => fits(p, m));
    if (!same.length) create(m);
    else if (same.length === 1 || !same.some(initialled)) add(m, same[0]!);
  }
  // ("Ivo Brant" before "Ivo J. Brant" joined the first Ivo Brant: it leaves him when another fits it too)
  for (const p of people) {
    if (!initialled(p)) continue;
    p.mentions = p.mentions.filter((x) => {
      if (
        middleInitials(x.name) ||
        nameWords(x.name).length < 2 ||
        !mayFit(x).some((q) => q !== p && initialled(q) && fits(q, x))
      )
        return true;
      owner.delete(x);
      return false;
    });
  }
  // only a full name with evidence takes in one-word mentions: "Never Lee" takes nobody's "Lee"
  // people by surname, in order: whom a bare surname can name (the loop below only adds one-word
  // people, who are never among them)
  const bySurname = new Map<string, DocPerson[]>();
  for (const p of people) {
    const s = surnameOf(p.name);
    if (!s) continue;
    const list = bySurname.get(s);
    if (list) list.push(p);
    else bySurname.set(s, [p]);
  }
  const byInitial = new Map<string, DocPerson[]>();
  const joinFullNamed = (p: DocPerson): void => {
    if (isFullNamed.has(p)) return;
    isFullNamed.add(p);
    const c = surnameOf(p.name)[0] ?? '';
    const list = byInitial.get(c);
    if (list) list.push(p);
    else byInitial.set(c, [p]);
  };
  const isFullNamed = new Set<DocPerson>();
  for (const p of people.filter((q) => q.confirmed)) joinFullNamed(p);
  for (const m of single) {
    // "Hale Jr." is the son, never the father: a suffix must match
    const suffix = suffixOf(m.name);
    const sameSurname = bySurname.get(foldWord(m.name)) ?? [];
    let cands = sameSurname.filter((p) => isFullNamed.has(p) && suffixOf(p.name) === suffix);
    // "President Lee" in an article about Mia Lee: a title must fit the person it joins
    const office = officeWords(m.title);
    if (office.size)
      cands = cands.filter((p) => p.mentions.some((x) => [...officeWords(x.title)].some((w) => office.has(w))));
    // a misspelling joins a person only when no one else has a surname it could be
    let misspelt = false;
    if (!cands.length) {
      // (a misspelling keeps the first letter: only those surnames are compared)
      cands = (byInitial.get(foldWord(m.name)[0] ?? '') ?? []).filter(
        (p) => surnameMatch(m.name, p.name) === 'misspelt',
      );
      misspelt = cands.length > 0;
    }
    if (misspelt && cands.length > 1) continue;
    // "Dorie Marsh and her husband, Michael Marsh": a full name with that surname, even one without
    // other evidence, is a rival for the bare surname
    if (cands.length && !misspelt) {
      const rivals = sameSurname.filter(
        (p) => !p.confirmed && !p.placeLike && nameWords(p.name).length >= 2 && suffixOf(p.name) === suffix,
      );
      if (rivals.length) cands = [...cands, ...rivals];
    }
    // "Mrs. Lee" is never the Bill Lee the article names: an honorific's gender rules out the other
    const hg = honorificGender(m.title);
    if (hg && cands.length) {
      const fits = cands.filter((p) => genderOf(p, text) !== (hg === 'm' ? 'f' : 'm'));
      if (!fits.length) {
        create(m);
        continue;
      }
      cands = fits;
    }
    if (cands.length > 1) {
      // two people share the surname: "Mr."/"Ms." may tell them apart, or the text has moved on from
      // one to the other (the last named before, in an earlier sentence than the other); otherwise it
      // is nobody's, never a guess
      const g = honorificGender(m.title);
      if (g) cands = cands.filter((p) => genderOf(p, text) === g);
      // the text keeps to one form for one person: "Mrs. Lee" is whoever it already called so
      if (cands.length > 1 && m.title) {
        const form = foldWord(m.title);
        const same = cands.filter((p) =>
          p.mentions.some(
            (x) =>
              x.start < m.start && x.title !== null && foldWord(x.title) === form && nameWords(x.name).length === 1,
          ),
        );
        if (same.length === 1) cands = same;
      }
      if (cands.length > 1) {
        const last = (p: DocPerson): NameMention | undefined => p.mentions.filter((x) => x.start < m.start).at(-1);
        const ranked = cands
          .map((p) => ({ p, at: last(p) }))
          .filter((x) => x.at)
          .sort((a, b) => b.at!.start - a.at!.start);
        const [top, next] = ranked;
        const recent =
          top && (!next || next.at!.sentence < top.at!.sentence) && m.sentence - top.at!.sentence <= 3 ? [top.p] : [];
        // otherwise the one the article is about: introduced first, in an earlier sentence than the
        // others, and named more often so far (news names a relative in passing by full name, and
        // keeps the bare surname for its subject); a couple introduced together stays ambiguous
        cands = recent.length ? recent : prominent(cands, m);
      }
      if (cands.length !== 1) continue;
    }
    if (cands.length === 1) {
      add(m, cands[0]!);
      continue;
    }
    // "Buddy Quell, star of the show" then "Quell said": the text comes back to a full name it gave
    // without evidence, as a person (a speech verb, a title); that confirms the full name, when it is
    // the only one with that surname and its first word is no sentence opener
    if (m.evidence === 'strong' && !m.placeLike && !suffix) {
      const open = sameSurname.filter(
        (p) =>
          !p.confirmed &&
          !p.placeLike &&
          nameWords(p.name).length >= 2 &&
          !suffixOf(p.name) &&
          p.mentions.some(
            (x) =>
              nameWords(x.name).length >= 2 &&
              !STOP_WORDS.has(nameWords(x.name)[0]!) &&
              (GIVEN_NAMES.has(nameWords(x.name)[0]!) || midSentence(x)),
          ),
      );
      if (open.length === 1) {
        add(m, open[0]!);
        // later bare surnames join it as they join any confirmed full name
        if (open[0]!.confirmed) joinFullNamed(open[0]!);
        continue;
      }
    }
    const same = oneWord.get(nameWords(m.name)[0]!)?.find((p) => suffixOf(p.name) === suffix);
    if (same) add(m, same);
    else create(m);
  }
  /** the candidate introduced first and named most often before m, if one is clearly that */
  function prominent(cands: DocPerson[], m: NameMention): DocPerson[] {
    const seen = cands.map((p) => {
      const before = p.mentions.filter((x) => x.start < m.start);
      return { p, first: before[0]?.sentence ?? Infinity, count: before.length };
    });
    seen.sort((a, b) => a.first - b.first);
    const [top, ...rest] = seen;
    if (!top || top.first === Infinity || !rest.every((r) => r.first > top.first && r.count < top.count)) return [];
    return [top.p];
  }
  const bySentence = new Map<number, Token[]>();
  for (const p of people) {
    p.mentions.sort((a, b) => a.start - b.start);
    p.name = fullest(p.mentions.map((m) => m.name));
    const aliases = new Set<string>();
    const roles = new Set<string>();
    for (const m of p.mentions) {
      aliases.add(m.name);
      const surface = text.slice(m.start, m.end);
      aliases.add(surface.replace(/^(?:former|then|ex|late|acting|retired|outgoing|incoming|interim)\s+/i, ''));
      const s = sentences[m.sentence]!;
      let toks = bySentence.get(m.sentence);
      if (!toks) bySentence.set(m.sentence, (toks = index.slice(s.start, s.end)));
      for (const r of rolesOf(text, toks, m)) roles.add(r);
    }
    p.aliases = [...aliases];
    p.roles = [...roles];
    // "“Having said that, …”", "Never said anything …": an English word that only ever opens a
    // sentence, with no title, and that the text also writes in lower case, is no name however a
    // verb follows it ("Smith said" stays a name: the text has no "smith")
    const one = nameWords(p.name);
    if (
      p.confirmed &&
      one.length === 1 &&
      !GIVEN_NAMES.has(one[0]!) &&
      p.mentions.every((m) => !m.title && !midSentence(m)) &&
      isEnglishWord(one[0]!) &&
      new RegExp(`(?<![\\p{L}])${one[0]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text)
    )
      p.confirmed = false;
    // a name the text comes back to, or gives a role, is a person even without other evidence
    if (!p.confirmed && !p.placeLike && nameWords(p.name).length >= 2 && (p.mentions.length > 1 || p.roles.length > 0))
      p.confirmed = true;
    // a one-word name in a person's context ("Lee himself", "Bell said") can be "he" before the corpus confirms it
    p.salient = p.confirmed || (!p.placeLike && nameWords(p.name).length === 1 && p.mentions.some((m) => m.context));
    p.placeContext = p.mentions.some((m) => m.placeContext);
    p.gender = genderOf(p, text);
  }
  const mentions = [...owner.entries()]
    .map(([mention, p]) => ({ mention, person: p.key }))
    .sort((a, b) => a.mention.start - b.mention.start);
  return { index, people, mentions, others: scan.others, furniture: scan.furniture };
}
