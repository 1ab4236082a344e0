/**
 * The benchmark's queries, drawn from the knowledge base by a seeded generator: words of
 * extracted quotes (exact, a half-typed last word, a typo), people's names, surnames, prefixes
 * and typos, event topics. The same corpus and seed give the same queries.
 */
import type { KnowledgeBase } from '../kb/types.ts';
import { foldWords } from '../text/fold.ts';

export interface QuerySet {
  quoteExact: string[];
  quotePrefix: string[];
  quoteFuzzy: string[];
  /**
   * for each quote query (same order as quoteExact, quotePrefix, quoteFuzzy), the index in
   * kb.quotes of the quote its words were drawn from; null when there were no quotes and the
   * words came from articles
   */
  quoteSources: { exact: (number | null)[]; prefix: (number | null)[]; fuzzy: (number | null)[] };
  who: string[];
  timeline: { topic?: string; person?: string }[];
  /** what a user has typed so far into a name option */
  autocomplete: { command: 'quote' | 'who' | 'timeline'; value: string }[];
}

const STOP = new Set(
  'the a an and or but of to in on at for with by from as is was were be been are it its this that these those he she they we you i his her their our not no have has had will would could should said says do does did than then there here what which who whom when where why how all any some more most very just also into over about after before'.split(
    ' ',
  ),
);

/** The words of a query that are not function words. */
export const contentWords = (query: string): string[] =>
  foldWords(query)
    .split(' ')
    .filter((w) => w && !STOP.has(w));

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
/** pick's index, from the same single draw (the query strings depend on the sequence of draws) */
const pickIndex = (rng: Rng, length: number): number => Math.floor(rng() * length);
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** One typo in a word of 5+ letters: a letter dropped, doubled, swapped with the next, or replaced. */
export function typo(rng: Rng, w: string): string {
  if (w.length < 5) return w;
  const i = int(rng, 1, w.length - 2);
  switch (int(rng, 0, 3)) {
    case 0:
      return w.slice(0, i) + w.slice(i + 1);
    case 1:
      return w.slice(0, i) + w[i] + w.slice(i);
    case 2:
      return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
    default: {
      const c = 'etaoinshrdlu'[int(rng, 0, 11)]!;
      return w.slice(0, i) + (c === w[i] ? 'x' : c) + w.slice(i + 1);
    }
  }
}

/** A few consecutive words, with at least one that is not a function word (nobody searches for "out to the"). */
function window(rng: Rng, words: readonly string[], min: number, max: number): string[] {
  let w: string[] = [];
  for (let tries = 0; tries < 10; tries++) {
    const n = Math.min(words.length, int(rng, min, max));
    const start = int(rng, 0, words.length - n);
    w = words.slice(start, start + n);
    if (w.some((x) => x.length >= 3 && !STOP.has(x))) break;
  }
  return w;
}

/** Items drawn by position; each is made again when drawn, so a pool holds numbers, not the words of 100,000 quotes. */
interface Pool<T> {
  length: number;
  at(i: number): T;
}

/** The eligible items' indices, and each one's words made again when it is drawn. */
function indexPool<T>(
  n: number,
  words: (i: number) => string[],
  eligible: (i: number, words: string[]) => boolean,
  make: (i: number, words: string[]) => T,
): Pool<T> {
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (eligible(i, words(i))) keep.push(i);
  const ids = Int32Array.from(keep);
  return { length: ids.length, at: (k) => make(ids[k]!, words(ids[k]!)) };
}

/** Every word of every list, in order, without the flat list: each list's start is kept, and a position is found by binary search. */
function flatPool(n: number, words: (i: number) => string[]): Pool<string> {
  const starts = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) starts[i + 1] = starts[i]! + words(i).length;
  return {
    length: starts[n]!,
    at(k) {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= k) lo = mid;
        else hi = mid - 1;
      }
      return words(lo)[k - starts[lo]!]!;
    },
  };
}

const pickFrom = <T>(rng: Rng, pool: Pool<T>): T => pool.at(pickIndex(rng, pool.length));

