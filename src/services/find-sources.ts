/**
 * "Find sources" on a message: the quotes and passages of the corpus closest to a claim
 * someone posted, so a server can check it in place.
 */
import type { App } from '../app/app.ts';
import { STOP_WORDS } from '../analysis/people/lexicon.ts';
import type { CorpusDocument } from '../documents/types.ts';
import { foldText } from '../text/fold.ts';
import type { QuoteResult } from './quotes.ts';

/** quotes and passages the searches return, re-ranked by how much of the claim they carry */
const CANDIDATES = 30;

export interface PassageResult {
  document: CorpusDocument;
  text: string;
  /** the claim's content words this passage carries, in the claim's order */
  shares: string[];
}

export interface FoundSources {
  quotes: (QuoteResult & { shares: string[] })[];
  passages: PassageResult[];
}

const fold = (w: string): string => foldText(w).replace(/['’]s$/, '');
const wordsOf = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
// "sanction" and "sanctions", "halt" and "halted": one word, for what a passage shares with the claim
const same = (a: string, b: string): boolean =>
  a === b ||
  (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 3);

/**
 * How much of the claim a text carries: the share of the claim's distinct content words it has,
 * plus a bonus for each pair of them it has next to each other in the claim's order (a phrase).
 */
export function claimOverlap(claim: readonly string[], text: string): { score: number; shares: string[] } {
  const words = wordsOf(text);
  const distinct = [...new Set(claim)];
  const shares = distinct.filter((c) => words.some((w) => same(w, c)));
  let pairs = 0;
  for (let i = 0; i + 1 < claim.length; i++) {
    const a = claim[i]!;
    const b = claim[i + 1]!;
    if (words.some((w, j) => same(w, a) && j + 1 < words.length && same(words[j + 1]!, b))) pairs++;
  }
  const score = distinct.length
    ? shares.length / distinct.length + (claim.length > 1 ? (0.5 * pairs) / (claim.length - 1) : 0)
    : 0;
  return { score, shares };
}

/** Words that carry the claim: long enough to be content, most of a long message's filler dropped. */
export function claimWords(message: string): string {
  return (
    message
      .replace(/<a?:\w+:\d+>|<[@#][!&]?\d+>|https?:\/\/\S+/g, ' ')
      .replace(/[^\p{L}\p{N}'’\s-]+/gu, ' ')
      .split(/\s+/)
      // function words ("the", "with", "that") match everything and rank nothing
      .filter((w) => w.length >= 3 && !STOP_WORDS.has(w.toLowerCase()))
      .slice(0, 40)
      .join(' ')
  );
}

export function findSources(app: App, message: string, limits = { quotes: 3, passages: 2 }): FoundSources {
  const words = claimWords(message);
  if (!words) return { quotes: [], passages: [] };
  const claim = words.split(/\s+/).map(fold).filter(Boolean);
  const answer = app.quotes.find({ query: words });
  // the search's own order favours rare words; re-rank its best candidates by how much of the claim each carries
  const quotes = (answer.kind === 'results' ? answer.results.slice(0, CANDIDATES) : [])
    .map((q, i) => ({ q, i, o: claimOverlap(claim, q.quote.text) }))
    .sort((x, y) => y.o.score - x.o.score || x.i - y.i)
    .slice(0, limits.quotes)
    .map(({ q, o }) => ({ ...q, shares: o.shares }));
  const ranked = app
    .passages()
    .search(words, CANDIDATES)
    .map((p, i) => {
      const document = app.kb.documentsById.get(p.documentId);
      const text = document ? document.body.slice(p.start, p.end) : '';
      return { document, text, i, o: claimOverlap(claim, text) };
    })
    .sort((x, y) => y.o.score - x.o.score || x.i - y.i);
  const passages: PassageResult[] = [];
  for (const { document, text, o } of ranked) {
    if (!document) continue;
    // a passage that only repeats a quote already shown adds nothing
    if (quotes.some((q) => q.document.id === document.id && text.includes(q.quote.text))) continue;
    passages.push({ document, text, shares: o.shares });
    if (passages.length >= limits.passages) break;
  }
  return { quotes, passages };
}
