/** What `--peers` reports (peers.ts measures it; kept apart so that the bench does not load the peers' libraries without `--peers`). */
import type { Latency } from './stats.ts';

export const QUOTE_KINDS = ['exact', 'prefix', 'fuzzy'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

export interface PeerKindResult {
  latency: Latency;
  /** share of the queries whose source quote, or a quote of its cluster, is among the first 10 results */
  top10: number;
  /** share of the queries whose source quote itself is among the first 10 results (peers only: ours shows each cluster by its earliest report) */
  top10SourceOnly?: number;
}

export interface PeerResult {
  name: string;
  /** what it is configured as, in a few words */
  config: string;
  /** building its index over the quotes, in this process (ours: a QuoteIndex, which also indexes speakers and outlets) */
  buildMs: number;
  /** heap the index keeps, after a full GC (approximate) */
  heapMB: number;
  kinds: Record<QuoteKind, PeerKindResult>;
}

/**
 * FlexSearch (0.8): prefixes by the forward tokenizer; it has no edit distance, so a typo is
 * forgiven by `suggest` (results that lack a query word still come, ranked after those with all)
 * and by the encoder. Its phonetic encoders (LatinBalance, LatinAdvanced, LatinExtra) found
 * fewer source quotes in the top 10 than its default Normalize on a 500-article run, typo
 * queries included, so the encoder is the default one (named, in case the default changes).
 */
export const FLEXSEARCH_CONFIG =
  "Index { tokenize: 'forward', encoder: Charset.Normalize }; search { limit: 10, suggest: true }";
export const MINISEARCH_CONFIG = "new MiniSearch({ fields: ['text'] }); search { prefix: true, fuzzy: 0.2 }";
