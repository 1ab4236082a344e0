/**
 * clusterEvents: the same event reported by several outlets. Two events are the same when their
 * dates agree (equal, or one a more precise form of the other) and their summaries share most
 * of their content words. Candidates are found through shared words, never by comparing all pairs.
 */

const STOP = new Set(
  `a an the of in on at for to with who which that from and or by as is was were be been being his her its their
  he she it they them this these those there here not no but if then than so such also has have had do does did
  said says told would could should will may might can about into over after before since until during while
  when where what how all any some more most other our we us you your i me my mr ms mrs`.split(/\s+/),
);

export function contentWords(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/[\p{L}\d]+(?:['’][\p{L}]+)?/gu) ?? []) {
    const t = w.replace(/['’]s$/, '');
    if (t.length > 1 && !STOP.has(t)) out.add(t);
  }
  return out;
}

/** dates agree: equal, or one is a prefix of the other at a component boundary */
function datesAgree(a: string, b: string): boolean {
  return a === b || (a.length < b.length ? b.startsWith(a) : a.startsWith(b));
}

export const CLUSTER_MIN_SHARED = 3;
export const CLUSTER_MIN_OVERLAP = 0.5;
/** a word in more events of one year than this is too common to propose candidates */
const MAX_POSTINGS = 100;

export interface EventClusterInput {
  id: string;
  date: string;
  summary: string;
}

export function clusterEvents(events: readonly EventClusterInput[]): Map<string, string> {
  const parent = events.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const words = events.map((e) => contentWords(e.summary));
  // blocks by year: events in different years are never the same
  const byYear = new Map<string, number[]>();
  events.forEach((e, i) => {
    const y = e.date.slice(0, 4);
    const list = byYear.get(y);
    if (list) list.push(i);
    else byYear.set(y, [i]);
  });
  // per event, the rare words it shares with the one being compared (reset after each)
  const rare = new Int32Array(events.length);
  const touched: number[] = [];
  for (const block of byYear.values()) {
    // candidates share a word that is rare in the block (a word in hundreds of events finds
    // everything and decides nothing); the exact overlap is then counted over all words
    const index = new Map<string, number[]>();
    for (const i of block) {
      for (const w of words[i]!) {
        const list = index.get(w);
        if (list) list.push(i);
        else index.set(w, [i]);
      }
    }
    for (const i of block) {
      // earlier events sharing rare words with this one, in order of first sight, and how many
      touched.length = 0;
      for (const w of words[i]!) {
        const list = index.get(w)!;
        if (list.length > MAX_POSTINGS) continue;
        // (a list is in block order, ascending)
        for (const j of list) {
          if (j >= i) break;
          if (rare[j]!++ === 0) touched.push(j);
        }
      }
      for (const j of touched) {
        const n = rare[j]!;
        rare[j] = 0;
        // two rare words in common before the full count (one alone is a coincidence)
        if (n < 2 || !datesAgree(events[i]!.date, events[j]!.date)) continue;
        let shared = 0;
        const [a, b] = words[i]!.size <= words[j]!.size ? [words[i]!, words[j]!] : [words[j]!, words[i]!];
        for (const x of a) if (b.has(x)) shared++;
        if (shared >= CLUSTER_MIN_SHARED && shared / a.size >= CLUSTER_MIN_OVERLAP) parent[find(i)] = find(j);
      }
    }
  }
  // cluster id: the id of the cluster's first event, so ids are stable for a given input order
  const out = new Map<string, string>();
  events.forEach((e, i) => out.set(e.id, events[find(i)]!.id));
  return out;
}
