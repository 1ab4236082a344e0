/**
 * MiniSearch with a search of our own: the same index, tokenizer, BM25 and prefix/typo weights,
 * but a query is answered by intersecting the words' postings rarest first and scoring only the
 * documents that survive, keeping the best `limit`. MiniSearch's own search scores every posting
 * of every word and of every prefix or typo expansion, then combines: a common word or a short
 * prefix costs tens of thousands of postings even when a rare word leaves a handful of candidates.
 *
 * It reads MiniSearch's protected fields (as a subclass may), so the package version is pinned
 * in package.json; `tests/search/ranked-search.test.ts` checks the answers against MiniSearch's
 * own search.
 */
import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';

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

/** A lone word that stands for many (a prefix, a typo) is scored over this many postings times the limit, its closest expansions first. */
const LONE_EXPANSION_POSTINGS = 8;

type DocFreqs = Map<number, number>;
type FieldTermData = Map<number, DocFreqs>;

/** What MiniSearch's radix tree answers (its class is not exported). */
interface TermTree {
  get(term: string): FieldTermData | undefined;
  atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
}

/** One way a query word matches: an indexed word, its weight (1 as typed, less for a prefix or typo), and its postings per field. */
interface Expansion {
  weight: number;
  fields: { fieldId: number; boost: number; idf: number; docs: DocFreqs }[];
}

// MiniSearch's defaults (options.searchOptions), which the indexes here do not change
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

export class RankedSearch<T> extends MiniSearch<T> {
  /** field lengths by field and short id, and per-search scratch, sized on first search (the index is not changed after it is built or loaded) */
  private lengths: Float32Array[] | null = null;
  private score = new Float64Array(0);
  private level = new Int32Array(0);
  private stamp = new Uint32Array(0);
  private generation = 0;

  static override loadJS<T = unknown>(js: AsPlainObject, options: Options<T>): RankedSearch<T> {
    // MiniSearch.loadJS makes a MiniSearch; the subclass takes over its state
    const loaded = MiniSearch.loadJS<T>(js, options);
    const self = new RankedSearch<T>(options);
    Object.assign(self, loaded);
    return self;
  }

  private get tree(): TermTree {
    return this._index as unknown as TermTree;
  }

  /** Postings of the word as indexed (0 when the index does not have it), over all fields. */
  postings(term: string): number {
    let n = 0;
    for (const docs of this.tree.get(term)?.values() ?? []) n += docs.size;
    return n;
  }

