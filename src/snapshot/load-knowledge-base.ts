/**
 * Corpus → knowledge base and search indexes, through the snapshot cache: documents whose input
 * is unchanged come from the snapshot (segmentation and analysis), the rest are built and
 * analysed (in worker threads when there are many) and saved; the search indexes are loaded when
 * the whole corpus is unchanged, else built and saved. A damaged or stale cache is reported and
 * rebuilt, never trusted. Without a cache directory, everything is built.
 */
import { buildCorpus, readCorpus } from '../corpus/load-corpus.ts';
import { buildDocument } from '../documents/build-document.ts';
import { fromSegmented } from '../documents/portable.ts';
import type { CorpusDocument } from '../documents/types.ts';
import { analyseDocuments, type AnalyseOptions } from '../kb/analyse-corpus.ts';
import { assembleKnowledgeBase } from '../kb/build.ts';
import type { DocumentAnalysis } from '../kb/document-analysis.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import { log } from '../log.ts';
import { EventIndex } from '../search/event-index.ts';
import { QuoteIndex } from '../search/quote-index.ts';
import { ANALYSIS_SOURCES, codeVersion, INDEX_SOURCES } from './code-version.ts';
import { DocumentSnapshot } from './document-snapshot.ts';
import { IndexSnapshot } from './index-snapshot.ts';
import { corpusKey, documentKey } from './keys.ts';
import { progress } from './progress.ts';

export interface LoadOptions extends Omit<AnalyseOptions, 'onProgress'> {
  /** the cache directory (snapshots go in its `snapshots/`), or null for no cache */
  cacheDir: string | null;
  /** progress on stderr when it is a terminal (default true) */
  progress?: boolean;
}

/** Where start-up time went (milliseconds) and how much came from the snapshot. */
export interface StartupReport {
  documents: number;
  /** documents whose segmentation and analysis came from the snapshot */
  fromSnapshot: number;
  analysed: number;
  /** characters of article text analysed (for throughput) */
  analysedChars: number;
  workers: number;
  indexesFromSnapshot: boolean;
  ms: { read: number; documents: number; analysis: number; knowledgeBase: number; indexes: number; save: number; total: number };
  /** whether a cache was used at all */
  cache: boolean;
}

export interface LoadedKnowledgeBase {
  kb: KnowledgeBase;
  quoteIndex: QuoteIndex;
  eventIndex: EventIndex;
  report: StartupReport;
}

const elapsed = (since: number): number => Math.round(performance.now() - since);

function cacheWarning(file: string, problem: string, what: string): void {
  log('warn', `snapshot ${file} ${problem}; ${what}`);
}

export async function loadKnowledgeBase(corpusPath: string, opts: LoadOptions): Promise<LoadedKnowledgeBase> {
  const t0 = performance.now();
  const ms = { read: 0, documents: 0, analysis: 0, knowledgeBase: 0, indexes: 0, save: 0, total: 0 };
  const read = await readCorpus(corpusPath);
  ms.read = elapsed(t0);

  let t = performance.now();
  const code = opts.cacheDir ? codeVersion(ANALYSIS_SOURCES) : null;
  if (opts.cacheDir && !code) log('warn', 'the source files are not where they should be, so no snapshot can be trusted; building everything');
  const snap = opts.cacheDir && code ? DocumentSnapshot.open(opts.cacheDir, read.root, code) : null;
  if (snap?.problem) cacheWarning(snap.file, snap.problem, 're-analysing what it cannot vouch for');
  const keys = snap ? read.inputs.map(documentKey) : [];
  const cached: (DocumentAnalysis | undefined)[] = [];
  const corpus = buildCorpus(read, (input, i) => {
    const hit = snap?.get(keys[i]!, input.id);
    cached.push(hit?.analysis);
    return hit ? fromSegmented(input, hit.doc) : buildDocument(input);
  });
  if (snap?.damagedEntries) cacheWarning(snap.file, `has ${snap.damagedEntries} unreadable entries`, 're-analysing those articles');
  ms.documents = elapsed(t);

  t = performance.now();
  const todo: CorpusDocument[] = corpus.documents.filter((_, i) => !cached[i]);
  const bar = opts.progress === false ? null : progress('analysing articles', todo.length);
  const done = await analyseDocuments(todo, { ...opts, onProgress: (n) => bar?.update(n) });
  bar?.end();
  let k = 0;
  const analyses = corpus.documents.map((_, i) => cached[i] ?? done.analyses[k++]!);
  ms.analysis = elapsed(t);

  t = performance.now();
  if (snap) {
    corpus.documents.forEach((d, i) => {
      if (!cached[i]) snap.put(keys[i]!, d, analyses[i]!);
    });
    trySave(() => snap.save(), snap.file);
  }
  ms.save = elapsed(t);

  t = performance.now();
  const kb = assembleKnowledgeBase(corpus, analyses);
  ms.knowledgeBase = elapsed(t);

  t = performance.now();
  const indexes = buildIndexes(kb, opts.cacheDir, read.root, snap ? corpusKey(keys) : null);
  ms.indexes = elapsed(t);
  ms.total = elapsed(t0);
  return {
    kb,
    quoteIndex: indexes.quotes,
    eventIndex: indexes.events,
    report: {
      documents: corpus.documents.length,
      fromSnapshot: corpus.documents.length - todo.length,
      analysed: todo.length,
      analysedChars: todo.reduce((s, d) => s + d.body.length, 0),
      workers: done.workers,
      indexesFromSnapshot: indexes.fromSnapshot,
      ms,
      cache: !!snap,
    },
  };
}

function trySave(save: () => unknown, file: string): void {
  try {
    save();
  } catch (e) {
    log('warn', `snapshot ${file} cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)}); the next start will analyse again`);
  }
}

function buildIndexes(kb: KnowledgeBase, cacheDir: string | null, root: string, corpus: string | null): { quotes: QuoteIndex; events: EventIndex; fromSnapshot: boolean } {
  const code = cacheDir && corpus ? codeVersion([...ANALYSIS_SOURCES, ...INDEX_SOURCES]) : null;
  const snap = cacheDir && code ? IndexSnapshot.open(cacheDir, root, `${code}:${corpus}`) : null;
  if (snap?.problem) cacheWarning(snap.file, snap.problem, 'building the search indexes again');
  if (snap?.size) {
    try {
      const quotes = snap.get<ConstructorParameters<typeof QuoteIndex>[1]>('quotes');
      const events = snap.get<ConstructorParameters<typeof EventIndex>[1]>('events');
      if (quotes && events) return { quotes: new QuoteIndex(kb, quotes), events: new EventIndex(kb, events), fromSnapshot: true };
    } catch (e) {
      cacheWarning(snap.file, `cannot be loaded (${e instanceof Error ? e.message : String(e)})`, 'building the search indexes again');
    }
  }
  const quotes = new QuoteIndex(kb);
  const events = new EventIndex(kb);
  if (snap) trySave(() => snap.save({ quotes, events }), snap.file);
  return { quotes, events, fromSnapshot: false };
}
