/** Stage 2, segmentation: each article's raw text → a document (headline, byline, body …), from the cache when its input is unchanged. */
import { buildCorpus, type Corpus, type CorpusInputs } from '../corpus/load-corpus.ts';
import { buildDocument } from '../documents/build-document.ts';
import { fromSegmented, segmentedFields, type SegmentedFields } from '../documents/portable.ts';
import type { StageCache } from './stage-cache.ts';

export const isSegmentation = (v: SegmentedFields): boolean =>
  Array.isArray(v?.bodySpans) && typeof v.sources === 'object';

export function segmentCorpus(
  read: CorpusInputs,
  cache: StageCache<SegmentedFields>,
): { corpus: Corpus; fromSnapshot: number } {
  let fromSnapshot = 0;
  const corpus = buildCorpus(read, (input, i) => {
    const saved = cache.get(i, input.id);
    if (saved) {
      fromSnapshot++;
      return fromSegmented(input, saved);
    }
    const doc = buildDocument(input);
    cache.put(i, segmentedFields(doc));
    return doc;
  });
  return { corpus, fromSnapshot };
}
