/**
 * Analyse the documents a corpus needs analysed: in this thread when there are few, in worker
 * threads (one per core) when there are many. Progress goes to `onProgress`.
 */
import { availableParallelism } from 'node:os';
import type { CorpusDocument, DocumentList } from '../documents/types.ts';
import { log } from '../log.ts';
import { analyseDocument } from '../kb/analyse-document.ts';
import { analyseInWorkers, WorkerFailure } from '../workers/worker-pool.ts';
import type { DocumentAnalysis } from '../kb/document-analysis.ts';

/** Below this many documents to analyse, starting threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;

export interface AnalyseOptions {
  /**
   * Worker threads: 'auto' (one per core, at most 8, when more than PARALLEL_THRESHOLD documents
   * are to be analysed), 0 for none, or a number to use whenever there is anything to analyse.
   */
  workers?: number | 'auto';
  /** the analysis in this thread (tests count its calls); forces workers off */
  analyse?: (doc: CorpusDocument) => DocumentAnalysis;
  onProgress?: (done: number) => void;
  /**
   * each analysis as it is done (`index` into the documents), with the JSON text it came as
   * from a worker (a cache writes it as it is, and need not hold it)
   */
  onAnalysed?: (index: number, analysis: DocumentAnalysis, json?: string) => void;
}

/** SOURCEBOT_WORKERS: a number of worker threads, or unset/"auto". */
export function workersFromEnv(env: NodeJS.ProcessEnv = process.env): number | 'auto' {
  const v = env.SOURCEBOT_WORKERS;
  return v && /^\d+$/.test(v) ? Number(v) : 'auto';
}

export function workerCount(documents: number, option: number | 'auto'): number {
  if (option !== 'auto') return documents > 0 ? Math.min(option, documents) : 0;
  return documents > PARALLEL_THRESHOLD ? Math.min(availableParallelism(), 8) : 0;
}

export interface AnalysedDocuments {
  /** in the order of the documents */
  analyses: DocumentAnalysis[];
  /** how many threads did the work */
  workers: number;
}

/** `docs` in order: workers ask for them as they go (a list may make each document only then). */
export async function analyseDocuments(docs: DocumentList, opts: AnalyseOptions = {}): Promise<AnalysedDocuments> {
  const out: (DocumentAnalysis | undefined)[] = new Array<DocumentAnalysis | undefined>(docs.length);
  let done = 0;
  const finish = (i: number, a: DocumentAnalysis, text?: string): void => {
    out[i] = a;
    opts.onAnalysed?.(i, a, text);
    opts.onProgress?.(++done);
  };
  let workers = opts.analyse ? 0 : workerCount(docs.length, opts.workers ?? 'auto');
  if (workers > 0) {
    try {
      await analyseInWorkers(docs, workers, finish);
    } catch (e) {
      if (!(e instanceof WorkerFailure)) throw e;
      log('warn', `${e.message}; analysing the remaining articles in the main thread`);
      workers = 0;
    }
  }
  const analyse = opts.analyse ?? analyseDocument;
  for (let i = 0; i < docs.length; i++) {
    if (out[i]) continue;
    const d = docs.at(i)!;
    try {
      finish(i, analyse(d));
    } catch (e) {
      throw new Error(`analysis of ${d.file} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
  }
  return { analyses: out as DocumentAnalysis[], workers };
}
