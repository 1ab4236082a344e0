/**
 * Which people a name typed by a user means: a full name or alias, a surname, a prefix, or a
 * small typo. More than one candidate is an ambiguity to show, never a guess.
 *
 * Every tier is answered from indexes built once, on first use (maps for exact names and surnames, sorted
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
    for (let i = this.lower(prefix); i < this.keys.length && this.keys[i]!.startsWith(prefix); i++)
      out.push(this.entries[i]!);
  }
}

/** The person whose names hold this position of the all-names text. */
function personAt(starts: Uint32Array, at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid;
  }
  return lo;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V): void => {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
};

interface NameTables {
  names: NameEntry[];
  byName: Map<string, number[]>;
  byLast: Map<string, number[]>;
}

/** The name tables a lookup needs beyond the exact ones, made on first use. */
interface NameOrders {
  nameOrder: Sorted;
  wordOrder: Sorted;
  /** distinct names and surnames by length, with their entries (a typo changes the length by at most the distance) */
  namesByLength: Map<number, ByLength>;
  lastsByLength: Map<number, ByLength>;
}

/** Distinct strings of one length and the entries of each, as parallel arrays (a typo search reads them all). */
interface ByLength {
  keys: string[];
  entries: number[][];
  at: Map<string, number>;
}

/**
 * Every name of every person folded as `foldText` does, in corpus order, one person after
 * another (names a line apart, people a NUL apart), and where each person starts: a substring
 * search (autocomplete) is one native scan of this text, not a test of every person.
 */
interface AllNames {
  text: string;
  starts: Uint32Array;
}

export class PeopleLookup {
  private names_: NameTables | null = null;
  private orders_: NameOrders | null = null;
  private allNames_: AllNames | null = null;

  /**
   * Nothing is folded or indexed until a lookup needs it (see `prepare`); given as a function,
   * the people themselves are not read until then (a start from the snapshot decodes them on
   * first read).
   */
  constructor(people: readonly PersonRecord[] | (() => readonly PersonRecord[])) {
    this.peopleOf = typeof people === 'function' ? people : () => people;
  }

  private readonly peopleOf: () => readonly PersonRecord[];
  private get people(): readonly PersonRecord[] {
    return this.peopleOf();
  }

  /** Build every table now (for a moment when nobody is waiting, such as while the bot connects). */
  prepare(): void {
    for (const step of this.prepareSteps()) step();
  }

  /** `prepare` in steps, for a caller that gives the event loop back between them. */
  prepareSteps(): (() => void)[] {
    return [() => void this.tables(), () => void this.orders(), () => void this.allNames()];
  }

  /** every name of every person, folded, with the exact-name and surname maps */
  private tables(): NameTables {
    if (this.names_) return this.names_;
    const names: NameEntry[] = [];
    const byName = new Map<string, number[]>();
    const byLast = new Map<string, number[]>();
    for (const p of this.people) {
      for (const n of new Set([p.name, ...p.aliases])) {
        const f = foldWords(n);
        if (!f) continue;
        const i = names.length;
        const last = f.split(' ').pop() ?? f;
        names.push({ person: p, name: f, last });
        push(byName, f, i);
        push(byLast, last, i);
      }
    }
    return (this.names_ = { names, byName, byLast });
  }

  private orders(): NameOrders {
    if (this.orders_) return this.orders_;
    const namePairs: [string, number][] = [];
    const wordPairs: [string, number][] = [];
    const namesByLength = new Map<number, ByLength>();
    const lastsByLength = new Map<number, ByLength>();
    const byLen = (m: Map<number, ByLength>, s: string, i: number): void => {
      let group = m.get(s.length);
      if (!group) m.set(s.length, (group = { keys: [], entries: [], at: new Map() }));
      const k = group.at.get(s);
      if (k !== undefined) group.entries[k]!.push(i);
      else {
        group.at.set(s, group.keys.length);
        group.keys.push(s);
        group.entries.push([i]);
      }
    };
    this.tables().names.forEach(({ name, last }, i) => {
      namePairs.push([name, i]);
      for (const w of new Set(name.split(' '))) wordPairs.push([w, i]);
      byLen(namesByLength, name, i);
      byLen(lastsByLength, last, i);
    });
    return (this.orders_ = {
      nameOrder: new Sorted(namePairs),
      wordOrder: new Sorted(wordPairs),
      namesByLength,
      lastsByLength,
    });
  }

