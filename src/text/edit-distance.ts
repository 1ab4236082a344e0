/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Small typos of long words only: a long surname misspelt by a letter or two. */
export function isLikelyMisspelling(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  if (n < 6 || a === b) return false;
  if (a[0] !== b[0]) return false;
  return editDistance(a, b, n >= 10 ? 2 : 1) <= (n >= 10 ? 2 : 1);
}
