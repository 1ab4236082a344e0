/**
 * A worker thread's side of parallel analysis: documents in (plain data), DocumentAnalysis
 * JSON out. The first document that fails stops its batch with the reason.
 */
import { parentPort } from 'node:worker_threads';
import { collectGarbage } from '../collect-garbage.ts';
import { withAnalysis, type PortableDocument } from '../documents/portable.ts';
import { analyseDocument } from '../kb/analyse-document.ts';
import type { DocumentAnalysis } from '../kb/document-analysis.ts';

export interface AnalyseBatch {
  batch: number;
  docs: PortableDocument[];
}

export type AnalysedBatch =
  { batch: number; analyses: DocumentAnalysis[] } | { batch: number; failed: { file: string; message: string } };

/** articles between two full collections: each worker's heap stays near its model and caches, not its garbage */
const COLLECT_EVERY = 200;
let sinceCollected = 0;

parentPort?.on('message', (req: AnalyseBatch) => {
  const analyses: DocumentAnalysis[] = [];
  for (const d of req.docs) {
    try {
      analyses.push(analyseDocument(withAnalysis(d)));
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
  sinceCollected += req.docs.length;
  if (sinceCollected >= COLLECT_EVERY) {
    sinceCollected = 0;
    collectGarbage();
  }
});
