/** Parallel analysis: worker threads (running TypeScript through tsx) give what the main thread gives. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { analyseDocument } from '../../src/kb/analyse-document.ts';
import { analyseDocuments, PARALLEL_THRESHOLD, workerCount } from '../../src/pipeline/analyse-documents.ts';
import { runEntry } from '../support/run-script.ts';

const corpus = await loadCorpus(DEFAULT_CORPUS_DIR);
const NO_TOKEN = { DISCORD_TOKEN: undefined, CORPUS_DIR: undefined, SOURCEBOT_CACHE_DIR: 'off' };

describe('analysis in worker threads', () => {
  it('gives the same analyses, in corpus order, as the main thread', async () => {
    const seen: number[] = [];
    const handed = new Map<number, { analysis: unknown; json: string | undefined }>();
    const r = await analyseDocuments(corpus.documents, {
      workers: 2,
      onProgress: (n) => seen.push(n),
      onAnalysed: (i, analysis, json) => handed.set(i, { analysis, json }),
    });
    expect(r.workers).toBe(2);
    expect(r.analyses).toEqual(corpus.documents.map(analyseDocument));
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    // each analysis handed on as it is done, with the JSON text it came in (the cache writes it as it is)
    expect([...handed.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
    for (const [i, h] of handed) {
      expect(h.analysis).toBe(r.analyses[i]);
      expect(h.json).toBe(JSON.stringify(r.analyses[i]));
    }
  });

  it('has no JSON text to hand on for analyses made in this thread', async () => {
    const handed: [number, string | undefined][] = [];
    const r = await analyseDocuments(corpus.documents.slice(0, 2), {
      workers: 0,
      onAnalysed: (i, _a, json) => handed.push([i, json]),
    });
    expect(r.workers).toBe(0);
    expect(handed).toEqual([
      [0, undefined],
      [1, undefined],
    ]);
  });

  it('is used only for a large corpus unless asked for', () => {
    expect(workerCount(PARALLEL_THRESHOLD, 'auto')).toBe(0);
    expect(workerCount(PARALLEL_THRESHOLD + 1, 'auto')).toBeGreaterThanOrEqual(1);
    expect(workerCount(0, 2)).toBe(0);
    expect(workerCount(1, 2)).toBe(1);
    expect(workerCount(5000, 0)).toBe(0);
  });

  it('works in the entry points (node --import tsx), with the same export as without workers', async () => {
    const [withWorkers, without] = await Promise.all([
      runEntry('src/cli/export.ts', [], { env: { ...NO_TOKEN, SOURCEBOT_WORKERS: '2' } }),
      runEntry('src/cli/export.ts', [], { env: { ...NO_TOKEN, SOURCEBOT_WORKERS: '0' } }),
    ]);
    expect(withWorkers.code).toBe(0);
    expect(withWorkers.stdout).toBe(without.stdout);
    expect(withWorkers.stderr).toMatch(/5 analysed in .* by 2 workers/);
    expect(without.stderr).not.toMatch(/workers/);
  });
});