export function generateQueries(kb: KnowledgeBase, perKind: number, rng: Rng): QuerySet {
  const quoteWordsOf = (i: number): string[] => foldWords(kb.quotes[i]!.text).split(' ').filter(Boolean);
  const quotePool = indexPool(
    kb.quotes.length,
    quoteWordsOf,
    (i, words) => (kb.quotes[i]!.kind === 'direct' || kb.quotes[i]!.kind === 'partial') && words.length >= 4,
    (i, words): { i: number | null; words: string[] } => ({ i, words }),
  );
  // without extracted quotes (an analysis that finds none), words of the articles stand in
  const articles = kb.documents.slice(0, 500);
  const articleWordsOf = (i: number): string[] => foldWords(articles[i]!.body.slice(0, 400)).split(' ').filter(Boolean);
  const pool = quotePool.length
    ? quotePool
    : indexPool(
        articles.length,
        articleWordsOf,
        (_, words) => words.length >= 4,
        (_, words): { i: number | null; words: string[] } => ({ i: null, words }),
      );
  /** a quote (or article) of the pool, and its index in kb.quotes */
  const draw = (): { i: number | null; words: string[] } => pickFrom(rng, pool);
  const people = kb.people.length ? kb.people : [];
  const names = people.flatMap((p) => [p.name, ...p.aliases]).filter((n) => n.length >= 3);
  const eventWords = flatPool(kb.events.length, (i) =>
    foldWords(kb.events[i]!.text)
      .split(' ')
      .filter((w) => w.length >= 4 && !STOP.has(w)),
  );
  const inEvents = new Set(kb.events.flatMap((e) => e.peopleIds));
  const eventPeople = people.filter((p) => inEvents.has(p.id));
  const surname = (n: string): string => n.split(' ').pop() ?? n;
  const set: QuerySet = {
    quoteExact: [],
    quotePrefix: [],
    quoteFuzzy: [],
    quoteSources: { exact: [], prefix: [], fuzzy: [] },
    who: [],
    timeline: [],
    autocomplete: [],
  };
  for (let i = 0; i < perKind; i++) {
    if (pool.length) {
      const e = draw();
      set.quoteExact.push(window(rng, e.words, 2, 5).join(' '));
      set.quoteSources.exact.push(e.i);
      const ps = draw();
      set.quoteSources.prefix.push(ps.i);
      const p = window(rng, ps.words, 1, 3);
      const last = p[p.length - 1]!;
      if (last.length >= 4) p[p.length - 1] = last.slice(0, int(rng, 3, last.length - 1));
      set.quotePrefix.push(p.join(' '));
      const fs = draw();
      set.quoteSources.fuzzy.push(fs.i);
      const f = window(rng, fs.words, 2, 4);
      const long = f.map((w, k) => [w, k] as const).filter(([w]) => w.length >= 5);
      if (long.length) {
        const [w, k] = pick(rng, long);
        f[k] = typo(rng, w);
      }
      set.quoteFuzzy.push(f.join(' '));
    }
    if (names.length) {
      const n = pick(rng, names);
      const r = rng();
      set.who.push(
        r < 0.4
          ? n
          : r < 0.7
            ? surname(n)
            : r < 0.85
              ? typo(rng, surname(n))
              : n.slice(0, int(rng, 3, Math.max(3, n.length - 1))),
      );
      set.autocomplete.push({
        command: pick(rng, ['quote', 'who', 'timeline'] as const),
        value: n.slice(0, int(rng, 0, Math.min(8, n.length))),
      });
    }
    if (eventWords.length) {
      const r = rng();
      if (r < 0.7 || !eventPeople.length)
        set.timeline.push({
          topic: r < 0.35 ? pickFrom(rng, eventWords) : `${pickFrom(rng, eventWords)} ${pickFrom(rng, eventWords)}`,
        });
      else set.timeline.push({ person: surname(pick(rng, eventPeople).name) });
    }
  }
  return set;
}
