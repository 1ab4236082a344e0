/**
 * The Discord-independent core, built once: corpus → documents → knowledge base → search
 * indexes → services. The console, the CLI, the export and the bot all reach the data through
 * this object.
 */
import { loadCorpus } from '../corpus/load-corpus.ts';
import { buildKnowledgeBase } from '../kb/build.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import { QuoteIndex } from '../search/quote-index.ts';
import { PeopleLookup } from '../services/people-lookup.ts';
import { QuoteService } from '../services/quotes.ts';

export interface App {
  kb: KnowledgeBase;
  people: PeopleLookup;
  quotes: QuoteService;
  /** when the knowledge base was built (shown in /help) */
  builtAt: Date;
}

export function createAppFromKnowledgeBase(kb: KnowledgeBase): App {
  const people = new PeopleLookup(kb.people);
  return { kb, people, quotes: new QuoteService(kb, new QuoteIndex(kb), people), builtAt: new Date() };
}

export async function createApp(corpusDir: string): Promise<App> {
  return createAppFromKnowledgeBase(buildKnowledgeBase(await loadCorpus(corpusDir)));
}
