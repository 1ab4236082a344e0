/**
 * The same words reported by several documents, with small differences (brackets, ellipses,
 * typos, a longer or shorter cut), share a cluster. Identical wordings join at once. The distinct
 * wordings are then taken longest first: each one not yet placed seeds a cluster, shared rare word
 * trigrams propose candidates (so the cost stays linear), and a candidate joins only when its own
 * words are, in order, mostly in the seed's words (see sameWords). Membership is always decided
 * against the seed, never through a chain of pairs: quotes that only share a stock phrase with a
 * third quote stay apart.
 */
import { STOP_WORDS } from '../people/lexicon.ts';
import { foldWords } from '../../text/fold.ts';

const MIN_WORDS = 4;
/** share of the shorter's words found, in order, in the longer */
const MIN_ORDERED = 0.8;
/** share of the shorter's content words found in the longer */
const MIN_CONTENT = 0.6;
/** a trigram in more distinct wordings than this is a common phrase, not a sign of the same quote */
const MAX_POSTINGS = 60;

export interface ClusterInput {
  id: string;
  documentId: string;
  text: string;
}

/** the words of a quote, bracketed insertions left out */
export function quoteWords(s: string): string[] {
  return foldWords(s.replace(/\[[^\]]*\]/g, ' '))
    .split(' ')
    .filter(Boolean);
}

