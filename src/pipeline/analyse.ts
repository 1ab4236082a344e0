/** Stage 3, analysis: each document → its people, quotes and dated events; the cache's where it has them, the rest analysed (in worker threads when there are many). */
import type { Corpus } from '../corpus/load-corpus.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { DocumentAnalysis } from '../kb/document-analysis.ts';
import { progress } from '../snapshot/progress.ts';
import { analyseDocuments, type AnalyseOptions } from './analyse-documents.ts';
import type { StageCache } from './stage-cache.ts';

export const isAnalysis = (v: DocumentAnalysis, id: string): boolean => v?.documentId === id;

export interface AnalysedCorpus {
  /** every document's analysis, in corpus order */
  analyses: DocumentAnalysis[];
  /** the documents that were analysed now (the rest came from the cache) */
  analysed: CorpusDocument[];
  workers: number;
}

export async function analyseCorpus(
  corpus: Corpus,
  cache: StageCache<DocumentAnalysis>,
  opts: Omit<AnalyseOptions, 'onProgress'> & { progress?: boolean },
): Promise<AnalysedCorpus> {
  const cached = corpus.documents.map((d, i) => cache.get(i, d.id));
  const positions: number[] = [];
  cached.forEach((a, i) => a || positions.push(i));
  const analysed = positions.map((i) => corpus.documents[i]!);
  const bar = opts.progress === false ? null : progress('analysing articles', analysed.length);
  // each analysis is cached as it comes (its JSON text goes to the file, not into memory)
  const done = await analyseDocuments(analysed, {
    ...opts,
    onProgress: (n) => bar?.update(n),
    onAnalysed: (k, a, json) => cache.put(positions[k]!, a, json),
  });
  bar?.end();
  let k = 0;
  const analyses = corpus.documents.map((_, i) => cached[i] ?? done.analyses[k++]!);
  return { analyses, analysed, workers: done.workers };
}
