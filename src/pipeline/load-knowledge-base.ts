/**
 * The pipeline, corpus → knowledge base and search indexes, one stage a module:
 *   1. read      corpus files → article inputs (corpus/load-corpus.ts)
 *   2. segment   inputs → documents                       (segment.ts, cached per article)
 *   3. analyse   documents → people, quotes, dated events  (analyse.ts, cached per article, workers)
 *   4. assemble  analyses → knowledge base                 (kb/build.ts)
 *   5. index     knowledge base → search indexes           (build-indexes.ts)
 *      (with two cores, a helper thread clusters the quotes and builds the event and statement
 *      indexes while this one merges people and builds the quote index: workers/assembly-helpers.ts)
 *   6. save      knowledge base + indexes → snapshot       (corpus-snapshot-stage.ts)
 * When the whole corpus is unchanged, 3–6 are skipped: the knowledge base and its indexes come
 * back from the corpus snapshot. A damaged or stale cache is reported and rebuilt, never trusted
 * (stage-cache.ts). With no cache directory, everything is built.
 */
import { collectGarbage } from '../collect-garbage.ts';
import { readCorpus, type Corpus } from '../corpus/load-corpus.ts';
import type { SegmentedFields } from '../documents/portable.ts';
import { clusterEvents } from '../analysis/dates/cluster.ts';
import {
  applyClusters,
  assembleKnowledgeBase,
  assembleRecords,
  eventClusterInputs,
  quoteClusterInputs,
} from '../kb/build.ts';
import type { DocumentAnalysis } from '../kb/document-analysis.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import { eventIndexDocuments, type EventIndex } from '../search/event-index.ts';
import type { QuoteIndex } from '../search/quote-index.ts';
import { statementIndexDocuments, type StatementIndex } from '../search/statement-index.ts';
import { corpusKey, documentKey } from '../snapshot/keys.ts';
import { analyseCorpus, isAnalysis } from './analyse.ts';
import { AssemblyHelpers } from '../workers/assembly-helpers.ts';
import { workerCount, type AnalyseOptions } from './analyse-documents.ts';
import { buildIndexes, buildIndexesWith, type PackedIndexes, type SearchIndexes } from './build-indexes.ts';
import { openCorpusSnapshot, restoreFromSnapshot, saveCorpusSnapshot } from './corpus-snapshot-stage.ts';
import { isSegmentation, Segmenter } from './segment.ts';
import { cacheContext, StageCache, type CacheContext } from './stage-cache.ts';

export interface LoadOptions extends Omit<AnalyseOptions, 'onProgress'> {
  /** the cache directory (snapshots go in its `snapshots/`), or null for no cache */
  cacheDir: string | null;
  /** progress on stderr when it is a terminal (default true) */
  progress?: boolean;
  /**
   * write the assembled knowledge base's snapshot after returning, giving the event loop back
   * between entries (`saved` settles when it is written), instead of before returning (default
   * false: a command that exits when done would otherwise have to wait for `saved` itself)
   */
  saveInBackground?: boolean;
}

/** Where start-up time went (milliseconds) and how much came from the snapshot. */
export interface StartupReport {
  documents: number;
  /** documents whose segmentation came from the snapshot */
  fromSnapshot: number;
  analysed: number;
  /** characters of article text analysed (for throughput) */
  analysedChars: number;
  workers: number;
  /** the knowledge base and its search indexes were loaded, not assembled and built */
  corpusFromSnapshot: boolean;
  ms: {
    read: number;
    documents: number;
    analysis: number;
    knowledgeBase: number;
    indexes: number;
    save: number;
    total: number;
  };
  /** whether a cache was used at all */
  cache: boolean;
}

export interface LoadedKnowledgeBase {
  kb: KnowledgeBase;
  quoteIndex: QuoteIndex;
  statementIndex: StatementIndex;
  eventIndex: EventIndex;
  report: StartupReport;
  /** settles when the snapshot is written (at once unless `saveInBackground`); never rejects (a failed save is a warning) */
  saved: Promise<void>;
}

const elapsed = (since: number): number => Math.round(performance.now() - since);

