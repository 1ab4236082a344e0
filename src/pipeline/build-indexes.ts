/** Stage 5, indexing: the knowledge base → its quote, statement and event search indexes. */
import { collectGarbage } from '../collect-garbage.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import { EventIndex } from '../search/event-index.ts';
import type { PackedJSON } from '../search/ranked-search.ts';
import { QuoteIndex } from '../search/quote-index.ts';
import { StatementIndex } from '../search/statement-index.ts';

export interface SearchIndexes {
  quotes: QuoteIndex;
  statements: StatementIndex;
  events: EventIndex;
}

/** The indexes a helper thread packs while this one builds the quote index. */
export interface PackedIndexes {
  events: PackedJSON;
  statements: PackedJSON;
}

export function buildIndexes(kb: KnowledgeBase): SearchIndexes {
  const quotes = quoteIndexOf(kb);
  const statements = new StatementIndex(kb);
  const events = new EventIndex(kb);
  collectGarbage();
  return { quotes, statements, events };
}

/** The same, the event and statement indexes packed by a helper thread (while this one builds the quote index). */
export async function buildIndexesWith(kb: KnowledgeBase, packed: Promise<PackedIndexes>): Promise<SearchIndexes> {
  const quotes = quoteIndexOf(kb);
  const { events, statements } = await packed;
  // each loaded from its packed form when first searched (or by the app's prepare)
  return { quotes, statements: new StatementIndex(kb, statements), events: new EventIndex(kb, events) };
}

function quoteIndexOf(kb: KnowledgeBase): QuoteIndex {
  // the analyses are garbage by now (see collect-garbage.ts), and each index's build leaves its own
  collectGarbage();
  const quotes = new QuoteIndex(kb);
  collectGarbage();
  return quotes;
}
