/** The indexed people lookup answers exactly what a scan of every name in order answers. */
import { describe, expect, it } from 'vitest';
import type { PersonRecord } from '../../src/kb/types.ts';
import { PeopleLookup } from '../../src/services/people-lookup.ts';
import { editDistance } from '../../src/text/edit-distance.ts';
import { foldText, foldWords } from '../../src/text/fold.ts';

/** The lookup as it was before it had indexes: every tier scans every name. */
function scan(people: readonly PersonRecord[], text: string): PersonRecord[] {
  const names = people.flatMap((p) =>
    [...new Set([p.name, ...p.aliases])]
      .map((n) => foldWords(n))
      .filter(Boolean)
      .map((name) => ({ person: p, name, last: name.split(' ').pop() ?? name })),
  );
  const q = foldWords(text);
  if (!q) return [];
  const tiers: ((e: (typeof names)[number]) => boolean)[] = [
    (e) => e.name === q || (!q.includes(' ') && e.last === q),
    (e) => e.name.startsWith(q) || e.name.split(' ').some((w) => w.startsWith(q) && q.length >= 3),
    (e) => q.length >= 5 && (editDistance(e.name, q, 2) <= 2 || editDistance(e.last, q, 2) <= (q.length >= 8 ? 2 : 1)),
  ];
  for (const t of tiers) {
    const found = new Map<string, PersonRecord>();
    for (const e of names) if (t(e)) found.set(e.person.id, e.person);
    if (found.size) return [...found.values()];
  }
  return [];
}

let seed = 11;
const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
const FIRST = ['John', 'Jon', 'Joan', 'Ann', 'Anne', 'Mark', 'Marc', 'Maria', 'José', 'Li', 'Nancy', 'Mitch'];
const LAST = [
  'Smith',
  'Smyth',
  'Pelosi',
  'McConnell',
  'Trump',
  'Johnson',
  'Jonson',
  'García',
  'Garcia',
  "O'Neil",
  'Li',
  'Polymeropoulos',
];
const people: PersonRecord[] = Array.from({ length: 300 }, (_, i) => {
  const first = FIRST[rnd(FIRST.length)]!;
  const last = LAST[rnd(LAST.length)]!;
  const name = rnd(5) ? `${first} ${last}` : last;
  return {
    id: `p${i}`,
    name,
    aliases: rnd(2) ? [name, `Sen. ${name}`, last] : [name],
    roles: [],
    documentIds: [],
    mentions: [],
  };
});
const typo = (w: string): string => {
  const i = rnd(Math.max(1, w.length));
  return rnd(2) ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + 'e' + w.slice(i);
};

describe('PeopleLookup', () => {
  const lookup = new PeopleLookup(people);
  it('finds what a full scan finds, in the same order, for names, surnames, prefixes and typos', () => {
    const queries = [
      '',
      '  ',
      'x',
      'jo',
      'joh',
      'SMITH',
      'sen',
      'sen. john',
      'pelos',
      'mcconel',
      'polymeropolous',
      'garcia',
      'García',
      "o'neil",
      'nobody here',
      'Trumpp',
      'john smyth',
    ];
    for (let i = 0; i < 400; i++) {
      const p = people[rnd(people.length)]!;
      const n = [p.name, ...p.aliases][rnd(p.aliases.length + 1)]!;
      queries.push(
        [n, n.split(' ').pop()!, n.slice(0, 1 + rnd(n.length)), typo(n), typo(n.split(' ').pop()!), n.toUpperCase()][
          rnd(6)
        ]!,
      );
    }
    const odd = (p: (typeof people)[number]): boolean => Number(p.id.slice(1)) % 2 === 1;
    for (const q of queries) {
      expect(
        lookup.find(q).map((p) => p.id),
        q,
      ).toEqual(scan(people, q).map((p) => p.id));
      // autocomplete asks for the first few that an option accepts
      expect(
        lookup.find(q, 3, odd).map((p) => p.id),
        q,
      ).toEqual(
        scan(people, q)
          .filter(odd)
          .slice(0, 3)
          .map((p) => p.id),
      );
    }
  });
  it('lists people whose names contain what was typed, in corpus order', () => {
    const v = foldText('smi');
    const want = people.filter((p) => [p.name, ...p.aliases].some((a) => foldText(a).includes(v)));
    expect(lookup.containing(v, 1000, () => true).map((p) => p.id)).toEqual(want.map((p) => p.id));
    expect(lookup.containing(v, 3, () => true, new Set([want[0]!.id]))).toEqual(want.slice(1, 4));
    expect(lookup.containing('', 2, (p) => p.id !== 'p0')).toEqual(people.filter((p) => p.id !== 'p0').slice(0, 2));
  });
});
