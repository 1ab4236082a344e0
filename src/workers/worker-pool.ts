/**
 * Analyse documents in worker threads (analysis-thread.ts), a few at a time per message so that
 * both cores stay busy whatever the article lengths.
 */
import type { Worker } from 'node:worker_threads';
import { toPortable, type PortableDocument } from '../documents/portable.ts';
import { startWorker } from './start-worker.ts';
import type { DocumentList } from '../documents/types.ts';
import type { AnalyseBatch, AnalysedBatch } from './analysis-thread.ts';
import type { DocumentAnalysis } from '../kb/document-analysis.ts';

const BATCH = 8;
// batches in flight per worker: one being analysed, one waiting, so a worker never idles on a round trip
const IN_FLIGHT = 2;
/**
 * An analysing worker's young generation (V8's default is 48 MB). The analysis allocates fast and
 * most of it dies with its article: with more room, a worker scavenges ~4 times less often (5,000
 * articles: ~420 → ~115 scavenges each) and promotes less to be collected in full later. At 10,000
 * articles on two cores the V8 helper threads' CPU during the analysis went from 22–23 s to 15–18 s
 * (interleaved runs; what remains there is mostly TurboFan compiling), for ~60 MB more RSS per
 * worker at its peak.
 */
const YOUNG_GENERATION_MB = 128;

/** A worker could not start or died: the analysis itself did not fail, so it can be done here instead. */
export class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

/** An article whose analysis threw (in a worker): a bug to report, not to retry. */
export class AnalysisFailure extends Error {
  override readonly name = 'AnalysisFailure';
}

/**
 * The analyses of `docs` (in their order), computed by `workers` threads. `onDone(i, a, json)` is
 * called as each document is done, with the JSON text the analysis came as (progress;
 * already-done work survives a WorkerFailure).
 */
export function analyseInWorkers(
  docs: DocumentList,
  workers: number,
  onDone: (index: number, analysis: DocumentAnalysis, json: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const pool: Worker[] = [];
    let next = 0;
    let finished = 0;
    let settled = false;
    const total = Math.ceil(docs.length / BATCH);
    const stop = (err?: Error): void => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve();
    };
    const send = (w: Worker): void => {
      if (next >= total) return;
      const batch = next++;
      const portable: PortableDocument[] = [];
      // (a list that makes its documents when asked, makes these now)
      for (let i = batch * BATCH; i < Math.min((batch + 1) * BATCH, docs.length); i++)
        portable.push(toPortable(docs.at(i)!));
      const msg: AnalyseBatch = { batch, docs: portable };
      w.postMessage(msg);
    };
    for (let i = 0; i < Math.min(workers, total); i++) {
      const w = startWorker('./analysis-thread', { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB });
      pool.push(w);
      w.on('message', (m: AnalysedBatch) => {
        if ('failed' in m) return stop(new AnalysisFailure(`analysis of ${m.failed.file} failed: ${m.failed.message}`));
        m.analyses.forEach((json, j) => onDone(m.batch * BATCH + j, JSON.parse(json) as DocumentAnalysis, json));
        if (++finished === total) return stop();
        send(w);
      });
      w.on('error', (e) =>
        stop(new WorkerFailure(`a worker thread failed: ${e instanceof Error ? e.message : String(e)}`)),
      );
      w.on('exit', (code) => {
        if (!settled) stop(new WorkerFailure(`a worker thread exited (code ${code}) before the analysis was done`));
      });
      for (let k = 0; k < IN_FLIGHT; k++) send(w);
    }
    if (total === 0) stop();
  });
}
