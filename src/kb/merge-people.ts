/**
 * People across documents: each document's persons (DocumentAnalysis.people) become one
 * corpus-wide registry. Full names merge when compatible (same surname, compatible given name,
 * or a one-letter typo of a long surname); a one-word name joins the one full name it can
 * mean, or stays a person of its own. Weak one-word names that the corpus never confirms are
 * not people.
 */
import { isEnglishWord } from '../analysis/nlp.ts';
import { FEMALE_NAMES, MALE_NAMES, ORG_HEADS } from '../analysis/people/lexicon.ts';
import { honorificGender, middleInitials, nameWords, nicknameGroup, suffixOf } from '../analysis/people/names.ts';
import { isLikelyMisspelling } from '../text/edit-distance.ts';
import { foldText } from '../text/fold.ts';
import type { DocumentAnalysis, LocalPerson } from './document-analysis.ts';
import type { PersonRecord } from './types.ts';

/** corpus-level typo merges need long surnames: "Carter" and "Carver" are two people */
const MIN_TYPO_LENGTH = 8;

interface Entry {
  docId: string;
  local: LocalPerson;
  words: string[];
  suffix: string;
}

/** a known given name ("Greta"), which may stand for the one person the corpus gives it to */
const isGivenName = (w: string): boolean => MALE_NAMES.has(w) || FEMALE_NAMES.has(w) || nicknameGroup(w) !== undefined;

/** the gender an entry's honorifics ("Mrs. Lee") or its given name ("Bill Lee") give, if only one */
function genderOf(e: Entry): 'm' | 'f' | null {
  const g = new Set<'m' | 'f'>();
  for (const a of e.local.aliases) {
    const h = honorificGender(a.split(' ')[0]!);
    if (h) g.add(h);
  }
  const first = e.words.length > 1 ? e.words[0]! : '';
  if (MALE_NAMES.has(first) && !FEMALE_NAMES.has(first)) g.add('m');
  if (FEMALE_NAMES.has(first) && !MALE_NAMES.has(first)) g.add('f');
  return g.size === 1 ? [...g][0]! : null;
}

const genderClash = (a: Entry, b: Entry): boolean => {
  const ga = genderOf(a);
  const gb = genderOf(b);
  return ga !== null && gb !== null && ga !== gb;
};

/** a given name's key: its nickname group ("Mike" and "Michael" share one), else the name */
function givenKey(w: string): string {
  const g = nicknameGroup(w);
  return g === undefined ? w : `#${g}`;
}

class UnionFind {
  private readonly parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** group (union-find root) → its full names' entry indices, in entry order */
function fullNamesByGroup(full: readonly { i: number }[], uf: UnionFind): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const { i } of full) {
    const r = uf.find(i);
    const list = out.get(r);
    if (list) list.push(i);
    else out.set(r, [i]);
  }
  return out;
}

/** one-deletion variants: two words within one edit share one (or one is the other's) */
function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function slug(name: string): string {
  return (
    foldText(name)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'person'
  );
}

/**
 * The name a person is shown by: the given name and surname most documents use, written in
 * its fullest form ("Ann B. Lee" over "Ann Lee"); a one-word name only when that is all.
 */
function bestName(members: readonly Entry[]): string {
  const full = members.filter((m) => m.words.length >= 2);
  if (!full.length) return members[0]!.local.name;
  const count = new Map<string, number>();
  const key = (m: Entry): string => `${m.words[0]} ${m.words[m.words.length - 1]}`;
  for (const m of full) count.set(key(m), (count.get(key(m)) ?? 0) + m.local.mentions.length);
  const top = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return full.filter((m) => key(m) === top).sort((a, b) => b.local.name.length - a.local.name.length)[0]!.local.name;
}

export interface MergedPeople {
  people: PersonRecord[];
  /** `${documentId}#${localKey}` → person id (absent: not a person) */
  idOf: Map<string, string>;
  /** local people named only by a bare name the corpus cannot tell apart ("Bush" with two Bushes) */
  unattached: Set<string>;
}

export const localRef = (documentId: string, key: number): string => `${documentId}#${key}`;

/**
 * `outlets`: the outlet names of the corpus' metadata. The words before an organisation's head
 * ("Breitbart" of "Breitbart News") and one-word outlets ("Politico") name the outlet.
 * `ordinaryWord`: does the corpus write this (folded) word in lower case, as an ordinary word
 * ("crooked", "little")? Without it, no epithet is read.
 */
