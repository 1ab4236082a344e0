/**
 * The Discord-independent core, built once: corpus → documents → knowledge base → search
 * indexes → services. The console, the CLI, the export and the bot all reach the data through
 * this object.
 */
import { cacheDir as defaultCacheDir } from '../config.ts';
import { log } from '../log.ts';
import { chrono } from '../text/chrono.ts';
import { workersFromEnv } from '../pipeline/analyse-documents.ts';
import { kbFingerprint } from '../kb/fingerprint.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import { PassageIndex } from '../search/passage-index.ts';
import { QuoteIndex } from '../search/quote-index.ts';
import { StatementIndex } from '../search/statement-index.ts';
import { PeopleLookup } from '../services/people-lookup.ts';
import { QuoteService } from '../services/quotes.ts';
import { EventIndex } from '../search/event-index.ts';
import { TimelineService } from '../services/timeline.ts';
import { ProfileService } from '../services/profile.ts';
import { loadKnowledgeBase, type LoadOptions, type StartupReport } from '../pipeline/load-knowledge-base.ts';
import { MeaningIndex } from '../search/meaning-index.ts';
import { wordVectors } from '../search/word-vectors.ts';

export interface App {
  kb: KnowledgeBase;
  people: PeopleLookup;
  quotes: QuoteService;
  timeline: TimelineService;
  profiles: ProfileService;
  /** paragraphs of the articles, indexed on first use */
  passages(): PassageIndex;
  /** what each quote and statement means, as word vectors, indexed on first use (null: the build made no vectors) */
  meaning(): MeaningIndex | null;
  /** identifies the corpus the answers come from (page buttons carry it) */
  fingerprint: string;
  /** when the knowledge base was built (shown in /help) */
  builtAt: Date;
  /**
   * Build now what the services otherwise build on their first question (the people,
   * statements and events from the snapshot, name tables, cluster maps, profile tables and the
   * most-named people's profiles, the statement and event indexes): ~3 s at 10,000 articles,
   * spent while the bot connects rather than before it starts or on someone's first command.
   */
  prepare(): void;
  /**
   * The same, one step per turn of the event loop (no step takes more than a few hundred
   * milliseconds at 10,000 articles): the gateway's handshake and early interactions are
   * answered in between. Resolves when everything is built; never rejects (a failure is logged:
   * each service builds what it lacks on its first question).
   */
  prepareInBackground(): Promise<void>;
}

/** `indexes`: search indexes already made for this knowledge base (the snapshot's), else they are built. */
export function createAppFromKnowledgeBase(
  kb: KnowledgeBase,
  indexes: { quotes?: QuoteIndex; statements?: StatementIndex; events?: EventIndex } = {},
): App {
  // kb.people is read when a lookup first needs it
  const people = new PeopleLookup(() => kb.people);
  let passages: PassageIndex | null = null;
  let meaning: MeaningIndex | null | undefined;
  const events = indexes.events ?? new EventIndex(kb);
  const statements = indexes.statements ?? new StatementIndex(kb);
  const quotes = new QuoteService(kb, indexes.quotes ?? new QuoteIndex(kb), people, statements);
  const timeline = new TimelineService(kb, events, people);
  const profiles = new ProfileService(kb, people);
  return {
    kb,
    people,
    quotes,
    timeline,
    profiles,
    passages: () => (passages ??= new PassageIndex(kb.documents)),
    meaning: () => {
      if (meaning !== undefined) return meaning;
      const vectors = wordVectors();
      return (meaning = vectors ? MeaningIndex.build(kb, vectors) : null);
    },
    fingerprint: kbFingerprint(kb),
    builtAt: new Date(),
    prepare() {
      for (const step of prepareSteps()) step();
    },
    async prepareInBackground() {
      try {
        for (const step of prepareSteps()) {
          await new Promise((resolve) => setImmediate(resolve));
          step();
        }
      } catch (e) {
        log('error', 'preparing the services failed', { error: e instanceof Error ? e.stack : String(e) });
      }
    },
  };

  /** One step a yield, each made once the one before has run. */
  function* prepareSteps(): Generator<() => void> {
    // the people, statements and events, when the snapshot left them to be decoded on first read
    yield () => void kb.people;
    yield () => void kb.statements;
    yield () => void kb.events;
    yield* people.prepareSteps();
    yield () => statements.prepare();
    yield () => quotes.prepare();
    yield () => timeline.prepare();
    yield* profiles.prepareSteps();
    yield () => events.prepare();
    // the date parser for dates typed in words (loaded lazily: a snapshot start never analyses)
    yield () => void chrono();
  }
}

/** Options of createApp; by default the cache is SOURCEBOT_CACHE_DIR or `.cache/`, and workers SOURCEBOT_WORKERS or automatic. */
export type AppOptions = Partial<LoadOptions>;

/** The app for a corpus (a directory or a .jsonl file), started from the snapshot cache where it can be. */
/** `saved` settles when the snapshot is written (later than start-up only with `saveInBackground`). */
export async function startApp(
  corpusDir: string,
  options: AppOptions = {},
): Promise<{ app: App; startup: StartupReport; saved: Promise<void> }> {
  const r = await loadKnowledgeBase(corpusDir, {
    workers: workersFromEnv(),
    ...options,
    cacheDir: options.cacheDir === undefined ? defaultCacheDir([]) : options.cacheDir,
  });
  return {
    app: createAppFromKnowledgeBase(r.kb, { quotes: r.quoteIndex, statements: r.statementIndex, events: r.eventIndex }),
    startup: r.report,
    saved: r.saved,
  };
}

export async function createApp(corpusDir: string, options: AppOptions = {}): Promise<App> {
  return (await startApp(corpusDir, options)).app;
}
