/**
 * Corpus → knowledge base and search indexes, through the snapshot cache:
 * - every document whose input is unchanged takes its segmentation from the snapshot;
 * - when the whole corpus is unchanged, the knowledge base's records and the search indexes are
 *   loaded as they were saved: nothing is analysed, assembled or indexed;
 * - otherwise documents with a saved analysis take it, the rest are analysed (in worker threads
 *   when there are many), and the knowledge base is assembled and indexed, then saved.
 * A damaged or stale cache is reported and rebuilt, never trusted. With no cache directory,
 * everything is built.
 */
import { buildCorpus, readCorpus } from '../corpus/load-corpus.ts';
import { buildDocument } from '../documents/build-document.ts';
import { fromSegmented, segmentedFields, type SegmentedFields } from '../documents/portable.ts';
import type { CorpusDocument } from '../documents/types.ts';
import { analyseDocuments, type AnalyseOptions } from '../kb/analyse-corpus.ts';
import { assembleKnowledgeBase } from '../kb/build.ts';
import type { DocumentAnalysis } from '../kb/document-analysis.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import { log } from '../log.ts';
import { EventIndex } from '../search/event-index.ts';
import { QuoteIndex } from '../search/quote-index.ts';
import { ANALYSIS_SOURCES, FULL_SOURCES, runningCodeVersion } from './code-version.ts';
import { collectGarbage } from '../collect-garbage.ts';
import { CorpusSnapshot, type CorpusEntries } from './corpus-snapshot.ts';
import { KeyedSnapshot } from './keyed-snapshot.ts';
import { corpusKey, documentKey } from './keys.ts';
import { progress } from './progress.ts';

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
  eventIndex: EventIndex;
  report: StartupReport;
  /** settles when the snapshot is written (at once unless `saveInBackground`); never rejects (a failed save is a warning) */
  saved: Promise<void>;
}

const elapsed = (since: number): number => Math.round(performance.now() - since);

function cacheWarning(file: string, problem: string, what: string): void {
  log('warn', `snapshot ${file} ${problem}; ${what}`);
}

const cannotWrite = (file: string, e: unknown): void =>
  log(
    'warn',
    `snapshot ${file} cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)}); the next start will build it again`,
  );

function trySave(save: () => unknown, file: string): void {
  try {
    save();
  } catch (e) {
    cannotWrite(file, e);
  }
}

const isSegmentation = (v: SegmentedFields): boolean => Array.isArray(v?.bodySpans) && typeof v.sources === 'object';
const isAnalysis = (v: DocumentAnalysis, id: string): boolean => v?.documentId === id;

export async function loadKnowledgeBase(corpusPath: string, opts: LoadOptions): Promise<LoadedKnowledgeBase> {
  const t0 = performance.now();
  const ms = { read: 0, documents: 0, analysis: 0, knowledgeBase: 0, indexes: 0, save: 0, total: 0 };
  const read = await readCorpus(corpusPath);
  ms.read = elapsed(t0);

  let t = performance.now();
  const code = opts.cacheDir ? runningCodeVersion(ANALYSIS_SOURCES) : null;
  const fullCode = opts.cacheDir ? runningCodeVersion(FULL_SOURCES) : null;
  if (opts.cacheDir && !(code && fullCode))
    log(
      'warn',
      "the code's version cannot be told (no source files, or no dist/code-version.json from `npm run build`), so no snapshot can be trusted; building everything",
    );
  const cacheDir = code && fullCode ? opts.cacheDir : null;
  const segments = cacheDir
    ? KeyedSnapshot.open<SegmentedFields>(cacheDir, read.root, 'documents', code!, isSegmentation)
    : null;
  if (segments?.problem) cacheWarning(segments.file, segments.problem, 'segmenting again what it cannot vouch for');
  const keys = cacheDir ? read.inputs.map(documentKey) : [];
  let fromSnapshot = 0;
  const corpus = buildCorpus(read, (input, i) => {
    const saved = segments?.get(keys[i]!, input.id);
    if (saved) {
      fromSnapshot++;
      return fromSegmented(input, saved);
    }
    const doc = buildDocument(input);
    segments?.put(keys[i]!, segmentedFields(doc));
    return doc;
  });
  if (segments?.damagedEntries)
    cacheWarning(segments.file, `has ${segments.damagedEntries} unreadable entries`, 'segmenting those articles again');
  ms.documents = elapsed(t);

  t = performance.now();
  const whole = cacheDir ? CorpusSnapshot.open(cacheDir, read.root, `${fullCode}:${corpusKey(keys)}`) : null;
  const saved = whole?.load(corpus) ?? null;
  if (whole?.problem) cacheWarning(whole.file, whole.problem, 'assembling and indexing again');
  const restored = saved ? restore(corpus, saved) : null;
  let analysed: CorpusDocument[] = [];
  let workers = 0;
  let kb: KnowledgeBase;
  let indexes: { quotes: QuoteIndex; events: EventIndex };
  let written = Promise.resolve();
  if (restored) {
    kb = restored.kb;
    indexes = restored.indexes;
    ms.knowledgeBase = elapsed(t);
  } else {
    const built = await analyseAndAssemble(
      corpus,
      keys,
      cacheDir ? { dir: cacheDir, root: read.root, code: code! } : null,
      opts,
      ms,
    );
    kb = built.kb;
    analysed = built.analysed;
    workers = built.workers;
    t = performance.now();
    // the analyses are garbage now (see collect-garbage.ts), and the indexes' build leaves its own
    collectGarbage();
    const quotes = new QuoteIndex(kb);
    collectGarbage();
    indexes = { quotes, events: new EventIndex(kb) };
    collectGarbage();
    ms.indexes = elapsed(t);
    const parts = { quoteIndex: indexes.quotes, eventIndex: indexes.events };
    if (whole && opts.saveInBackground) {
      // begun once the caller has the knowledge base (a later turn of the event loop)
      const k = kb;
      written = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => whole.saveInBackground(k, parts))
        .then(
          () => undefined,
          (e: unknown) => cannotWrite(whole.file, e),
        );
    } else if (whole) {
      t = performance.now();
      trySave(() => whole.save(kb, parts), whole.file);
      ms.save += elapsed(t);
    }
  }
  if (segments) {
    t = performance.now();
    trySave(() => segments.save(), segments.file);
    ms.save += elapsed(t);
  }
  ms.total = elapsed(t0);
  return {
    kb,
    quoteIndex: indexes.quotes,
    eventIndex: indexes.events,
    report: {
      documents: corpus.documents.length,
      fromSnapshot,
      analysed: analysed.length,
      analysedChars: analysed.reduce((s, d) => s + d.body.length, 0),
      workers,
      corpusFromSnapshot: !!restored,
      ms,
      cache: !!cacheDir,
    },
    saved: written,
  };
}

