/** Stage 5, indexing: the knowledge base → its quote and event search indexes. */
import { collectGarbage } from '../collect-garbage.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import { EventIndex } from '../search/event-index.ts';
import type { PackedJSON } from '../search/ranked-search.ts';
import { QuoteIndex } from '../search/quote-index.ts';

export interface SearchIndexes {
  quotes: QuoteIndex;
  events: EventIndex;
}

export function buildIndexes(kb: KnowledgeBase): SearchIndexes {
  const quotes = quoteIndexOf(kb);
  const events = new EventIndex(kb);
  collectGarbage();
  return { quotes, events };
}

/** The same, the event index packed by a helper thread (while this one builds the quote index). */
export async function buildIndexesWith(kb: KnowledgeBase, eventIndex: Promise<PackedJSON>): Promise<SearchIndexes> {
  const quotes = quoteIndexOf(kb);
  // loaded from its packed form when /timeline first needs it (or by the app's prepare)
  return { quotes, events: new EventIndex(kb, await eventIndex) };
}

function quoteIndexOf(kb: KnowledgeBase): QuoteIndex {
  // the analyses are garbage by now (see collect-garbage.ts), and each index's build leaves its own
  collectGarbage();
  const quotes = new QuoteIndex(kb);
  collectGarbage();
  return quotes;
}
