/**
 * The same words reported by several documents, with small differences (brackets, ellipses,
 * typos, a longer or shorter cut), share a cluster. Candidates share a word trigram (rare
 * ones only, so the cost stays linear); a pair joins when most words of the shorter quote are
 * in the longer one.
 */
import { foldWords } from '../../text/fold.ts';

const MIN_WORDS = 4;
const MIN_SHARE = 0.8;
const MAX_POSTINGS = 50;

export interface ClusterInput {
  id: string;
  documentId: string;
  text: string;
}

function words(s: string): string[] {
  return foldWords(s.replace(/\[[^\]]*\]/g, ' ')).split(' ').filter(Boolean);
}

function share(a: readonly string[], b: readonly string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const bag = new Map<string, number>();
  for (const w of long) bag.set(w, (bag.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of short) {
    const n = bag.get(w) ?? 0;
    if (n > 0) {
      hit++;
      bag.set(w, n - 1);
    }
  }
  return hit / short.length;
}

/** quote id → cluster id (the id of the cluster's first member), for quotes that have a match in another document */
export function clusterQuotes(quotes: readonly ClusterInput[]): Map<string, string> {
  const w = quotes.map((q) => words(q.text));
  const postings = new Map<string, number[]>();
  w.forEach((ws, i) => {
    if (ws.length < MIN_WORDS) return;
    const seen = new Set<string>();
    for (let k = 0; k + 3 <= ws.length; k++) {
      const g = `${ws[k]} ${ws[k + 1]} ${ws[k + 2]}`;
      if (seen.has(g)) continue;
      seen.add(g);
      const list = postings.get(g) ?? [];
      if (list.length <= MAX_POSTINGS) list.push(i);
      postings.set(g, list);
    }
  });
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const linked = new Set<number>();
  const tried = new Set<string>();
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_POSTINGS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        if (quotes[a]!.documentId === quotes[b]!.documentId) continue;
        const key = `${a},${b}`;
        if (tried.has(key)) continue;
        tried.add(key);
        if (find(a) === find(b)) continue;
        if (share(w[a]!, w[b]!) >= MIN_SHARE) {
          parent[Math.max(find(a), find(b))] = Math.min(find(a), find(b));
          linked.add(a);
          linked.add(b);
        }
      }
    }
  }
  const out = new Map<string, string>();
  for (const i of linked) out.set(quotes[i]!.id, `c-${quotes[find(i)]!.id}`);
  return out;
}