  /** The words a query word matches, as MiniSearch expands them: as typed, longer words it begins (prefix), words within the edit distance (fuzzy). */
  expansions(spec: TermSpec, boost: Record<string, number>): Expansion[] {
    const out: Expansion[] = [];
    const add = (data: FieldTermData | undefined, weight: number): void => {
      if (!data) return;
      const fields: Expansion['fields'] = [];
      for (const [name, b] of Object.entries(boost)) {
        const fieldId = this._fieldIds[name];
        const docs = fieldId === undefined ? undefined : data.get(fieldId);
        if (!docs?.size) continue;
        const n = docs.size;
        fields.push({ fieldId: fieldId!, boost: b, idf: Math.log(1 + (this._documentCount - n + 0.5) / (n + 0.5)), docs });
      }
      if (fields.length) out.push({ weight, fields });
    };
    const { term } = spec;
    add(this.tree.get(term), 1);
    const prefixed = new Set<string>();
    if (spec.prefix) {
      for (const [t, data] of this.tree.atPrefix(term)) {
        const distance = t.length - term.length;
        if (!distance) continue;
        prefixed.add(t);
        add(data, (WEIGHTS.prefix * t.length) / (t.length + 0.3 * distance));
      }
    }
    if (spec.fuzzy !== false) {
      const max = spec.fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * spec.fuzzy)) : spec.fuzzy;
      if (max > 0) {
        for (const [t, [data, distance]] of this.tree.fuzzyGet(term, max)) {
          if (!distance || prefixed.has(t)) continue;
          add(data, (WEIGHTS.fuzzy * t.length) / (t.length + distance));
        }
      }
    }
    return out;
  }

  private prepare(): Float32Array[] {
    if (this.lengths) return this.lengths;
    const size = this._nextId + 1;
    const fields = Object.keys(this._fieldIds).length;
    const lengths = Array.from({ length: fields }, () => new Float32Array(size));
    for (const [short, perField] of this._fieldLength) perField.forEach((n, f) => void (lengths[f]![short] = n ?? 0));
    this.score = new Float64Array(size);
    this.level = new Int32Array(size);
    this.stamp = new Uint32Array(size);
    return (this.lengths = lengths);
  }

  /**
   * The best `limit` documents for the words, best first. Scores are MiniSearch's (BM25 per
   * word, field and expansion, summed; in OR, times the number of words matched), so the order
   * is the one its own search gives.
   */
  searchRanked(specs: readonly TermSpec[], o: RankedOptions): RankedResults {
    if (!specs.length) return { results: [], more: false };
    const lengths = this.prepare();
    const avg = this._avgFieldLength;
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
    const cost = terms.map((t) => t.reduce((n, e) => n + e.fields.reduce((m, f) => m + f.docs.size, 0), 0));
    const bm25 = (f: Expansion['fields'][number], weight: number, freq: number, doc: number): number =>
      weight * f.boost * f.idf * (BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * lengths[f.fieldId]![doc]!) / avg[f.fieldId]!)));
    let candidates: number[] = [];

    if (o.combine === 'AND') {
      if (cost.some((c) => c === 0)) return { results: [], more: false };
      const order = terms.map((_, i) => i).sort((a, b) => cost[a]! - cost[b]!);
      order.forEach((ti, k) => {
        const expansions = terms[ti]!;
        if (k === 0) {
          for (const e of expansions)
            for (const f of e.fields)
              for (const [doc, freq] of f.docs) {
                if (stamp[doc] !== gen) {
                  stamp[doc] = gen;
                  score[doc] = 0;
                  level[doc] = 1;
                  candidates.push(doc);
                }
                score[doc]! += bm25(f, e.weight, freq, doc);
              }
          return;
        }
        if (!candidates.length) return;
        const maps = expansions.reduce((n, e) => n + e.fields.length, 0);
        if (cost[ti]! <= candidates.length * maps) {
          // walk this word's postings, counting only documents that had every word before it
          for (const e of expansions)
            for (const f of e.fields)
              for (const [doc, freq] of f.docs) {
                if (stamp[doc] !== gen || level[doc]! < k) continue;
                level[doc] = k + 1;
                score[doc]! += bm25(f, e.weight, freq, doc);
              }
          candidates = candidates.filter((doc) => level[doc] === k + 1);
        } else {
          // few candidates, a common word: ask each candidate
          candidates = candidates.filter((doc) => {
            let found = false;
            for (const e of expansions)
              for (const f of e.fields) {
                const freq = f.docs.get(doc);
                if (freq === undefined) continue;
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
            for (const [doc, freq] of f.docs) {
              if (stamp[doc] !== gen) {
                stamp[doc] = gen;
                score[doc] = 0;
                level[doc] = 0;
                candidates.push(doc);
              }
              // level: the last word (1-based) this document matched, and below, how many it matched
              score[doc]! += bm25(f, e.weight, freq, doc);
              if (this.lastWord(doc) !== k) this.matchWord(doc, k);
            }
      });
      for (const doc of candidates) score[doc]! *= this.wordsMatched(doc);
    }
    const best = this.best(candidates, o);
    return { results: best.results, more: best.more || capped };
  }

  // OR bookkeeping: per document, the words it matched (count) and the last one seen, packed in `level`
  private lastWord(doc: number): number {
    return (this.level[doc]! & 0xffff) - 1;
  }
  private matchWord(doc: number, k: number): void {
    this.level[doc] = (((this.level[doc]! >>> 16) + 1) << 16) | (k + 1);
  }
  private wordsMatched(doc: number): number {
    return this.level[doc]! >>> 16;
  }

  /** The kept candidates with the highest scores, best first; `more` when other kept candidates were left out. */
  private best(candidates: number[], o: RankedOptions): { results: Ranked[]; more: boolean } {
    const score = this.score;
    const ids = this._documentIds;
    const out: Ranked[] = [];
    const kept = (doc: number): string | null => {
      const id = ids.get(doc) as string | undefined;
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
    n += e.fields.reduce((m, f) => m + f.docs.size, 0);
  }
  return [kept, false];
}