/**
 * Analyse what the snapshot does not have and assemble the knowledge base. A function of its
 * own so that the analyses are garbage once it returns: the indexes are built and the snapshot
 * written without them in memory.
 */
async function analyseAndAssemble(
  corpus: ReturnType<typeof buildCorpus>,
  keys: readonly string[],
  cache: { dir: string; root: string; code: string } | null,
  opts: LoadOptions,
  ms: StartupReport['ms'],
): Promise<{ kb: KnowledgeBase; analysed: CorpusDocument[]; workers: number }> {
  let t = performance.now();
  const analyses = cache
    ? KeyedSnapshot.open<DocumentAnalysis>(cache.dir, cache.root, 'analyses', cache.code, isAnalysis)
    : null;
  if (analyses?.problem) cacheWarning(analyses.file, analyses.problem, 're-analysing what it cannot vouch for');
  const cached = corpus.documents.map((d, i) => analyses?.get(keys[i]!, d.id));
  if (analyses?.damagedEntries)
    cacheWarning(analyses.file, `has ${analyses.damagedEntries} unreadable entries`, 're-analysing those articles');
  const analysed = corpus.documents.filter((_, i) => !cached[i]);
  const bar = opts.progress === false ? null : progress('analysing articles', analysed.length);
  const done = await analyseDocuments(analysed, { ...opts, onProgress: (n) => bar?.update(n) });
  bar?.end();
  let k = 0;
  const all = corpus.documents.map((_, i) => {
    const a = cached[i];
    if (a) return a;
    const fresh = done.analyses[k++]!;
    analyses?.put(keys[i]!, fresh);
    return fresh;
  });
  ms.analysis = elapsed(t);
  // saved before assembling, so that their JSON is not held while the knowledge base is built
  t = performance.now();
  if (analyses) trySave(() => analyses.save(), analyses.file);
  ms.save = elapsed(t);
  t = performance.now();
  // the analysis' garbage (and that of writing its snapshot), before assembling adds its own
  collectGarbage();
  const kb = assembleKnowledgeBase(corpus, all);
  ms.knowledgeBase = elapsed(t);
  return { kb, analysed, workers: done.workers };
}

/** The saved knowledge base and indexes over the documents just loaded; null if they cannot be used. */
function restore(
  corpus: ReturnType<typeof buildCorpus>,
  saved: CorpusEntries,
): { kb: KnowledgeBase; indexes: { quotes: QuoteIndex; events: EventIndex } } | null {
  const kb: KnowledgeBase = {
    ...saved.records,
    root: corpus.root,
    documents: corpus.documents,
    documentsById: new Map(corpus.documents.map((d) => [d.id, d])),
    warnings: corpus.warnings,
  };
  try {
    const quotes = new QuoteIndex(kb, saved.quoteIndex());
    // the event index is parsed when /timeline first needs it (it rebuilds itself if it cannot be)
    return { kb, indexes: { quotes, events: new EventIndex(kb, saved.eventIndex) } };
  } catch (e) {
    log(
      'warn',
      `the saved search indexes cannot be loaded (${e instanceof Error ? e.message : String(e)}); building them again`,
    );
    return null;
  }
}
