/**
 * The Discord-independent core, built once: corpus → documents → knowledge base → services.
 * The console, the CLI, the export and the bot all reach the data through this object.
 */
import { loadCorpus } from '../corpus/load-corpus.ts';
import { buildKnowledgeBase } from '../kb/build.ts';
import type { KnowledgeBase } from '../kb/types.ts';

export interface App {
  kb: KnowledgeBase;
  /** when the knowledge base was built (shown in /help) */
  builtAt: Date;
}

export async function createApp(corpusDir: string): Promise<App> {
  const corpus = await loadCorpus(corpusDir);
  return { kb: buildKnowledgeBase(corpus), builtAt: new Date() };
}
