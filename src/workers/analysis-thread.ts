/**
 * A worker thread's side of parallel analysis: documents in (plain data), each DocumentAnalysis
 * out as its JSON text (the main thread parses it, and caches that text as it is instead of
 * serialising the analysis again). The first document that fails stops its batch with the reason.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { collectGarbage } from '../collect-garbage.ts';
import { withAnalysis, type PortableDocument } from '../documents/portable.ts';
import { analyseDocument } from '../kb/analyse-document.ts';

export interface AnalyseBatch {
  batch: number;
  docs: PortableDocument[];
}

export type AnalysedBatch =
  { batch: number; analyses: string[] } | { batch: number; failed: { file: string; message: string } };

/**
 * A worker collects in full when its heap holds more than this after a batch, so that it stays
 * near its model and caches rather than carrying its garbage (peak RSS at 10,000 articles). Not on
 * a fixed count of articles: collecting every 200 articles cost 10 s of CPU per 5,000 (a forced
 * collection also shrinks the heap's limits, so V8's own collections come sooner after it),
 * about a quarter of the two workers' time at 10,000; this bound is crossed a few times per worker.
 */
const COLLECT_ABOVE = 256 * 2 ** 20;

parentPort?.on('message', (req: AnalyseBatch) => {
  const analyses: string[] = [];
  for (const d of req.docs) {
    try {
      analyses.push(JSON.stringify(analyseDocument(withAnalysis(d))));
    } catch (e) {
      const reply: AnalysedBatch = {
        batch: req.batch,
        failed: { file: d.file, message: e instanceof Error ? (e.stack ?? e.message) : String(e) },
      };
      parentPort?.postMessage(reply);
      return;
    }
  }
  const reply: AnalysedBatch = { batch: req.batch, analyses };
  parentPort?.postMessage(reply);
  if (getHeapStatistics().used_heap_size > COLLECT_ABOVE) collectGarbage();
});
