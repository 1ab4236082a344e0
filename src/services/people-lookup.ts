/**
 * Which people a name typed by a user means: a full name or alias, a surname, a prefix, or a
 * small typo. More than one candidate is an ambiguity to show, never a guess.
 */
import type { PersonRecord } from '../kb/types.ts';
import { editDistance } from '../text/edit-distance.ts';
import { foldWords } from '../text/fold.ts';

export class PeopleLookup {
  private readonly names: { person: PersonRecord; name: string; last: string }[] = [];

  constructor(people: readonly PersonRecord[]) {
    for (const p of people) {
      for (const n of new Set([p.name, ...p.aliases])) {
        const f = foldWords(n);
        if (f) this.names.push({ person: p, name: f, last: f.split(' ').pop() ?? f });
      }
    }
  }

  /** People the text can mean, best matches only (one tier: exact, then surname, then prefix, then typo). */
  find(text: string): PersonRecord[] {
    const q = foldWords(text);
    if (!q) return [];
    const tiers: ((e: (typeof this.names)[number]) => boolean)[] = [
      (e) => e.name === q,
      (e) => e.last === q,
      (e) => e.name.startsWith(q) || e.name.split(' ').some((w) => w.startsWith(q) && q.length >= 3),
      (e) => q.length >= 5 && (editDistance(e.name, q, 2) <= 2 || editDistance(e.last, q, 2) <= (q.length >= 8 ? 2 : 1)),
    ];
    for (const t of tiers) {
      const found = new Map<string, PersonRecord>();
      for (const e of this.names) if (t(e)) found.set(e.person.id, e.person);
      if (found.size) return [...found.values()];
    }
    return [];
  }
}