export async function loadKnowledgeBase(corpusPath: string, opts: LoadOptions): Promise<LoadedKnowledgeBase> {
  const t0 = performance.now();
  const ms = { read: 0, documents: 0, analysis: 0, knowledgeBase: 0, indexes: 0, save: 0, total: 0 };
  // 1. read
  const read = await readCorpus(corpusPath);
  ms.read = elapsed(t0);

  // 2. segment (on a cold start, beside the analysis: see segment.ts)
  let t = performance.now();
  const ctx = cacheContext(opts.cacheDir, read.root);
  const keys = ctx ? read.inputs.map(documentKey) : [];
  const segments = StageCache.open<SegmentedFields>(ctx, 'documents', keys, isSegmentation, 'segmenting again');
  const segmenter = new Segmenter(read, segments);

  // the whole corpus unchanged: its knowledge base and indexes as they were saved (over its documents)
  const whole = openCorpusSnapshot(ctx, corpusKey(keys));
  let loaded: { kb: KnowledgeBase; indexes: SearchIndexes } | null = null;
  if (whole?.present) {
    const corpus = segmenter.corpus();
    ms.documents = elapsed(t);
    t = performance.now();
    loaded = restoreFromSnapshot(whole, corpus);
    if (loaded) ms.knowledgeBase = elapsed(t);
  }
  const corpusFromSnapshot = !!loaded;
  let built: Built | null = null;
  let written = Promise.resolve();
  if (!loaded) {
    // 3–4. analyse and assemble, 5. index, 6. save
    // with two cores or more, clustering and the event index run beside the main thread's steps
    const parallel = !opts.analyse && workerCount(segmenter.length, opts.workers ?? 'auto') >= 2;
    built = await analyseAndAssemble(segmenter, ctx, keys, opts, ms, parallel);
    t = performance.now();
    // (with a helper thread, this also waits for the quote clusters)
    const indexes = built.rest ? await buildIndexesWith(built.kb, built.rest) : buildIndexes(built.kb);
    ms.indexes = elapsed(t);
    if (whole) {
      const s = saveCorpusSnapshot(whole, built.kb, indexes, !!opts.saveInBackground);
      written = s.written;
      ms.save += s.ms;
    }
    loaded = { kb: built.kb, indexes };
  }
  ms.save += segments.save();
  ms.total = elapsed(t0);
  return {
    kb: loaded.kb,
    quoteIndex: loaded.indexes.quotes,
    statementIndex: loaded.indexes.statements,
    eventIndex: loaded.indexes.events,
    report: {
      documents: segmenter.length,
      fromSnapshot: segmenter.fromSnapshot,
      analysed: built?.analysed ?? 0,
      analysedChars: built?.analysedChars ?? 0,
      workers: built?.workers ?? 0,
      corpusFromSnapshot,
      ms,
      cache: !!ctx,
    },
    saved: written,
  };
}

interface Built {
  kb: KnowledgeBase;
  /**
   * with a helper thread: the quote clusters still to come (applied when this settles) and the
   * event and statement indexes, packed; to be awaited before the knowledge base is used
   */
  rest: Promise<PackedIndexes> | null;
  analysed: number;
  analysedChars: number;
  workers: number;
}

/**
 * Analyse what the cache does not have and assemble the knowledge base. A function of its own so
 * that the analyses are garbage once it returns: the indexes are built and the snapshot written
 * without them in memory.
 */
async function analyseAndAssemble(
  segmenter: Segmenter,
  ctx: CacheContext | null,
  keys: readonly string[],
  opts: LoadOptions,
  ms: StartupReport['ms'],
  parallel: boolean,
): Promise<Built> {
  let t = performance.now();
  const cache = StageCache.open<DocumentAnalysis>(ctx, 'analyses', keys, isAnalysis, 're-analysing');
  // the documents the analysis needs are segmented as it asks for them (its time is the analysis')
  const { analyses, analysed, workers } = await analyseCorpus(segmenter, cache, opts);
  ms.analysis = elapsed(t);
  t = performance.now();
  const corpus = segmenter.corpus();
  ms.documents += elapsed(t);
  // the analyses' file finished (the new ones are in it already) before assembling
  ms.save = cache.save();
  t = performance.now();
  // the analysis' garbage (and that of writing its snapshot), before assembling adds its own
  collectGarbage();
  const { kb, rest } = parallel
    ? assembleWith(corpus, analyses)
    : { kb: assembleKnowledgeBase(corpus, analyses), rest: null };
  ms.knowledgeBase = elapsed(t);
  return {
    kb,
    rest,
    analysed: analysed.length,
    analysedChars: analysed.reduce((s, d) => s + d.body.length, 0),
    workers,
  };
}

/**
 * assembleKnowledgeBase with a helper thread: it clusters the quotes while this thread merges
 * people, then packs the event and statement indexes while this one clusters the events and
 * builds the quote index. The knowledge base comes back before its quote clusters: `rest` applies
 * them (the quote index does not read them) and gives the packed indexes.
 */
function assembleWith(
  corpus: Corpus,
  analyses: readonly DocumentAnalysis[],
): { kb: KnowledgeBase; rest: Promise<PackedIndexes> } {
  // made now, not before the analysis: an idle thread would hold memory through its peak
  const helpers = new AssemblyHelpers(1);
  let rest: Promise<PackedIndexes> | null = null;
  try {
    const quoteClusters = helpers.run('quoteClusters', quoteClusterInputs(analyses));
    const kb = assembleRecords(corpus, analyses);
    const eventIndex = helpers.run('eventIndex', eventIndexDocuments(kb));
    const statementIndex = helpers.run('statementIndex', statementIndexDocuments(kb));
    const eventClusters = clusterEvents(eventClusterInputs(analyses));
    rest = Promise.all([quoteClusters, eventIndex, statementIndex]).then(([clusters, events, statements]) => {
      applyClusters(kb, new Map(clusters), eventClusters);
      return { events, statements };
    });
    return { kb, rest };
  } finally {
    // the thread stops once its last job is done (closing it sooner would do that job here)
    const close = (): void => helpers.close();
    if (rest) void rest.then(close, close);
    else close();
  }
}
