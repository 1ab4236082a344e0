/**
 * A worker thread's side of parallel analysis: documents in (plain data), DocumentAnalysis
 * JSON out. The first document that fails stops its batch with the reason.
 */
import { parentPort } from 'node:worker_threads';
import { withAnalysis, type PortableDocument } from '../documents/portable.ts';
import { analyseDocument } from './analyse-document.ts';
import type { DocumentAnalysis } from './document-analysis.ts';

export interface AnalyseBatch {
  batch: number;
  docs: PortableDocument[];
}

export type AnalysedBatch = { batch: number; analyses: DocumentAnalysis[] } | { batch: number; failed: { file: string; message: string } };

parentPort?.on('message', (req: AnalyseBatch) => {
  const analyses: DocumentAnalysis[] = [];
  for (const d of req.docs) {
    try {
      analyses.push(analyseDocument(withAnalysis(d)));
    } catch (e) {
      const reply: AnalysedBatch = { batch: req.batch, failed: { file: d.file, message: e instanceof Error ? (e.stack ?? e.message) : String(e) } };
      parentPort?.postMessage(reply);
      return;
    }
  }
  const reply: AnalysedBatch = { batch: req.batch, analyses };
  parentPort?.postMessage(reply);
});
