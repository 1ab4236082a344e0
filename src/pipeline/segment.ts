/**
 * Stage 2, segmentation: each article's raw text → a document (headline, byline, body …), from
 * the cache when its input is unchanged. Documents are made when first asked for, so that a cold
 * start's analysis can ask for them as it goes: the main thread segments while the workers
 * analyse, instead of segmenting everything before they start.
 */
import { buildCorpus, type Corpus, type CorpusInputs } from '../corpus/load-corpus.ts';
import { buildDocument } from '../documents/build-document.ts';
import { fromSegmented, segmentedFields, type SegmentedFields } from '../documents/portable.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { StageCache } from './stage-cache.ts';

export const isSegmentation = (v: SegmentedFields): boolean =>
  Array.isArray(v?.bodySpans) && typeof v.sources === 'object';

export class Segmenter {
  private readonly docs: (CorpusDocument | undefined)[];
  /** documents whose segmentation came from the cache */
  fromSnapshot = 0;

  constructor(
    readonly read: CorpusInputs,
    private readonly cache: StageCache<SegmentedFields>,
  ) {
    this.docs = new Array<CorpusDocument | undefined>(read.inputs.length);
  }

  get length(): number {
    return this.read.inputs.length;
  }

  /** The id of article `i` (known before it is segmented). */
  id(i: number): string {
    return this.read.inputs[i]!.id;
  }

  /** Article `i` as a document, segmented now if it was not yet. */
  document(i: number): CorpusDocument {
    return (this.docs[i] ??= this.segment(i));
  }

  /** Every document, and the corpus' warnings with the documents' own, in corpus order. */
  corpus(): Corpus {
    return buildCorpus(this.read, (_, i) => this.document(i));
  }

  private segment(i: number): CorpusDocument {
    const input = this.read.inputs[i]!;
    const saved = this.cache.get(i, input.id);
    if (saved) {
      this.fromSnapshot++;
      return fromSegmented(input, saved);
    }
    const doc = buildDocument(input);
    this.cache.put(i, segmentedFields(doc));
    return doc;
  }
}
