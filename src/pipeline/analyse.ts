/** Stage 3, analysis: each document → its people, quotes and dated events; the cache's where it has them, the rest analysed (in worker threads when there are many). */
import type { CorpusDocument } from '../documents/types.ts';
import type { DocumentAnalysis } from '../kb/document-analysis.ts';
import { progress } from '../snapshot/progress.ts';
import { analyseDocuments, type AnalyseOptions } from './analyse-documents.ts';
import type { Segmenter } from './segment.ts';
import type { StageCache } from './stage-cache.ts';

export const isAnalysis = (v: DocumentAnalysis, id: string): boolean => v?.documentId === id;

export interface AnalysedCorpus {
  /** every document's analysis, in corpus order */
  analyses: DocumentAnalysis[];
  /** the documents that were analysed now (the rest came from the cache) */
  analysed: CorpusDocument[];
  workers: number;
}

/**
 * The documents are asked for as the analysis reaches them: those it needs (not cached) are
 * segmented then, beside the workers' analysis, and the rest afterwards.
 */
export async function analyseCorpus(
  documents: Segmenter,
  cache: StageCache<DocumentAnalysis>,
  opts: Omit<AnalyseOptions, 'onProgress'> & { progress?: boolean },
): Promise<AnalysedCorpus> {
  const cached = Array.from({ length: documents.length }, (_, i) => cache.get(i, documents.id(i)));
  const positions: number[] = [];
  cached.forEach((a, i) => a || positions.push(i));
  const bar = opts.progress === false ? null : progress('analysing articles', positions.length);
  // each analysis is cached as it comes (its JSON text goes to the file, not into memory)
  const done = await analyseDocuments(
    { length: positions.length, at: (k) => documents.document(positions[k]!) },
    { ...opts, onProgress: (n) => bar?.update(n), onAnalysed: (k, a, json) => cache.put(positions[k]!, a, json) },
  );
  bar?.end();
  let k = 0;
  const analyses = cached.map((a) => a ?? done.analyses[k++]!);
  return { analyses, analysed: positions.map((i) => documents.document(i)), workers: done.workers };
}
