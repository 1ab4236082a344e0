/**
 * The same words reported by several documents, with small differences (brackets, ellipses,
 * typos, a longer or shorter cut), share a cluster. Identical wordings join at once; the
 * distinct wordings then find candidates through shared rare word trigrams (so the cost stays
 * linear), and a pair joins when most words of the shorter are in the longer one.
 */
import { foldWords } from '../../text/fold.ts';

const MIN_WORDS = 4;
const MIN_SHARE = 0.8;
/** a trigram in more distinct wordings than this is a common phrase, not a sign of the same quote */
const MAX_POSTINGS = 60;

export interface ClusterInput {
  id: string;
  documentId: string;
  text: string;
}

function words(s: string): string[] {
  return foldWords(s.replace(/\[[^\]]*\]/g, ' ')).split(' ').filter(Boolean);
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

/** quote id → cluster id (the id of the cluster's first member), for quotes that have a match in another document */
export function clusterQuotes(quotes: readonly ClusterInput[]): Map<string, string> {
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  // identical wordings first: one representative each
  const reps: { index: number; words: string[] }[] = [];
  const byText = new Map<string, number>();
  quotes.forEach((q, i) => {
    const ws = words(q.text);
    if (ws.length < MIN_WORDS) return;
    const key = ws.join(' ');
    const first = byText.get(key);
    if (first !== undefined) union(first, i);
    else {
      byText.set(key, i);
      reps.push({ index: i, words: ws });
    }
  });
  // distinct wordings: rare shared trigrams propose, the word overlap decides. Words become
  // numbers and a trigram one number, so no string is built per trigram (past 2^53, for huge
  // vocabularies, two trigrams may share a number: that only proposes a pair the overlap rejects)
  const ids = new Map<string, number>();
  const seqs = reps.map((r) => r.words.map((w) => ids.get(w) ?? (ids.set(w, ids.size), ids.size - 1)));
  const bags = seqs.map((q) => Int32Array.from(q).sort());
  const base = ids.size + 1;
  const postings = new Map<number, number[]>();
  const gramsOf: number[][] = seqs.map((q, ri) => {
    const seen = new Set<number>();
    for (let k = 0; k + 3 <= q.length; k++) {
      const g = (q[k]! * base + q[k + 1]!) * base + q[k + 2]!;
      if (seen.has(g)) continue;
      seen.add(g);
      const list = postings.get(g);
      if (list) list.push(ri);
      else postings.set(g, [ri]);
    }
    return [...seen];
  });
  const shared = new Map<number, number>();
  gramsOf.forEach((gs, ri) => {
    shared.clear();
    let rare = 0;
    for (const g of gs) {
      const list = postings.get(g)!;
      if (list.length < 2 || list.length > MAX_POSTINGS) continue;
      rare++;
      for (const rj of list) if (rj > ri) shared.set(rj, (shared.get(rj) ?? 0) + 1);
    }
    for (const [rj, n] of shared) {
      // most words in common means many trigrams in common: compare only those
      if (n < Math.max(1, 0.3 * Math.min(rare, gramsOf[rj]!.length))) continue;
      if (find(reps[ri]!.index) === find(reps[rj]!.index)) continue;
      if (share(bags[ri]!, bags[rj]!) >= MIN_SHARE) union(reps[ri]!.index, reps[rj]!.index);
    }
  });
  // a cluster is words reported by more than one document
  const docs = new Map<number, Set<string>>();
  quotes.forEach((q, i) => {
    const r = find(i);
    const set = docs.get(r) ?? new Set<string>();
    set.add(q.documentId);
    docs.set(r, set);
  });
  const out = new Map<string, string>();
  quotes.forEach((q, i) => {
    const r = find(i);
    if ((docs.get(r)?.size ?? 0) > 1) out.set(q.id, `c-${quotes[r]!.id}`);
  });
  return out;
}