function isContent(w: string): boolean {
  return !STOP_WORDS.has(w) && !STOP_WORDS.has(w.replace(/'.*$/, ''));
}

/** the same word, or one typo apart (one letter changed, added, dropped or two swapped) in a word of 4+ letters */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

export interface Wording {
  words: readonly string[];
  /** ellipses and bracketed insertions: places where the words may leave out part of the quote */
  cuts: number;
}

export function wordingOf(text: string): Wording {
  return { words: quoteWords(text), cuts: (text.match(/\.\s?\.\s?\.|…|\[/g) ?? []).length };
}

/** a skip of more than this many words of the longer wording is a cut */
const FREE_SKIP = 3;

/**
 * Whether two wordings are the same quote: the shorter's words are, in order, mostly in the longer
 * (it may be a fragment of it, miss bracketed or elided words, or carry typos), in one stretch
 * of it except where the shorter marks a cut, and so are most of its content words, so a shared
 * stock phrase alone, or words scattered over a long quote, are not enough. A typo may extend the
 * alignment but never decides it: the words found exactly must be enough on their own ("must be able
 * to bear" is not "most likely to be able to beat" through two one-letter differences).
 */
export function sameWords(a: Wording, b: Wording): boolean {
  const [sw, lw] = a.words.length <= b.words.length ? [a, b] : [b, a];
  const short = sw.words;
  const long = lw.words;
  const s = short.length;
  const n = long.length;
  if (!s) return false;
  // H[j]: best alignment of the short words so far whose last matched long word is j (0: none yet);
  // a match scores 1 and a skip of more than FREE_SKIP long words inside the alignment costs a cut
  const NEG = -1e9;
  let score = new Float64Array(n + 1).fill(NEG);
  let cuts = new Int32Array(n + 1);
  // the words and content words found as the same word (not a typo of it) on the best alignment
  let exact = new Int32Array(n + 1);
  let exactContent = new Int32Array(n + 1);
  score[0] = 0;
  let nScore = new Float64Array(n + 1);
  let nCuts = new Int32Array(n + 1);
  let nExact = new Int32Array(n + 1);
  let nExactContent = new Int32Array(n + 1);
  for (let i = 0; i < s; i++) {
    const w = short[i]!;
    const c = isContent(w) ? 1 : 0;
    // leaving the word unmatched keeps every state
    nScore.set(score);
    nCuts.set(cuts);
    nExact.set(exact);
    nExactContent.set(exactContent);
    let far = -1; // best state at least FREE_SKIP + 1 words back
    for (let j = 1; j <= n; j++) {
      const k = j - 1 - FREE_SKIP - 1;
      if (k >= 1 && score[k]! > NEG && (far < 0 || score[k]! > score[far]!)) far = k;
      if (!sameWord(w, long[j - 1]!)) continue;
      let from = 0; // the start: anywhere in the longer
      let best = score[0]!;
      for (let q = Math.max(1, j - 1 - FREE_SKIP); q <= j - 1; q++) {
        if (score[q]! > best) {
          best = score[q]!;
          from = q;
        }
      }
      let cut = 0;
      if (far >= 0 && score[far]! - 1 > best) {
        best = score[far]! - 1;
        from = far;
        cut = 1;
      }
      if (best <= NEG || best + 1 <= nScore[j]!) continue;
      nScore[j] = best + 1;
      nCuts[j] = cuts[from]! + cut;
      const same = w === long[j - 1] ? 1 : 0;
      nExact[j] = exact[from]! + same;
      nExactContent[j] = exactContent[from]! + same * c;
    }
    [score, nScore] = [nScore, score];
    [cuts, nCuts] = [nCuts, cuts];
    [exact, nExact] = [nExact, exact];
    [exactContent, nExactContent] = [nExactContent, exactContent];
  }
  let j = 0;
  for (let q = 1; q <= n; q++) if (score[q]! > score[j]!) j = q;
  const contentWords = short.filter(isContent).length;
  if (exact[j]! < MIN_ORDERED * s || cuts[j]! > sw.cuts + Math.floor(s / 12)) return false;
  return contentWords === 0 ? exact[j] === s && s >= MIN_WORDS + 2 : exactContent[j]! >= MIN_CONTENT * contentWords;
}

/** whether a sorted word-id list holds `id` */
function bagHas(bag: Int32Array, id: number): boolean {
  let lo = 0;
  let hi = bag.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bag[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < bag.length && bag[lo] === id;
}

/**
 * A cheap necessary condition of sameWords(a, b): counted as if every short word found anywhere in
 * the longer (the same word or a typo of it) were aligned, are there enough of them, and of its
 * content words? Most candidate pairs fail here, without the alignment.
 * `aIds`/`bIds`: the wordings' word ids; `inA`/`inB`: the sorted ids of the other wording.
 */
function mayBeSame(
  a: Wording,
  aIds: readonly number[],
  inB: Int32Array,
  b: Wording,
  bIds: readonly number[],
  inA: Int32Array,
): boolean {
  // the same shorter wording as sameWords
  const [sw, ids, other, lw] = a.words.length <= b.words.length ? [a, aIds, inB, b] : [b, bIds, inA, a];
  const short = sw.words;
  const s = short.length;
  if (!s) return false;
  let hits = 0;
  let content = 0;
  let contentWords = 0;
  for (let i = 0; i < s; i++) {
    const w = short[i]!;
    const c = isContent(w);
    if (c) contentWords++;
    if (bagHas(other, ids[i]!) || (w.length >= 4 && lw.words.some((x) => sameWord(w, x)))) {
      hits++;
      if (c) content++;
    }
  }
  if (hits < MIN_ORDERED * s) return false;
  return contentWords === 0 ? hits === s && s >= MIN_WORDS + 2 : content >= MIN_CONTENT * contentWords;
}

/** share of the shorter sorted word-id list found in the longer (as multisets) */
function share(a: Int32Array, b: Int32Array): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  let j = 0;
  let hit = 0;
  while (i < short.length && j < long.length) {
    if (short[i] === long[j]) {
      hit++;
      i++;
      j++;
    } else if (short[i]! < long[j]!) i++;
    else j++;
  }
  return short.length ? hit / short.length : 0;
}

/** the array with twice the room, its elements kept */
function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Dense ids (0, 1, 2, … in order of first sight) of word-id trigrams: an open-addressing table on
 * the three ids themselves. (A Map keyed by one number per trigram hashed it as a heap number,
 * past the small-integer range: a third of the clustering's time at 10,000 articles.)
 */
export class TrigramIds {
  private keys: Int32Array<ArrayBuffer> = new Int32Array(3 << 16);
  /** per slot, the trigram's id + 1 (0: empty) */
  private slots = new Int32Array(1 << 16);
  size = 0;

  idOf(a: number, b: number, c: number): number {
    let mask = this.slots.length - 1;
    let h = this.hash(a, b, c) & mask;
    for (;;) {
      const v = this.slots[h]!;
      if (v === 0) break;
      const at = (v - 1) * 3;
      if (this.keys[at] === a && this.keys[at + 1] === b && this.keys[at + 2] === c) return v - 1;
      h = (h + 1) & mask;
    }
    const id = this.size++;
    if (id * 3 + 3 > this.keys.length) this.keys = grown(this.keys);
    this.keys[id * 3] = a;
    this.keys[id * 3 + 1] = b;
    this.keys[id * 3 + 2] = c;
    if (this.size * 2 > this.slots.length) {
      // twice the slots: every id placed again
      this.slots = new Int32Array(this.slots.length * 2);
      mask = this.slots.length - 1;
      for (let i = 0; i < this.size; i++) {
        let g = this.hash(this.keys[i * 3]!, this.keys[i * 3 + 1]!, this.keys[i * 3 + 2]!) & mask;
        while (this.slots[g] !== 0) g = (g + 1) & mask;
        this.slots[g] = i + 1;
      }
    } else this.slots[h] = id + 1;
    return id;
  }

  private hash(a: number, b: number, c: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(c + 0x165667b1, 0xc2b2ae3d);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }
}

/** quote id → cluster id (the id of the cluster's first member), for quotes that have a match in another document */
export function clusterQuotes(quotes: readonly ClusterInput[]): Map<string, string> {
  // identical wordings first: one representative each. A word is kept as one string however many
  // quotes use it (at 10,000 articles, millions of word strings become ~100,000)
  const reps: { members: number[]; words: string[]; wording: Wording }[] = [];
  const byText = new Map<string, number>();
  const ids = new Map<string, number>();
  const names: string[] = [];
  const seqs: number[][] = [];
  quotes.forEach((q, i) => {
    const found = wordingOf(q.text);
    if (found.words.length < MIN_WORDS) return;
    const key = found.words.join(' ');
    const r = byText.get(key);
    if (r !== undefined) {
      reps[r]!.members.push(i);
      return;
    }
    byText.set(key, reps.length);
    // words become numbers, so that no string is built per trigram and the lookups below index arrays
    const seq = found.words.map((w) => ids.get(w) ?? (ids.set(w, names.length), names.push(w) - 1));
    const words = seq.map((id) => names[id]!);
    seqs.push(seq);
    reps.push({ members: [i], words, wording: { words, cuts: found.cuts } });
  });
  const bags = seqs.map((q) => Int32Array.from(q).sort());
  // distinct wordings: rare shared trigrams propose, the comparison with the seed decides. Each
  // distinct trigram gets a small dense id; a wording's trigrams (each once) and a trigram's
  // wordings (in wording order) are ranges of two flat arrays, not an array each
  const gramIds = new TrigramIds();
  const gramStart = new Int32Array(reps.length + 1);
  let grams = new Int32Array(1 << 16);
  let gramCount = new Int32Array(1 << 16);
  const lastQuote: number[] = [];
  let size = 0;
  seqs.forEach((q, ri) => {
    gramStart[ri] = size;
    for (let k = 0; k + 3 <= q.length; k++) {
      const id = gramIds.idOf(q[k]!, q[k + 1]!, q[k + 2]!);
      if (id === lastQuote.length) lastQuote.push(-1);
      if (lastQuote[id] === ri) continue;
      lastQuote[id] = ri;
      if (size === grams.length) grams = grown(grams);
      grams[size++] = id;
      while (id >= gramCount.length) gramCount = grown(gramCount);
      gramCount[id]!++;
    }
  });
  gramStart[reps.length] = size;
  const postStart = new Int32Array(lastQuote.length + 1);
  for (let g = 0; g < lastQuote.length; g++) postStart[g + 1] = postStart[g]! + gramCount[g]!;
  const postings = new Int32Array(size);
  const fill = postStart.slice(0, lastQuote.length);
  for (let ri = 0; ri < reps.length; ri++)
    for (let k = gramStart[ri]!; k < gramStart[ri + 1]!; k++) postings[fill[grams[k]!]!++] = ri;
  // longest first (ties in input order): a seed is the longest wording of its cluster
  const order = reps.map((_, ri) => ri).sort((x, y) => reps[y]!.words.length - reps[x]!.words.length || x - y);
  const seedOf = new Int32Array(reps.length).fill(-1);
  // per wording, the rare trigrams it shares with the seed, and the wordings touched (first sight order)
  const shared = new Int32Array(reps.length);
  const touched: number[] = [];
  for (const ri of order) {
    if (seedOf[ri] !== -1) continue;
    seedOf[ri] = ri;
    touched.length = 0;
    let rare = 0;
    for (let k = gramStart[ri]!; k < gramStart[ri + 1]!; k++) {
      const g = grams[k]!;
      const from = postStart[g]!;
      const to = postStart[g + 1]!;
      if (to - from < 2 || to - from > MAX_POSTINGS) continue;
      rare++;
      for (let p = from; p < to; p++) {
        const rj = postings[p]!;
        if (seedOf[rj] === -1 && shared[rj]!++ === 0) touched.push(rj);
      }
    }
    for (const rj of touched) {
      const n = shared[rj]!;
      shared[rj] = 0;
      // most words in common means many trigrams in common; a typo costs up to three
      if (n < Math.max(1, 0.3 * Math.min(rare, gramStart[rj + 1]! - gramStart[rj]!) - 3)) continue;
      if (share(bags[ri]!, bags[rj]!) < 0.5) continue;
      if (!mayBeSame(reps[rj]!.wording, seqs[rj]!, bags[ri]!, reps[ri]!.wording, seqs[ri]!, bags[rj]!)) continue;
      if (sameWords(reps[rj]!.wording, reps[ri]!.wording)) seedOf[rj] = ri;
    }
  }
  // a cluster is words reported by more than one document; its id is its first member's
  const groups = new Map<number, number[]>();
  reps.forEach((r, ri) => {
    const list = groups.get(seedOf[ri]!) ?? groups.set(seedOf[ri]!, []).get(seedOf[ri]!)!;
    list.push(...r.members);
  });
  const out = new Map<string, string>();
  for (const members of groups.values()) {
    if (new Set(members.map((i) => quotes[i]!.documentId)).size < 2) continue;
    const id = `c-${quotes[Math.min(...members)]!.id}`;
    for (const i of members) out.set(quotes[i]!.id, id);
  }
  return out;
}
