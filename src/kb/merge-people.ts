/**
 * People across documents: each document's persons (DocumentAnalysis.people) become one
 * corpus-wide registry. Full names merge when compatible (same surname, compatible given name,
 * or a one-letter typo of a long surname); a one-word name joins the one full name it can
 * mean, or stays a person of its own. Weak one-word names that the corpus never confirms are
 * not people.
 */
import { compareFullNames, nameWords, suffixOf } from '../analysis/people/names.ts';
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

/** one-deletion variants: two words within one edit share one (or one is the other's) */
function deletions(w: string): string[] {
  const out = [w];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

function slug(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'person';
}

/**
 * The name a person is shown by: the given name and surname most documents use, written in
 * its fullest form ("Donald J. Trump" over "Donald Trump"); a one-word name only when that is all.
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
}

export const localRef = (documentId: string, key: number): string => `${documentId}#${key}`;

export function mergePeople(analyses: readonly DocumentAnalysis[]): MergedPeople {
  const entries: Entry[] = [];
  for (const a of analyses) for (const p of a.people) entries.push({ docId: a.documentId, local: p, words: nameWords(p.name) });
  const uf = new UnionFind();
  entries.forEach(() => uf.add());
  const full = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.words.length >= 2);
  // full names: candidates share a surname, or a one-deletion variant of a long one
  const bySurname = new Map<string, number[]>();
  for (const { e, i } of full) {
    const s = e.words[e.words.length - 1]!;
    const keys = s.length >= MIN_TYPO_LENGTH ? deletions(s) : [s];
    for (const k of keys) {
      const list = bySurname.get(k) ?? [];
      list.push(i);
      bySurname.set(k, list);
    }
  }
  for (const list of bySurname.values()) {
    if (list.length < 2) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = entries[list[x]!]!;
        const b = entries[list[y]!]!;
        if (uf.find(list[x]!) === uf.find(list[y]!)) continue;
        if (compareFullNames(a.local.name, b.local.name) !== 'no') uf.union(list[x]!, list[y]!);
      }
    }
  }
  // groups of full names by surname, for the one-word names
  const groupsBySurname = new Map<string, Set<number>>();
  for (const { e, i } of full) {
    const s = e.words[e.words.length - 1]!;
    const set = groupsBySurname.get(s) ?? new Set<number>();
    set.add(uf.find(i));
    groupsBySurname.set(s, set);
  }
  const docsOf = new Map<number, Set<string>>();
  for (const { e, i } of full) {
    const r = uf.find(i);
    const set = docsOf.get(r) ?? new Set<string>();
    set.add(e.docId);
    docsOf.set(r, set);
  }
  const surnames = [...groupsBySurname.keys()];
  const singles = entries.map((e, i) => ({ e, i })).filter(({ e }) => e.words.length === 1);
  const singleGroup = new Map<string, number>();
  for (const { e, i } of singles) {
    const w = e.words[0]!;
    // "Paris is a big city": a place word joins a person elsewhere only where a person's name would stand
    if (e.local.placeLike && !e.local.placeContext) continue;
    const suffix = suffixOf(e.local.name);
    let groups = [...(groupsBySurname.get(w) ?? [])].filter((g) => suffixOf(entries[g]!.local.name) === suffix);
    if (!groups.length && w.length >= MIN_TYPO_LENGTH) {
      groups = surnames.filter((s) => s[0] === w[0] && Math.abs(s.length - w.length) <= 2 && isLikelyMisspelling(s, w)).flatMap((s) => [...groupsBySurname.get(s)!]);
      groups = [...new Set(groups)];
    }
    if (groups.length > 1) {
      // several people share the surname: only a clearly dominant one is meant
      const ranked = groups.map((g) => ({ g, n: docsOf.get(g)?.size ?? 0 })).sort((a, b) => b.n - a.n);
      groups = ranked[0]!.n >= 3 * ranked[1]!.n ? [ranked[0]!.g] : [];
      if (!groups.length) continue;
    }
    if (groups.length === 1) {
      uf.union(i, groups[0]!);
      continue;
    }
    // a person known by one word only: one person across documents
    const prior = singleGroup.get(`${w} ${suffix}`);
    if (prior !== undefined) uf.union(i, prior);
    else singleGroup.set(`${w} ${suffix}`, i);
  }
  // collect groups
  const groups = new Map<number, Entry[]>();
  entries.forEach((e, i) => {
    const r = uf.find(i);
    const list = groups.get(r) ?? [];
    list.push(e);
    groups.set(r, list);
  });
  const people: PersonRecord[] = [];
  const idOf = new Map<string, string>();
  const used = new Set<string>();
  for (const [, members] of groups) {
    // a group of weak one-word mentions that nothing confirms is not a person
    if (!members.some((m) => m.local.confirmed)) continue;
    const name = bestName(members);
    let id = slug(name);
    for (let n = 2; used.has(id); n++) id = `${slug(name)}-${n}`;
    used.add(id);
    const aliases = new Set<string>();
    const roles: PersonRecord['roles'] = [];
    const roleSeen = new Set<string>();
    const docs: string[] = [];
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
      if (!docs.includes(m.docId)) docs.push(m.docId);
      for (const x of m.local.mentions) mentions.push({ documentId: m.docId, start: x.start, end: x.end, surface: x.surface });
    }
    people.push({ id, name, aliases: [...aliases], roles, documentIds: docs, mentions });
  }
  return { people, idOf };
}
