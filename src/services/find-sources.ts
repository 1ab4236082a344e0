/**
 * "Find sources" on a message: the quotes and passages of the corpus closest to a claim
 * someone posted, so a server can check it in place.
 */
import type { App } from '../app/app.ts';
import { STOP_WORDS } from '../analysis/people/lexicon.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { QuoteResult } from './quotes.ts';

export interface PassageResult {
  document: CorpusDocument;
  text: string;
}

export interface FoundSources {
  quotes: QuoteResult[];
  passages: PassageResult[];
}

/** Words that carry the claim: long enough to be content, most of a long message's filler dropped. */
export function claimWords(message: string): string {
  return message
    .replace(/<a?:\w+:\d+>|<[@#][!&]?\d+>|https?:\/\/\S+/g, ' ')
    .replace(/[^\p{L}\p{N}'’\s-]+/gu, ' ')
    .split(/\s+/)
    // function words ("the", "with", "that") match everything and rank nothing
    .filter((w) => w.length >= 3 && !STOP_WORDS.has(w.toLowerCase()))
    .slice(0, 40)
    .join(' ');
}

export function findSources(app: App, message: string, limits = { quotes: 3, passages: 2 }): FoundSources {
  const words = claimWords(message);
  if (!words) return { quotes: [], passages: [] };
  const answer = app.quotes.find({ query: words });
  const quotes = answer.kind === 'results' ? answer.results.slice(0, limits.quotes) : [];
  const passages: PassageResult[] = [];
  for (const p of app.passages().search(words, limits.passages * 3)) {
    const document = app.kb.documentsById.get(p.documentId);
    if (!document) continue;
    const text = document.body.slice(p.start, p.end);
    // a passage that only repeats a quote already shown adds nothing
    if (quotes.some((q) => q.document.id === document.id && text.includes(q.quote.text))) continue;
    passages.push({ document, text });
    if (passages.length >= limits.passages) break;
  }
  return { quotes, passages };
}
