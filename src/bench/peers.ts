/**
 * `--peers`: the /quote queries of the benchmark run, in the warm process, through our quote
 * search (app.quotes.find) and through two other search libraries indexing the same quotes:
 * FlexSearch and MiniSearch with its default options. For each kind of query: latency and the
 * share of queries whose source quote (the quote the query was drawn from, or another report of
 * it: a quote of the same cluster) is among the first 10 results.
 */
import { Charset, Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { App } from '../app/app.ts';
import type { QuoteRecord } from '../kb/types.ts';
import { QuoteIndex } from '../search/quote-index.ts';
import {
  FLEXSEARCH_CONFIG,
  MINISEARCH_CONFIG,
  QUOTE_KINDS,
  type PeerKindResult,
  type PeerResult,
  type QuoteKind,
} from './peer-report.ts';
import type { QuerySet } from './queries.ts';
import { latency } from './stats.ts';

/** A search over the quotes: a query to an answer, and the quotes (indices in kb.quotes or records) among its first 10. */
interface System {
  name: string;
  config: string;
  buildMs: number;
  heapMB: number;
  search: (q: string) => unknown;
  /** the first 10 results of an answer, as indices in kb.quotes */
  top10: (answer: unknown) => number[];
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();
// typed arrays live outside the JS heap: counted with it
const heapNow = (): number => (gc(), process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers);

function built<T>(f: () => T): { value: T; ms: number; heapMB: number } {
  const before = heapNow();
  const t = performance.now();
  const value = f();
  const ms = performance.now() - t;
  return { value, ms, heapMB: Math.max(0, heapNow() - before) / 1e6 };
}

function systems(app: App): System[] {
  const quotes = app.kb.quotes;
  const indexOf = new Map<string, number>(quotes.map((q, i) => [q.id, i]));
  const ours = built(() => new QuoteIndex(app.kb));
  const flex = built(() => {
    const index = new Index({ tokenize: 'forward', encoder: Charset.Normalize });
    quotes.forEach((q, i) => index.add(i, q.text));
    return index;
  });
  const mini = built(() => {
    const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
    index.addAll(quotes.map((q, i) => ({ id: i, text: q.text })));
    return index;
  });
  return [
    {
      name: 'ours',
      config: 'app.quotes.find({ query }) (build: new QuoteIndex(kb))',
      buildMs: ours.ms,
      heapMB: ours.heapMB,
      search: (q) => app.quotes.find({ query: q }),
      top10: (a) => {
        const answer = a as ReturnType<App['quotes']['find']>;
        return answer.kind === 'results' ? answer.results.slice(0, 10).map((r) => indexOf.get(r.quote.id) ?? -1) : [];
      },
    },
    {
      name: 'flexsearch',
      config: FLEXSEARCH_CONFIG,
      buildMs: flex.ms,
      heapMB: flex.heapMB,
      search: (q) => flex.value.search(q, { limit: 10, suggest: true }),
      top10: (a) => (a as number[]).slice(0, 10),
    },
    {
      name: 'minisearch-default',
      config: MINISEARCH_CONFIG,
      buildMs: mini.ms,
      heapMB: mini.heapMB,
      search: (q) => mini.value.search(q, { prefix: true, fuzzy: 0.2 }),
      top10: (a) => (a as { id: number }[]).slice(0, 10).map((r) => r.id),
    },
  ];
}

const sameCluster = (a: QuoteRecord | undefined, b: QuoteRecord): boolean =>
  !!a && (a === b || (!!b.clusterId && a.clusterId === b.clusterId));

/**
 * Build the peers' indexes, warm every system up on `warmup`, then run the quote queries of
 * `set` through each, one query at a time through every system (in an order that rotates, so
 * that none always runs first), timing only the search.
 */
export function runPeers(app: App, set: QuerySet, warmup: QuerySet): PeerResult[] {
  const sys = systems(app);
  const quotes = app.kb.quotes;
  const queriesOf = (s: QuerySet, kind: QuoteKind): string[] =>
    kind === 'exact' ? s.quoteExact : kind === 'prefix' ? s.quotePrefix : s.quoteFuzzy;
  for (const kind of QUOTE_KINDS) for (const q of queriesOf(warmup, kind)) for (const s of sys) s.search(q);
  const out: PeerResult[] = sys.map((s) => ({
    name: s.name,
    config: s.config,
    buildMs: s.buildMs,
    heapMB: s.heapMB,
    kinds: {} as Record<QuoteKind, PeerKindResult>,
  }));
  for (const kind of QUOTE_KINDS) {
    const queries = queriesOf(set, kind);
    const sources = set.quoteSources[kind];
    const samples = sys.map((): number[] => []);
    const hits = sys.map(() => ({ cluster: 0, source: 0, counted: 0 }));
    queries.forEach((q, k) => {
      for (let j = 0; j < sys.length; j++) {
        const n = (j + k) % sys.length;
        const s = sys[n]!;
        const t = performance.now();
        const answer = s.search(q);
        samples[n]!.push(performance.now() - t);
        const src = sources[k];
        if (src === null || src === undefined) continue;
        const source = quotes[src]!;
        const top = s.top10(answer);
        const h = hits[n]!;
        h.counted++;
        if (top.includes(src)) h.source++;
        if (top.some((i) => sameCluster(quotes[i], source))) h.cluster++;
      }
    });
    sys.forEach((s, n) => {
      const h = hits[n]!;
      out[n]!.kinds[kind] = {
        latency: latency(samples[n]!),
        top10: h.counted ? h.cluster / h.counted : NaN,
        ...(s.name === 'ours' ? {} : { top10SourceOnly: h.counted ? h.source / h.counted : NaN }),
      };
    });
  }
  return out;
}