export function mergePeople(
  analyses: readonly DocumentAnalysis[],
  outlets: readonly string[] = [],
  ordinaryWord: (w: string) => boolean = () => false,
): MergedPeople {
  const outletWords = new Set<string>();
  for (const o of outlets) {
    const w = nameWords(o.replace(/^the\s+/i, ''));
    if (w.length === 1 || (w.length === 2 && ORG_HEADS.has(w[1]!))) outletWords.add(w[0]!);
  }
  const entries: Entry[] = [];
  for (const a of analyses)
    for (const p of a.people)
      entries.push({ docId: a.documentId, local: p, words: nameWords(p.name), suffix: suffixOf(p.name) });
  const uf = new UnionFind();
  entries.forEach(() => uf.add());
  const full = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.words.length >= 2);
  // full names with the same given name (or a nickname of it), surname and suffix are one person:
  // joined by key, in linear time
  // (middle initials that differ are two people, father and son: "Ivo H. Brant", "Ivo J. Brant"; a
  // name without initials joins the one set of initials written for it, and nobody when there are two)
  const byKey = new Map<string, number>();
  const keysBySurname = new Map<string, Map<string, number>>();
  const byMiddle = new Map<string, Map<string, number>>();
  for (const { e, i } of full) {
    const surname = e.words[e.words.length - 1]!;
    const given = `${givenKey(e.words[0]!)}|${e.suffix}`;
    const key = `${given}|${surname}`;
    const first = byKey.get(key);
    if (first === undefined) {
      byKey.set(key, i);
      const m = keysBySurname.get(surname) ?? new Map<string, number>();
      m.set(given, i);
      keysBySurname.set(surname, m);
    }
    const mids = byMiddle.get(key) ?? new Map<string, number>();
    byMiddle.set(key, mids);
    const middle = middleInitials(e.local.name);
    const same = mids.get(middle);
    if (same !== undefined) uf.union(same, i);
    else mids.set(middle, i);
  }
  const unattached = new Set<number>();
  // (the full names of each group, listed once instead of a scan of every full name per key)
  const keyGroups = fullNamesByGroup(full, uf);
  for (const [key, mids] of byMiddle) {
    const plain = mids.get('');
    const initials = [...mids.entries()].filter(([m]) => m).map(([, i]) => i);
    if (initials.length === 1 && plain !== undefined) uf.union(plain, initials[0]!);
    // byKey keeps one member of the key for the joins below: the one person, or none when there are two
    if (initials.length > 1) {
      if (plain !== undefined) for (const i of keyGroups.get(uf.find(plain))!) unattached.add(i);
      byKey.delete(key);
    }
  }
  // "Actress Ann Lee", "Crooked Ann Lee", "Fox News Ann Lee": words glued before a known given name
  // (a role, an epithet, link text) are no part of the name: the record joins "Ann Lee"
  for (const { e, i } of full) {
    if (e.words.length < 3 || isGivenName(e.words[0]!)) continue;
    for (let k = 1; k <= e.words.length - 2; k++) {
      const tail = byKey.get(`${givenKey(e.words[k]!)}|${e.suffix}|${e.words[e.words.length - 1]!}`);
      if (tail !== undefined && tail !== i) {
        uf.union(i, tail);
        break;
      }
      if (isGivenName(e.words[k]!)) break;
    }
  }
  // a surname of two words used alone ("de Vore", "Marr Kessling"): the one full name
  // ending in those words
  const byLastTwo = new Map<string, Set<number>>();
  for (const { e, i } of full) {
    if (e.words.length < 3) continue;
    const k = `${e.words[e.words.length - 2]} ${e.words[e.words.length - 1]}`;
    const set = byLastTwo.get(k) ?? new Set<number>();
    set.add(i);
    byLastTwo.set(k, set);
  }
  for (const { e, i } of full) {
    if (e.words.length !== 2 || isGivenName(e.words[0]!)) continue;
    const owners = [...new Set([...(byLastTwo.get(e.words.join(' ')) ?? [])].map((j) => uf.find(j)))];
    if (owners.length === 1) uf.union(i, owners[0]!);
  }
  // a one-letter typo of a long surname, with the same given name: one-deletion variants meet
  const typoIndex = new Map<string, string[]>();
  for (const surname of keysBySurname.keys()) {
    if (surname.length < MIN_TYPO_LENGTH) continue;
    for (const d of deletions(surname)) {
      const list = typoIndex.get(d);
      if (list) list.push(surname);
      else typoIndex.set(d, [surname]);
    }
  }
  const typosOf = (w: string): string[] => {
    if (w.length < MIN_TYPO_LENGTH) return [];
    const out = new Set<string>();
    for (const d of deletions(w))
      for (const s of typoIndex.get(d) ?? []) if (s !== w && isLikelyMisspelling(s, w)) out.add(s);
    return [...out];
  };
  for (const [surname, givens] of keysBySurname) {
    for (const other of typosOf(surname)) {
      if (other < surname) continue;
      for (const [given, i] of givens) {
        const j = keysBySurname.get(other)?.get(given);
        if (j !== undefined) uf.union(i, j);
      }
    }
  }
  // groups of full names by surname, for the one-word names
  const groupsBySurname = new Map<string, Set<number>>();
  const docsOf = new Map<number, Set<string>>();
  for (const { e, i } of full) {
    if (unattached.has(i)) continue;
    const s = e.words[e.words.length - 1]!;
    const r = uf.find(i);
    const set = groupsBySurname.get(s) ?? new Set<number>();
    set.add(r);
    groupsBySurname.set(s, set);
    const docs = docsOf.get(r) ?? new Set<string>();
    docs.add(e.docId);
    docsOf.set(r, docs);
  }
  // groups of full names by given name (nicknames folded), for a first name used alone
  const groupsByGiven = new Map<string, Set<number>>();
  for (const { e, i } of full) {
    if (unattached.has(i)) continue;
    const g = givenKey(e.words[0]!);
    const set = groupsByGiven.get(g) ?? new Set<number>();
    set.add(uf.find(i));
    groupsByGiven.set(g, set);
  }
  // "Crooked Ann", "Little Ivo": an ordinary word (one the corpus writes in lower case) before a
  // known given name is an epithet of the one person the corpus gives that name, never a person of
  // its own. (A name with a title, or grouped with a full name, is a name: "Sen. Ivo Paul"; and the
  // given name must be the surname of nobody named with a given name: "Ann" is nobody's "Ellen Ann".)
  // (a bare name that can only mean an epithet left unattached is unattached too)
  const unattachedEpithets = new Set<number>();
  const epithetShaped = (x: Entry, given: string): boolean =>
    !isGivenName(x.words[0]!) && x.words[x.words.length - 1] === given && !x.suffix;
  // the full names of each group, kept up to date through the joins below (a scan of every full
  // name per epithet-shaped name is quadratic in a large corpus)
  const groupFull = fullNamesByGroup(full, uf);
  const nameOfGroup = (g: number, given: string): boolean =>
    groupFull.get(g)!.some((j) => !epithetShaped(entries[j]!, given));
  for (const { e, i } of full) {
    if (e.words.length !== 2 || !epithetShaped(e, e.words[1]!) || !isGivenName(e.words[1]!) || unattached.has(i))
      continue;
    if (!e.local.aliases.every((a) => e.local.name.endsWith(a))) continue;
    const own = uf.find(i);
    if (nameOfGroup(own, e.words[1]!)) continue;
    if (
      [...(groupsBySurname.get(e.words[1]!) ?? [])].some(
        (g) => uf.find(g) !== own && nameOfGroup(uf.find(g), e.words[1]!),
      )
    )
      continue;
    const named = [...new Set([...(groupsByGiven.get(givenKey(e.words[1]!)) ?? [])].map((g) => uf.find(g)))].filter(
      (g) => g !== own,
    );
    if (named.length && ordinaryWord(e.words[0]!)) {
      if (named.length === 1) {
        const other = named[0]!;
        uf.union(i, other);
        const joined = [...groupFull.get(own)!, ...groupFull.get(other)!].sort((a, b) => a - b);
        groupFull.delete(own);
        groupFull.delete(other);
        groupFull.set(uf.find(i), joined);
      }
      // (two people with that given name: the epithet is nobody's, and no record of its own)
      else {
        for (const j of groupFull.get(own)!) unattached.add(j);
        unattachedEpithets.add(own);
      }
    }
  }
  const singles = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.words.length === 1);
  const singleGroup = new Map<string, number>();
  // a bare name the corpus cannot tell apart (two Bushes, a first name two people share): it stays
  // unattached, never a guess and never a record of its own
  for (const { e, i } of singles) {
    const w = e.words[0]!;
    // "Paris is a big city": a place word joins a person elsewhere only where a person's name would stand
    if (e.local.placeLike && !e.local.placeContext) continue;
    const suffix = e.suffix;
    let groups = [...(groupsBySurname.get(w) ?? [])].filter((g) => entries[g]!.suffix === suffix);
    if (!groups.length)
      groups = [...new Set(typosOf(w).flatMap((s) => [...groupsBySurname.get(s)!]))].filter(
        (g) => entries[g]!.suffix === suffix,
      );
    if (groups.length > 1) {
      // several people share the surname: only a clearly dominant one is meant
      const ranked = groups.map((g) => ({ g, n: docsOf.get(g)?.size ?? 0 })).sort((a, b) => b.n - a.n);
      groups = ranked[0]!.n >= 3 * ranked[1]!.n ? [ranked[0]!.g] : [];
      if (!groups.length) {
        unattached.add(i);
        continue;
      }
    }
    // "Russia said", "“…,” Jordan said": a place word speaking is someone's surname, or an unknown
    if (!groups.length && e.local.placeLike) {
      unattached.add(i);
      continue;
    }
    if (!groups.length) {
      // "Greta" when the corpus has one Greta X: the first name used alone; two of them, nobody
      const byGiven = [...new Set([...(groupsByGiven.get(givenKey(w)) ?? [])].map((g) => uf.find(g)))];
      if (byGiven.length === 1 && isGivenName(w)) {
        uf.union(i, byGiven[0]!);
        continue;
      }
      if (byGiven.length > 1 && isGivenName(w)) {
        unattached.add(i);
        continue;
      }
    }
    if (groups.length === 1) {
      // ("Mrs. Lee" never joins the one Bill Lee: the honorific and the given name disagree)
      if (unattachedEpithets.has(uf.find(groups[0]!)) || genderClash(e, entries[groups[0]!]!)) unattached.add(i);
      else uf.union(i, groups[0]!);
      continue;
    }
    // "Breitbart", "Time": a word the corpus' metadata names outlets by ("Breitbart News", "Time
    // Magazine") is the outlet when no full name claims it; its quotes keep the name as written
    if (outletWords.has(w)) {
      unattached.add(i);
      continue;
    }
    // a person known by one word only: one person across documents
    const prior = singleGroup.get(`${w} ${suffix}`);
    if (prior !== undefined) uf.union(i, prior);
    else singleGroup.set(`${w} ${suffix}`, i);
  }
  // collect groups
  const groups = new Map<number, number[]>();
  entries.forEach((_, i) => {
    if (unattached.has(i)) return;
    const r = uf.find(i);
    const list = groups.get(r) ?? [];
    list.push(i);
    groups.set(r, list);
  });
  const people: PersonRecord[] = [];
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  for (const [, idx] of groups) {
    const members = idx.map((i) => entries[i]!);
    // a group of weak one-word mentions that nothing confirms is not a person
    if (!members.some((m) => m.local.confirmed)) continue;
    // "Real Time", "Stranger Things": a name of two or more English words, no given name among
    // them and no role anywhere, is the title of a thing; its quotes keep the name as written
    // (a one-word name of that kind is a surname: "Bush", "Price")
    if (
      members.some((m) => m.words.length > 1) &&
      members.every((m) => !m.local.roles.length && m.words.every((w) => !isGivenName(w) && isEnglishWord(w)))
    ) {
      for (const i of idx) unattached.add(i);
      continue;
    }
    const name = bestName(members);
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    const aliases = new Set<string>();
    const roles: PersonRecord['roles'] = [];
    const roleSeen = new Set<string>();
    const docs: string[] = [];
    const docSeen = new Set<string>();
    const mentions: PersonRecord['mentions'] = [];
    for (const m of members) {
      idOf.set(localRef(m.docId, m.local.key), id);
      for (const a of m.local.aliases) aliases.add(a);
      for (const r of m.local.roles) {
        const k = `${m.docId}\0${foldText(r)}`;
        if (!roleSeen.has(k)) {
          roleSeen.add(k);
          roles.push({ text: r, documentId: m.docId });
        }
      }
      if (!docSeen.has(m.docId)) {
        docSeen.add(m.docId);
        docs.push(m.docId);
      }
      for (const x of m.local.mentions)
        mentions.push({
          documentId: m.docId,
          start: x.start,
          end: x.end,
          surface: x.surface,
          ...(x.sentence !== undefined ? { sentence: x.sentence } : {}),
        });
    }
    people.push({ id, name, aliases: [...aliases], roles, documentIds: docs, mentions });
  }
  return {
    people,
    idOf,
    unattached: new Set([...unattached].map((i) => localRef(entries[i]!.docId, entries[i]!.local.key))),
  };
}