  private allNames(): AllNames {
    if (this.allNames_) return this.allNames_;
    const folded = this.people.map((p) => [p.name, ...p.aliases].map(foldText).join('\n'));
    const starts = new Uint32Array(folded.length + 1);
    let at = 0;
    for (let i = 0; i < folded.length; i++) {
      starts[i] = at;
      at += folded[i]!.length + 1;
    }
    const text = folded.join('\0');
    starts[folded.length] = text.length + 1;
    return (this.allNames_ = { text, starts });
  }

  /**
   * People the text can mean, best matches only (one tier: exact or, for one word, surname, then
   * prefix, then typo); with `limit`, the first that many (in corpus order) that `eligible` accepts.
   */
  find(text: string, limit = Infinity, eligible: (p: PersonRecord) => boolean = () => true): PersonRecord[] {
    const q = foldWords(text);
    if (!q) return [];
    const { byName, byLast } = this.tables();
    // a one-word name is also everyone's surname: "Smith" means the bare-name record and every
    // full-name Smith alike (a name matching several people lists them all)
    const exact = byName.get(q);
    const last = q.includes(' ') ? undefined : byLast.get(q);
    if (exact || last) return this.people_([...(exact ?? []), ...(last ?? [])], limit, eligible);
    const { nameOrder, wordOrder, namesByLength, lastsByLength } = this.orders();
    const prefixed: number[] = [];
    nameOrder.withPrefix(q, prefixed);
    if (q.length >= 3) wordOrder.withPrefix(q, prefixed);
    if (prefixed.length) return this.people_(prefixed, limit, eligible);
    if (q.length < 5) return [];
    const typos: number[] = [];
    const d = new DistanceFrom(q);
    const lastMax = q.length >= 8 ? 2 : 1;
    const near = (m: Map<number, ByLength>, max: number): void => {
      for (let len = q.length - max; len <= q.length + max; len++) {
        const group = m.get(len);
        if (!group) continue;
        const { keys, entries } = group;
        for (let k = 0; k < keys.length; k++)
          if (d.to(keys[k]!, max) <= max) for (const e of entries[k]!) typos.push(e);
      }
    };
    near(namesByLength, 2);
    near(lastsByLength, lastMax);
    return this.people_(typos, limit, eligible);
  }

  /**
   * Up to `limit` people (in corpus order) whose name or an alias contains `folded` (a
   * `foldText` of what was typed), skipping `skip`, among those `eligible` accepts.
   */
  containing(
    folded: string,
    limit: number,
    eligible: (p: PersonRecord) => boolean,
    skip: ReadonlySet<string> = new Set(),
  ): PersonRecord[] {
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
    const all = this.allNames();
    for (let at = all.text.indexOf(folded); at >= 0 && out.length < limit;) {
      const i = personAt(all.starts, at);
      take(i);
      at = all.text.indexOf(folded, all.starts[i + 1]);
    }
    return out;
  }

  /** The people of these entries, each once, in the order of their first entry (the first `limit` that `eligible` accepts). */
  private people_(entries: number[], limit: number, eligible: (p: PersonRecord) => boolean): PersonRecord[] {
    const { names } = this.tables();
    const found = new Map<string, PersonRecord>();
    // a typed array sorts numbers natively: a one-letter prefix can name thousands of entries
    for (const i of Int32Array.from(entries).sort()) {
      const p = names[i]!.person;
      if (found.has(p.id) || !eligible(p)) continue;
      found.set(p.id, p);
      if (found.size >= limit) break;
    }
    return [...found.values()];
  }
}
