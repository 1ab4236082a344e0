/**
 * What every quote and statement means, as one vector each (the word vectors' mean over its words,
 * each weighted by how rare it is among the records, int8), so that a claim in other words finds
 * them: "woods and marshes protect towns from floods" is near "forests and wetlands are nature's
 * flood control". Built on first use; a scan of every record is a few milliseconds at 10,000
 * articles (~180,000 records, 100 bytes each).
 */
import { STOP_WORDS } from '../analysis/people/lexicon.ts';
import type { KnowledgeBase, QuoteRecord, StatementRecord } from '../kb/types.ts';
import { foldText } from '../text/fold.ts';
import { VECTOR_DIMS, type WordVectors } from './word-vectors.ts';

export type MeaningHit = { quote: QuoteRecord; cosine: number } | { statement: StatementRecord; cosine: number };

/** The words of a text that carry meaning: folded, three letters or more, no function words. */
export function meaningWords(text: string): string[] {
  return foldText(text)
    .replace(/['’]s\b/g, '')
    .split(/[^a-z']+/)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

export class MeaningIndex {
  private constructor(
    private readonly vectors: WordVectors,
    private readonly records: readonly (QuoteRecord | StatementRecord)[],
    private readonly quoteCount: number,
    private readonly data: Int8Array,
    private readonly df: ReadonlyMap<string, number>,
  ) {}

  static build(kb: KnowledgeBase, vectors: WordVectors): MeaningIndex {
    const records = [...kb.quotes, ...kb.statements];
    // (each record's words are read twice, not kept: at 10,000 articles they would be ~180,000 arrays)
    const df = new Map<string, number>();
    for (const r of records)
      for (const w of new Set(meaningWords(r.text))) if (vectors.has(w)) df.set(w, (df.get(w) ?? 0) + 1);
    const index = new MeaningIndex(vectors, records, kb.quotes.length, new Int8Array(records.length * VECTOR_DIMS), df);
    const raw = index.data;
    const mean = new Float64Array(VECTOR_DIMS);
    let n = 0;
    records.forEach((r, i) => {
      const v = vectors.embed(meaningWords(r.text), index.weight);
      if (!v) return;
      n++;
      for (let k = 0; k < VECTOR_DIMS; k++) {
        raw[i * VECTOR_DIMS + k] = Math.round(v[k]! * 127);
        mean[k]! += v[k]!;
      }
    });
    // every text's mean shares a common direction (what all news sounds like): taken out, in place, so
    // that the cosine of unrelated texts is near 0 and not near 0.6
    for (let k = 0; k < VECTOR_DIMS; k++) index.mean[k] = n ? mean[k]! / n : 0;
    const v = new Float32Array(VECTOR_DIMS);
    for (let i = 0; i < records.length; i++) {
      let any = false;
      for (let k = 0; k < VECTOR_DIMS; k++) any = (v[k] = raw[i * VECTOR_DIMS + k]! / 127) !== 0 || any;
      const c = any ? centred(v, index.mean) : null;
      for (let k = 0; k < VECTOR_DIMS; k++) raw[i * VECTOR_DIMS + k] = c ? Math.round(c[k]! * 127) : 0;
    }
    return index;
  }

  private readonly mean = new Float32Array(VECTOR_DIMS);

  /** A rare word weighs more: log of the records over those holding it. */
  private readonly weight = (w: string): number =>
    Math.log((this.records.length + 1) / ((this.df.get(w) ?? 0) + 1)) + 1;

  /** The unit vector of some words, the common direction taken out, or null when none of them has a vector. */
  vectorOf(words: readonly string[]): Float32Array | null {
    const v = this.vectors.embed(words, this.weight);
    return v && centred(v, this.mean);
  }

  /** The `k` quotes and statements nearest in meaning to `v` (cosine, highest first). */
  nearest(v: Float32Array, k: number): MeaningHit[] {
    // the best k so far, kept sorted in two typed arrays (no object per record: this scans them all)
    const at = new Int32Array(k).fill(-1);
    const cs = new Float64Array(k).fill(-Infinity);
    const n = this.records.length;
    // the query as int8 too: integer products, inline, are what makes a scan of every record cheap
    const q = new Int8Array(VECTOR_DIMS);
    for (let d = 0; d < VECTOR_DIMS; d++) q[d] = Math.round(v[d]! * 127);
    const data = this.data;
    for (let i = 0; i < n; i++) {
      let dot = 0;
      for (let d = 0, base = i * VECTOR_DIMS; d < VECTOR_DIMS; d++) dot = (dot + data[base + d]! * q[d]!) | 0;
      const c = dot / (127 * 127);
      if (c <= cs[k - 1]!) continue;
      let j = k - 1;
      while (j > 0 && cs[j - 1]! < c) {
        cs[j] = cs[j - 1]!;
        at[j] = at[j - 1]!;
        j--;
      }
      cs[j] = c;
      at[j] = i;
    }
    const out: MeaningHit[] = [];
    for (let j = 0; j < k && at[j]! >= 0; j++) if (cs[j]! > 0) out.push(this.hit(at[j]!, cs[j]!));
    return out;
  }

  /** The `k` records of one speaker (a person's id) nearest in meaning to `v`. */
  nearestOf(speakerId: string, v: Float32Array, k: number): MeaningHit[] {
    this.bySpeaker_ ??= speakerLists(this.records);
    return (this.bySpeaker_.get(speakerId) ?? [])
      .map((i) => ({ i, c: this.cosineAt(i, v) }))
      .sort((a, b) => b.c - a.c)
      .slice(0, k)
      .map(({ i, c }) => this.hit(i, c));
  }

  private bySpeaker_: Map<string, number[]> | null = null;

  /** The cosine of a quote's or statement's meaning with `v` (0 for a record with no words of meaning). */
  cosine(record: QuoteRecord | StatementRecord, v: Float32Array): number {
    const i = this.positions.get(record.id);
    return i === undefined ? 0 : this.cosineAt(i, v);
  }

  private positions_: Map<string, number> | null = null;
  private get positions(): Map<string, number> {
    return (this.positions_ ??= new Map(this.records.map((r, i) => [r.id, i])));
  }

  private cosineAt(i: number, v: Float32Array): number {
    let s = 0;
    const at = i * VECTOR_DIMS;
    for (let k = 0; k < VECTOR_DIMS; k++) s += this.data[at + k]! * v[k]!;
    return s / 127;
  }

  private hit(i: number, cosine: number): MeaningHit {
    const r = this.records[i]!;
    return i < this.quoteCount ? { quote: r as QuoteRecord, cosine } : { statement: r as StatementRecord, cosine };
  }
}

/** v less the mean, unit length again (null when nothing is left) */
function centred(v: Float32Array, mean: Float32Array): Float32Array | null {
  const c = new Float32Array(VECTOR_DIMS);
  let norm = 0;
  for (let k = 0; k < VECTOR_DIMS; k++) {
    c[k] = v[k]! - mean[k]!;
    norm += c[k]! * c[k]!;
  }
  if (norm < 1e-9) return null;
  norm = Math.sqrt(norm);
  for (let k = 0; k < VECTOR_DIMS; k++) c[k]! /= norm;
  return c;
}

/** the positions of each person's records */
function speakerLists(records: readonly (QuoteRecord | StatementRecord)[]): Map<string, number[]> {
  const lists = new Map<string, number[]>();
  records.forEach((r, i) => {
    if (r.speakerId) (lists.get(r.speakerId) ?? lists.set(r.speakerId, []).get(r.speakerId)!).push(i);
  });
  return lists;
}
