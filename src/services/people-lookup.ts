/**
 * Which people a name typed by a user means: a full name or alias, a surname, a prefix, or a
 * small typo. More than one candidate is an ambiguity to show, never a guess.
 *
 * Every tier is answered from indexes built once (maps for exact names and surnames, sorted
 * names and words for prefixes, names by length for typos), so a lookup among tens of
 * thousands of people takes about a millisecond; the answers are those of a scan of every name
 * in order.
 */
import type { PersonRecord } from '../kb/types.ts';
import { DistanceFrom } from '../text/bit-distance.ts';
import { foldText, foldWords } from '../text/fold.ts';

interface NameEntry {
  person: PersonRecord;
  name: string;
  last: string;
}

/** Sorted keys with the entries they come from, for prefix ranges. */
class Sorted {
  private readonly keys: string[];
  private readonly entries: number[];

  constructor(pairs: [string, number][]) {
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.keys = pairs.map((p) => p[0]);
    this.entries = pairs.map((p) => p[1]);
  }

  private lower(k: string): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]! < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** entries whose key starts with `prefix` */
  withPrefix(prefix: string, out: number[]): void {
    for (let i = this.lower(prefix); i < this.keys.length && this.keys[i]!.startsWith(prefix); i++) out.push(this.entries[i]!);
  }
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

export class PeopleLookup {
  private readonly names: NameEntry[] = [];
  private readonly byName = new Map<string, number[]>();
  private readonly byLast = new Map<string, number[]>();
  private readonly nameOrder: Sorted;
  private readonly wordOrder: Sorted;
  /** distinct names and surnames by length, with their entries (a typo changes the length by at most the distance) */
  private readonly namesByLength = new Map<number, Map<string, number[]>>();
  private readonly lastsByLength = new Map<number, Map<string, number[]>>();
  /**
   * Every name of every person folded as `foldText` does, in corpus order, one person after
   * another (names a line apart, people a NUL apart), and where each person starts: a substring
   * search (autocomplete) is one native scan of this text, not a test of every person.
   */
  private readonly allNames: string;
  private readonly starts: Uint32Array;

  constructor(private readonly people: readonly PersonRecord[]) {
    const namePairs: [string, number][] = [];
    const wordPairs: [string, number][] = [];
    const folded: string[] = [];
    for (const p of people) {
      for (const n of new Set([p.name, ...p.aliases])) {
        const f = foldWords(n);
        if (!f) continue;
        const i = this.names.length;
        const last = f.split(' ').pop() ?? f;
        this.names.push({ person: p, name: f, last });
        push(this.byName, f, i);
        push(this.byLast, last, i);
        namePairs.push([f, i]);
        for (const w of new Set(f.split(' '))) wordPairs.push([w, i]);
        const byLen = (m: Map<number, Map<string, number[]>>, s: string): void => {
          let inner = m.get(s.length);
          if (!inner) m.set(s.length, (inner = new Map()));
          push(inner, s, i);
        };
        byLen(this.namesByLength, f);
        byLen(this.lastsByLength, last);
      }
      folded.push([p.name, ...p.aliases].map(foldText).join('\n'));
    }
    this.allNames = folded.join('\0');
    this.starts = new Uint32Array(folded.length + 1);
    for (let i = 0, at = 0; i < folded.length; i++) {
      this.starts[i] = at;
      at += folded[i]!.length + 1;
    }
    this.starts[folded.length] = this.allNames.length + 1;
    this.nameOrder = new Sorted(namePairs);
    this.wordOrder = new Sorted(wordPairs);
  }

  /**
   * People the text can mean, best matches only (one tier: exact or, for one word, surname, then
   * prefix, then typo); with `limit`, the first that many (in corpus order) that `eligible` accepts.
   */
  find(text: string, limit = Infinity, eligible: (p: PersonRecord) => boolean = () => true): PersonRecord[] {
    const q = foldWords(text);
    if (!q) return [];
    // a one-word name is also everyone's surname: "Smith" means the bare-name record and every
    // full-name Smith alike (a name matching several people lists them all)
    const exact = this.byName.get(q);
    const last = q.includes(' ') ? undefined : this.byLast.get(q);
    if (exact || last) return this.people_([...(exact ?? []), ...(last ?? [])], limit, eligible);
    const prefixed: number[] = [];
    this.nameOrder.withPrefix(q, prefixed);
    if (q.length >= 3) this.wordOrder.withPrefix(q, prefixed);
    if (prefixed.length) return this.people_(prefixed, limit, eligible);
    if (q.length < 5) return [];
    const typos: number[] = [];
    const d = new DistanceFrom(q);
    const lastMax = q.length >= 8 ? 2 : 1;
    const near = (m: Map<number, Map<string, number[]>>, max: number): void => {
      for (let len = q.length - max; len <= q.length + max; len++) {
        for (const [s, entries] of m.get(len) ?? []) if (d.to(s, max) <= max) typos.push(...entries);
      }
    };
    near(this.namesByLength, 2);
    near(this.lastsByLength, lastMax);
    return this.people_(typos, limit, eligible);
  }

  /**
   * Up to `limit` people (in corpus order) whose name or an alias contains `folded` (a
   * `foldText` of what was typed), skipping `skip`, among those `eligible` accepts.
   */
  containing(folded: string, limit: number, eligible: (p: PersonRecord) => boolean, skip: ReadonlySet<string> = new Set()): PersonRecord[] {
    const out: PersonRecord[] = [];
    const take = (i: number): void => {
      const p = this.people[i]!;
      if (!skip.has(p.id) && eligible(p)) out.push(p);
    };
    if (!folded) {
      for (let i = 0; i < this.people.length && out.length < limit; i++) take(i);
      return out;
    }
    // a NUL or a line break typed cannot span two names
    if (/[\0\n]/.test(folded)) return out;
    for (let at = this.allNames.indexOf(folded); at >= 0 && out.length < limit; ) {
      const i = this.personAt(at);
      take(i);
      at = this.allNames.indexOf(folded, this.starts[i + 1]!);
    }
    return out;
  }

  /** The person whose names hold this position of allNames. */
  private personAt(at: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  /** The people of these entries, each once, in the order of their first entry (the first `limit` that `eligible` accepts). */
  private people_(entries: number[], limit: number, eligible: (p: PersonRecord) => boolean): PersonRecord[] {
    const found = new Map<string, PersonRecord>();
    // a typed array sorts numbers natively: a one-letter prefix can name thousands of entries
    for (const i of Int32Array.from(entries).sort()) {
      const p = this.names[i]!.person;
      if (found.has(p.id) || !eligible(p)) continue;
      found.set(p.id, p);
      if (found.size >= limit) break;
    }
    return [...found.values()];
  }
}
