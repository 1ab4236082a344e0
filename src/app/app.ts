/**
 * The Discord-independent core, built once: corpus → documents → knowledge base → search
 * indexes → services. The console, the CLI, the export and the bot all reach the data through
 * this object.
 */
import { loadCorpus } from '../corpus/load-corpus.ts';
import { buildKnowledgeBase } from '../kb/build.ts';
import { kbFingerprint } from '../kb/fingerprint.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import { PassageIndex } from '../search/passage-index.ts';
import { QuoteIndex } from '../search/quote-index.ts';
import { PeopleLookup } from '../services/people-lookup.ts';
import { QuoteService } from '../services/quotes.ts';
import { EventIndex } from '../search/event-index.ts';
import { TimelineService } from '../services/timeline.ts';
import { ProfileService } from '../services/profile.ts';

export interface App {
  kb: KnowledgeBase;
  people: PeopleLookup;
  quotes: QuoteService;
  timeline: TimelineService;
  profiles: ProfileService;
  /** paragraphs of the articles, indexed on first use */
  passages(): PassageIndex;
  /** identifies the corpus the answers come from (page buttons carry it) */
  fingerprint: string;
  /** when the knowledge base was built (shown in /help) */
  builtAt: Date;
}

export function createAppFromKnowledgeBase(kb: KnowledgeBase): App {
  const people = new PeopleLookup(kb.people);
  let passages: PassageIndex | null = null;
  return {
    kb,
    people,
    quotes: new QuoteService(kb, new QuoteIndex(kb), people),
    timeline: new TimelineService(kb, new EventIndex(kb), people),
    profiles: new ProfileService(kb, people),
    passages: () => (passages ??= new PassageIndex(kb.documents)),
    fingerprint: kbFingerprint(kb),
    builtAt: new Date(),
  };
}

export async function createApp(corpusDir: string): Promise<App> {
  return createAppFromKnowledgeBase(buildKnowledgeBase(await loadCorpus(corpusDir)));
}
