/**
 * MiniSearch, built as usual (its tokenizer, term processing and `addAll`), then frozen into a
 * compact read-only form with a search of our own:
 *
 * - postings in typed arrays: every word's (document, frequency) pairs per field in one array of
 *   short ids and one of frequencies, instead of a Map per word and field (a third of the memory,
 *   and a snapshot that loads as a few strings instead of millions of objects); the words stay in
 *   MiniSearch's radix tree (SearchableMap), which answers exact, prefix and typo look-ups;
 * - a query intersects its words' postings rarest first and scores only the documents that
 *   survive, keeping the best `limit`, with MiniSearch's BM25 and prefix/typo weights. Its own
 *   search scores every posting of every word and expansion before combining: a common word or
 *   a short prefix costs tens of thousands of postings even when a rare word leaves a handful.
 *
 * Freezing reads MiniSearch's protected fields (as a subclass may), so the package version is
 * pinned in package.json; `tests/search/ranked-search.test.ts` checks the answers against
 * MiniSearch's own search on the same documents.
 */
import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';

/** One word of a query and how loosely it may match. */
export interface TermSpec {
  term: string;
  prefix: boolean;
  /** MiniSearch's fuzzy: a share of the word's length (< 1) or a number of edits */
  fuzzy: number | false;
}

export interface RankedOptions {
  boost: Record<string, number>;
  /** every word (AND) or any of them (OR, a document matching more words ranks higher) */
  combine: 'AND' | 'OR';
  /** at most this many results */
  limit: number;
  keep?: ((id: string) => boolean) | undefined;
}

export interface Ranked {
  id: string;
  score: number;
}

export interface RankedResults {
  /** the best `limit` documents, best first */
  results: Ranked[];
  /** more documents matched than were returned */
  more: boolean;
}

/** The frozen index as saved in the snapshot: plain JSON, the arrays as base64. */
export interface PackedJSON {
  format: typeof FORMAT;
  fieldIds: Record<string, number>;
  documentCount: number;
  averageFieldLength: number[];
  /** document ids by short id */
  documentIds: string[];
  /** the words, one per line, in entry order */
  terms: string;
  /** base64 of: offsets (Uint32, entries × fields + 1), ids (Uint32), freqs (Uint16), lengths (Uint16, fields × documents) */
  offsets: string;
  ids: string;
  freqs: string;
  lengths: string;
}

const FORMAT = 'sourcebot-ranked-1';

/** A lone word that stands for many (a prefix, a typo) is scored over this many postings times the limit, its closest expansions first. */
const LONE_EXPANSION_POSTINGS = 8;

/** One way a query word matches: an indexed word, its weight (1 as typed, less for a prefix or typo), and its postings per field (ranges of the posting arrays). */
interface Expansion {
  weight: number;
  fields: { fieldId: number; boost: number; idf: number; start: number; end: number }[];
}

// MiniSearch's defaults (options.searchOptions), which the indexes here do not change
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

type FieldTermData = Map<number, Map<number, number>>;

/** The read-only form: words → entry numbers, and the posting arrays. */
interface Frozen {
  terms: SearchableMap<number>;
  fields: number;
  offsets: Uint32Array;
  ids: Uint32Array;
  freqs: Uint16Array;
  /** field length by field × documents + short id */
  lengths: Uint16Array;
  documentIds: string[];
  documentCount: number;
  avg: number[];
}

const toBase64 = (a: ArrayBufferView): string => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

/** Postings as they are made: parallel typed arrays that double when full. */
class Postings {
  slot = new Int32Array(1 << 16);
  doc = new Int32Array(1 << 16);
  freq = new Int32Array(1 << 16);
  size = 0;
  add(slot: number, doc: number, freq: number): void {
    if (this.size === this.slot.length) {
      const grow = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.slot = grow(this.slot);
      this.doc = grow(this.doc);
      this.freq = grow(this.freq);
    }
    this.slot[this.size] = slot;
    this.doc[this.size] = doc;
    this.freq[this.size] = freq;
    this.size++;
  }
}

/**
 * The typed array the base64 holds: a view of the decoded bytes when they are aligned for its
 * elements (a large Buffer has memory of its own), else a copy (a small one may sit unaligned in
 * Buffer's shared pool).
 */
