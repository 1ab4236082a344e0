/**
 * Comparing person names: "Ann B. Lee" and "Ann Lee" are one name; "Mike" and
 * "Michael" are one given name; "John Smith" and "Paul Smith" are two people.
 */
import { isLikelyMisspelling } from '../../text/edit-distance.ts';
import { foldWord } from '../tokens.ts';
import { NAME_SUFFIXES, NICKNAMES } from './lexicon.ts';

const NICK = new Map<string, number>();
NICKNAMES.forEach((group, i) => group.forEach((n) => NICK.set(n, i)));

/** `compute` memoised by name: a document asks the same few names the same questions many times. */
function memoByName<T>(compute: (name: string) => T): (name: string) => T {
  const memo = new Map<string, T>();
  return (name) => {
    let v = memo.get(name);
    if (v !== undefined) return v;
    if (memo.size > 100_000) memo.clear();
    v = compute(name);
    memo.set(name, v);
    return v;
  };
}

/** Folded name words without initials and generational suffixes (memoised; treat as read-only). */
export const nameWords: (name: string) => string[] = memoByName(computeNameWords);

function computeNameWords(name: string): string[] {
  return name
    .split(/\s+/)
    .map((w) => foldWord(w.replace(/[[\]]/g, '')))
    .filter((w) => w && !/^\p{L}$/u.test(w) && !NAME_SUFFIXES.has(w));
}

export function surnameOf(name: string): string {
  const w = nameWords(name);
  return w[w.length - 1] ?? '';
}

/** the index of the nickname group a given name belongs to ("mike" → the group of "michael") */
export function nicknameGroup(w: string): number | undefined {
  return NICK.get(w);
}

/** A key that two given names share exactly when sameGivenName says they are one ("mike", "michael"). */
export function givenNameKey(w: string): string {
  const g = NICK.get(w);
  return g === undefined ? `w:${w}` : `g:${g}`;
}

export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  const na = NICK.get(a);
  return na !== undefined && na === NICK.get(b);
}

export type NameMatch = 'same' | 'misspelt' | 'no';

/** "Jr.", "III": a father and son share every other word of their names */
export const suffixOf: (name: string) => string = memoByName(computeSuffix);

function computeSuffix(name: string): string {
  const last = foldWord(name.trim().split(/\s+/).pop() ?? '');
  return NAME_SUFFIXES.has(last) ? last : '';
}

/**
 * The middle initials written in a name ("Ann B. Lee" → "b", "Ivo H. W. Brant" → "hw", "Ivo H.W.
 * Brant" → "hw"), empty when there are none; a middle name written out counts for nothing.
 */
export const middleInitials: (name: string) => string = memoByName(computeMiddleInitials);

function computeMiddleInitials(name: string): string {
  const toks = name.replace(/[[\]]/g, '').trim().split(/\s+/);
  while (toks.length && NAME_SUFFIXES.has(foldWord(toks[toks.length - 1]!))) toks.pop();
  let out = '';
  for (const t of toks.slice(1, -1)) if (/^(?:\p{Lu}\.)+$|^\p{Lu}$/u.test(t)) out += t.replace(/\./g, '').toLowerCase();
  return out;
}

/** Initials that differ tell a father and son apart ("Ivo H. W. Brant", "Ivo W. Brant"); a name without them fits either. */
export function middlesFit(a: string, b: string): boolean {
  const ma = middleInitials(a);
  const mb = middleInitials(b);
  return !ma || !mb || ma === mb;
}

/** Do two names of two or more words name one person? Same surname (or a small typo of it) and a compatible given name, and no middle initials that differ. */
export function compareFullNames(a: string, b: string): NameMatch {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length < 2 || wb.length < 2) return 'no';
  if (suffixOf(a) !== suffixOf(b)) return 'no';
  if (!middlesFit(a, b)) return 'no';
  const la = wa[wa.length - 1]!;
  const lb = wb[wb.length - 1]!;
  if (!sameGivenName(wa[0]!, wb[0]!)) return 'no';
  if (la === lb) return 'same';
  return isLikelyMisspelling(la, lb) ? 'misspelt' : 'no';
}

/** Does a one-word mention name the person called `full` (their surname, or a typo of a long one)? */
export function surnameMatch(word: string, full: string): NameMatch {
  const w = foldWord(word);
  const s = surnameOf(full);
  if (!s) return 'no';
  if (w === s) return 'same';
  return isLikelyMisspelling(w, s) ? 'misspelt' : 'no';
}

/** the gender "Mr." / "Mrs.", "Ms.", "Miss" give (null for any other title) */
export function honorificGender(title: string | null): 'm' | 'f' | null {
  const w = (title ?? '').toLowerCase().replace(/\.$/, '');
  return /^(?:mrs|ms|miss)$/.test(w) ? 'f' : w === 'mr' ? 'm' : null;
}
