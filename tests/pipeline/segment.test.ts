/** Documents made when first asked for (a cold start segments beside its analysis) are the ones made all at once. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { loadCorpus, readCorpus } from '../../src/corpus/load-corpus.ts';
import type { SegmentedFields } from '../../src/documents/portable.ts';
import { analyseCorpus } from '../../src/pipeline/analyse.ts';
import { Segmenter } from '../../src/pipeline/segment.ts';
import { StageCache } from '../../src/pipeline/stage-cache.ts';
import type { DocumentAnalysis } from '../../src/kb/document-analysis.ts';
import { analyseDocument } from '../../src/kb/analyse-document.ts';

const noCache = <T>(kind: string): StageCache<T> => StageCache.open<T>(null, kind, [], () => true, 'again');

describe('Segmenter', () => {
  it('gives the corpus loadCorpus gives, whatever order its documents were asked for in', async () => {
    const read = await readCorpus(DEFAULT_CORPUS_DIR);
    const s = new Segmenter(read, noCache<SegmentedFields>('documents'));
    const last = s.document(read.inputs.length - 1);
    const first = s.document(0);
    expect(s.id(0)).toBe(first.id);
    // made once: asking again gives the same document
    expect(s.document(0)).toBe(first);
    const corpus = s.corpus();
    expect(corpus.documents[0]).toBe(first);
    expect(corpus.documents.at(-1)).toBe(last);
    const whole = await loadCorpus(DEFAULT_CORPUS_DIR);
    expect(corpus.documents).toEqual(whole.documents);
    expect(corpus.warnings).toEqual(whole.warnings);
  });

  it('is asked for each document only as the analysis reaches it', async () => {
    const read = await readCorpus(DEFAULT_CORPUS_DIR);
    const s = new Segmenter(read, noCache<SegmentedFields>('documents'));
    const made: number[] = [];
    const document = s.document.bind(s);
    s.document = (i: number) => {
      if (!made.includes(i)) made.push(i);
      return document(i);
    };
    const seen: number[][] = [];
    const r = await analyseCorpus(s, noCache<DocumentAnalysis>('analyses'), {
      workers: 0,
      progress: false,
      analyse: (d) => {
        seen.push([...made]);
        return analyseDocument(d);
      },
    });
    // when article k is analysed, only articles 0..k have been segmented
    expect(seen).toEqual(read.inputs.map((_, k) => Array.from({ length: k + 1 }, (_, j) => j)));
    expect(r.analyses.map((a) => a.documentId)).toEqual(read.inputs.map((d) => d.id));
  });
});