function fromBase64<T extends Uint32Array | Uint16Array>(
  b64: string,
  Typed: { new (n: number): T; new (b: ArrayBuffer, offset: number, n: number): T; BYTES_PER_ELEMENT: number },
): T {
  const bytes = Buffer.from(b64, 'base64');
  const size = Typed.BYTES_PER_ELEMENT;
  const n = bytes.length / size;
  if (!Number.isInteger(n)) throw new Error('a saved RankedSearch index does not fit together');
  if (bytes.byteOffset % size === 0 && bytes.byteLength >= Buffer.poolSize && bytes.buffer instanceof ArrayBuffer)
    return new Typed(bytes.buffer, bytes.byteOffset, n);
  const out = new Typed(n);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

export class RankedSearch<T> extends MiniSearch<T> {
  private frozen: Frozen | null = null;
  private score = new Float64Array(0);
  private level = new Int32Array(0);
  private stamp = new Uint32Array(0);
  private generation = 0;

  /**
   * The frozen index of these documents, made directly: what `addAll` then `freeze` make
   * (MiniSearch's tokenizer, term processing, field lengths and averages, in its order), without
   * MiniSearch's map per word and field, which costs most of the building time at scale.
   */
  static build<T>(documents: Iterable<T>, options: Options<T>): RankedSearch<T> {
    const self = new RankedSearch<T>(options);
    const { fields: names, idField, extractField, stringifyField, tokenize, processTerm } = self._options;
    const fields = names.length;
    const termIds = new Map<string, number>();
    // every posting in the order made (documents ascending): its slot (word k, field f: k × fields
    // + f), document and frequency, in flat arrays (an array per slot was millions of small arrays
    // to allocate and collect); grouped by slot at the end by a counting sort, which keeps the order
    const postings = new Postings();
    const documentIds: string[] = [];
    const lengths: number[][] = names.map(() => []);
    const avg: number[] = [];
    const counts = new Map<string, number>();
    for (const document of documents) {
      const id = extractField(document, idField) as unknown;
      if (typeof id !== 'string' && typeof id !== 'number')
        throw new Error(`RankedSearch: document does not have a string or number ID field "${idField}"`);
      const short = documentIds.length;
      documentIds.push(String(id));
      names.forEach((field, f) => {
        const value = extractField(document, field) as unknown;
        if (value == null) return;
        const tokens = tokenize(stringifyField(value, field), field);
        // as MiniSearch: the length is the number of distinct tokens, the average over every document so far
        const length = new Set(tokens).size;
        lengths[f]![short] = length;
        avg[f] = ((avg[f] ?? 0) * short + length) / (short + 1);
        counts.clear();
        for (const token of tokens) {
          const processed = processTerm(token, field);
          for (const t of Array.isArray(processed) ? processed : [processed])
            if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
        }
        for (const [t, n] of counts) {
          let k = termIds.get(t);
          if (k === undefined) termIds.set(t, (k = termIds.size));
          postings.add(k * fields + f, short, n);
        }
      });
    }
    const slots = termIds.size * fields;
    const offsets = new Uint32Array(slots + 1);
    for (let i = 0; i < postings.size; i++) offsets[postings.slot[i]! + 1]!++;
    for (let slot = 0; slot < slots; slot++) offsets[slot + 1]! += offsets[slot]!;
    const ids = new Uint32Array(postings.size);
    const freqArray = new Uint16Array(postings.size);
    const next = offsets.slice(0, slots);
    for (let i = 0; i < postings.size; i++) {
      const at = next[postings.slot[i]!]!++;
      ids[at] = postings.doc[i]!;
      freqArray[at] = Math.min(postings.freq[i]!, 0xffff);
    }
    const size = documentIds.length;
    const lengthArray = new Uint16Array(fields * size);
    lengths.forEach((perDoc, f) =>
      perDoc.forEach((n, short) => void (lengthArray[f * size + short] = Math.min(n, 0xffff))),
    );
    const terms = new SearchableMap<number>();
    for (const [t, k] of termIds) terms.set(t, k);
    self._documentCount = size;
    self._nextId = size;
    self.frozen = {
      terms,
      fields,
      offsets,
      ids,
      freqs: freqArray,
      lengths: lengthArray,
      documentIds,
      documentCount: size,
      avg: names.map((_, f) => avg[f] ?? 0),
    };
    return self;
  }

  /**
   * Turn the index built by `add`/`addAll` into its compact read-only form, dropping
   * MiniSearch's maps (its own `search` finds nothing afterwards: use `searchRanked`).
   */
  freeze(): this {
    if (this.frozen) return this;
    const fields = Object.keys(this._fieldIds).length;
    // short ids as MiniSearch numbered them (dense unless documents were removed)
    const size = this._nextId;
    const documentIds: string[] = new Array<string>(size);
    for (const [short, id] of this._documentIds) documentIds[short] = String(id);
    const lengths = new Uint16Array(fields * size);
    for (const [short, perField] of this._fieldLength)
      perField.forEach((n, f) => void (lengths[f * size + short] = Math.min(n ?? 0, 0xffff)));
    let entries = 0;
    let postings = 0;
    for (const [, data] of this._index as unknown as Iterable<[string, FieldTermData]>) {
      entries++;
      for (const docs of data.values()) postings += docs.size;
    }
    const offsets = new Uint32Array(entries * fields + 1);
    const ids = new Uint32Array(postings);
    const freqs = new Uint16Array(postings);
    const terms = new SearchableMap<number>();
    let k = 0;
    let at = 0;
    for (const [term, data] of this._index as unknown as Iterable<[string, FieldTermData]>) {
      terms.set(term, k);
      for (let f = 0; f < fields; f++) {
        offsets[k * fields + f] = at;
        const docs = [...(data.get(f) ?? [])].sort((a, b) => a[0] - b[0]);
        for (const [doc, freq] of docs) {
          ids[at] = doc;
          freqs[at++] = Math.min(freq, 0xffff);
        }
      }
      k++;
    }
    offsets[entries * fields] = at;
    this.frozen = {
      terms,
      fields,
      offsets,
      ids,
      freqs,
      lengths,
      documentIds,
      documentCount: this._documentCount,
      avg: [...this._avgFieldLength],
    };
    this._index.clear();
    this._documentIds = new Map();
    this._idToShortId = new Map();
    this._fieldLength = new Map();
    return this;
  }

  /** The frozen index as JSON for the snapshot (freezing it first). */
  pack(): PackedJSON {
    const z = this.freeze().frozen!;
    const words: string[] = [];
    for (const [term, k] of z.terms) words[k] = term;
    return {
      format: FORMAT,
      fieldIds: this._fieldIds,
      documentCount: z.documentCount,
      averageFieldLength: z.avg,
      documentIds: z.documentIds,
      terms: words.join('\n'),
      offsets: toBase64(z.offsets),
      ids: toBase64(z.ids),
      freqs: toBase64(z.freqs),
      lengths: toBase64(z.lengths),
    };
  }

  /** An index saved by `pack` (same options); throws on anything else. */
  static unpack<T>(js: PackedJSON, options: Options<T>): RankedSearch<T> {
    if (js?.format !== FORMAT) throw new Error('not a saved RankedSearch index');
    const self = new RankedSearch<T>(options);
    const fields = Object.keys(js.fieldIds).length;
    const words = js.terms ? js.terms.split('\n') : [];
    const offsets = fromBase64(js.offsets, Uint32Array);
    const ids = fromBase64(js.ids, Uint32Array);
    const freqs = fromBase64(js.freqs, Uint16Array);
    const lengths = fromBase64(js.lengths, Uint16Array);
    if (
      offsets.length !== words.length * fields + 1 ||
      offsets[offsets.length - 1] !== ids.length ||
      freqs.length !== ids.length ||
      lengths.length !== fields * js.documentIds.length
    )
      throw new Error('a saved RankedSearch index does not fit together');
    const terms = new SearchableMap<number>();
    words.forEach((w, k) => terms.set(w, k));
    self._fieldIds = js.fieldIds;
    self._documentCount = js.documentCount;
    self.frozen = {
      terms,
      fields,
      offsets,
      ids,
      freqs,
      lengths,
      documentIds: js.documentIds,
      documentCount: js.documentCount,
      avg: js.averageFieldLength,
    };
    return self;
  }

  private get z(): Frozen {
    return this.freeze().frozen!;
  }

  override get documentCount(): number {
    return this.frozen ? this.frozen.documentCount : this._documentCount;
  }

  /** Postings of the word as indexed (0 when the index does not have it), over all fields. */
  postings(term: string): number {
    const z = this.z;
    const k = z.terms.get(term);
    return k === undefined ? 0 : z.offsets[(k + 1) * z.fields]! - z.offsets[k * z.fields]!;
  }

  /** The words a query word matches, as MiniSearch expands them: as typed, longer words it begins (prefix), words within the edit distance (fuzzy). */
  private expansions(spec: TermSpec, boost: Record<string, number>): Expansion[] {
    const z = this.z;
    const out: Expansion[] = [];
    const add = (k: number | undefined, weight: number): void => {
      if (k === undefined) return;
      const fields: Expansion['fields'] = [];
      for (const [name, b] of Object.entries(boost)) {
        const fieldId = this._fieldIds[name];
        if (fieldId === undefined) continue;
        const start = z.offsets[k * z.fields + fieldId]!;
        const end = z.offsets[k * z.fields + fieldId + 1]!;
        const n = end - start;
        if (!n) continue;
        fields.push({ fieldId, boost: b, idf: Math.log(1 + (z.documentCount - n + 0.5) / (n + 0.5)), start, end });
      }
      if (fields.length) out.push({ weight, fields });
    };
    const { term } = spec;
    add(z.terms.get(term), 1);
    const prefixed = new Set<string>();
    if (spec.prefix) {
      for (const [t, k] of z.terms.atPrefix(term)) {
        const distance = t.length - term.length;
        if (!distance) continue;
        prefixed.add(t);
        add(k, (WEIGHTS.prefix * t.length) / (t.length + 0.3 * distance));
      }
    }
    if (spec.fuzzy !== false) {
      const max = spec.fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * spec.fuzzy)) : spec.fuzzy;
      if (max > 0) {
        for (const [t, [k, distance]] of z.terms.fuzzyGet(term, max)) {
          if (!distance || prefixed.has(t)) continue;
          add(k, (WEIGHTS.fuzzy * t.length) / (t.length + distance));
        }
      }
    }
    return out;
  }

  /** The frequency of a posting range's document, or -1 (binary search: ids are ascending). */
  private freqOf(start: number, end: number, doc: number): number {
    const ids = this.z.ids;
    let lo = start;
    let hi = end;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ids[mid]! < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo < end && ids[lo] === doc ? this.z.freqs[lo]! : -1;
  }

  /**
   * The best `limit` documents for the words, best first. Scores are MiniSearch's (BM25 per
   * word, field and expansion, summed; in OR, times the number of words matched), so the order
   * is the one its own search gives.
   */
  searchRanked(specs: readonly TermSpec[], o: RankedOptions): RankedResults {
    if (!specs.length) return { results: [], more: false };
    const z = this.z;
    const size = z.documentIds.length;
    if (this.score.length < size) {
      this.score = new Float64Array(size);
      this.level = new Int32Array(size);
      this.stamp = new Uint32Array(size);
    }
    const { ids, freqs, lengths, avg } = z;
    const score = this.score;
    const level = this.level;
    const stamp = this.stamp;
    const gen = ++this.generation;
    const terms = specs.map((s) => this.expansions(s, o.boost));
    let capped = false;
    if (terms.length === 1 && terms[0]!.length > 1) {
      // one half-typed or misspelt word can stand for thousands of words and hundreds of
      // thousands of postings: its closest expansions (highest weight) fill the page long before
      const [kept, cut] = closest(terms[0]!, o.limit * LONE_EXPANSION_POSTINGS);
      terms[0] = kept;
      capped = cut;
    }
    const cost = terms.map((t) => t.reduce((n, e) => n + e.fields.reduce((m, f) => m + f.end - f.start, 0), 0));
    const bm25 = (f: Expansion['fields'][number], weight: number, freq: number, doc: number): number =>
      weight *
      f.boost *
      f.idf *
      (BM25.d +
        (freq * (BM25.k + 1)) /
          (freq + BM25.k * (1 - BM25.b + (BM25.b * lengths[f.fieldId * size + doc]!) / avg[f.fieldId]!)));
    let candidates: number[] = [];
    /** a document's first posting in this search: a candidate with no score yet */
    const touch = (doc: number, firstLevel: number): void => {
      if (stamp[doc] === gen) return;
      stamp[doc] = gen;
      score[doc] = 0;
      level[doc] = firstLevel;
      candidates.push(doc);
    };

    if (o.combine === 'AND') {
      if (cost.some((c) => c === 0)) return { results: [], more: false };
      const order = terms.map((_, i) => i).sort((a, b) => cost[a]! - cost[b]!);
      order.forEach((ti, k) => {
        const expansions = terms[ti]!;
        if (k === 0) {
          for (const e of expansions)
            for (const f of e.fields)
              for (let i = f.start; i < f.end; i++) {
                const doc = ids[i]!;
                touch(doc, 1);
                score[doc]! += bm25(f, e.weight, freqs[i]!, doc);
              }
          return;
        }
        if (!candidates.length) return;
        const ranges = expansions.reduce((n, e) => n + e.fields.length, 0);
        if (cost[ti]! <= candidates.length * ranges * 8) {
          // walk this word's postings, counting only documents that had every word before it
          for (const e of expansions)
            for (const f of e.fields)
              for (let i = f.start; i < f.end; i++) {
                const doc = ids[i]!;
                if (stamp[doc] !== gen || level[doc]! < k) continue;
                level[doc] = k + 1;
                score[doc]! += bm25(f, e.weight, freqs[i]!, doc);
              }
          candidates = candidates.filter((doc) => level[doc] === k + 1);
        } else {
          // few candidates, a common word: look each candidate up in its postings
          candidates = candidates.filter((doc) => {
            let found = false;
            for (const e of expansions)
              for (const f of e.fields) {
                const freq = this.freqOf(f.start, f.end, doc);
                if (freq < 0) continue;
                found = true;
                score[doc]! += bm25(f, e.weight, freq, doc);
              }
            return found;
          });
        }
      });
    } else {
      terms.forEach((expansions, k) => {
        for (const e of expansions)
          for (const f of e.fields)
            for (let i = f.start; i < f.end; i++) {
              const doc = ids[i]!;
              touch(doc, 0);
              score[doc]! += bm25(f, e.weight, freqs[i]!, doc);
              // level packs the words matched (high bits) and the last word seen (low bits, 1-based)
              if ((level[doc]! & 0xffff) !== k + 1) level[doc] = (((level[doc]! >>> 16) + 1) << 16) | (k + 1);
            }
      });
      for (const doc of candidates) score[doc]! *= level[doc]! >>> 16;
    }
    const best = this.best(candidates, o);
    return { results: best.results, more: best.more || capped };
  }

  /** The kept candidates with the highest scores, best first; `more` when other kept candidates were left out. */
  private best(candidates: number[], o: RankedOptions): { results: Ranked[]; more: boolean } {
    const score = this.score;
    const ids = this.z.documentIds;
    const out: Ranked[] = [];
    const kept = (doc: number): string | null => {
      const id = ids[doc];
      return id !== undefined && (!o.keep || o.keep(id)) ? id : null;
    };
    const take = (list: number[]): void => {
      for (const doc of list) {
        const id = kept(doc);
        if (id !== null) out.push({ id, score: score[doc]! });
      }
    };
    let rest: number[] = [];
    if (candidates.length <= o.limit * 2) take(candidates);
    else {
      // only the best few hundred are ordered: the rest are past any page
      const sorted = Float64Array.from(candidates, (d) => score[d]!).sort();
      let from = sorted.length;
      let hi = Infinity;
      while (out.length < o.limit && from > 0) {
        from = Math.max(0, from - o.limit * 2);
        const lo = from > 0 ? sorted[from]! : -Infinity;
        take(candidates.filter((d) => score[d]! >= lo && score[d]! < hi));
        hi = lo;
      }
      if (from > 0) rest = candidates.filter((d) => score[d]! < hi);
    }
    out.sort((a, b) => b.score - a.score);
    return { results: out.slice(0, o.limit), more: out.length > o.limit || rest.some((d) => kept(d) !== null) };
  }
}

/** The expansions of highest weight whose postings add up to `postings` (at least one); whether any were left out. */
function closest(expansions: Expansion[], postings: number): [Expansion[], boolean] {
  const byWeight = [...expansions].sort((a, b) => b.weight - a.weight);
  const kept: Expansion[] = [];
  let n = 0;
  for (const e of byWeight) {
    if (kept.length && n >= postings) return [kept, true];
    kept.push(e);
    n += e.fields.reduce((m, f) => m + f.end - f.start, 0);
  }
  return [kept, false];
}
