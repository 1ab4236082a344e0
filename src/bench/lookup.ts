/**
 * Lookup quality: how often Find sources and /quote put the words a half-remembered claim refers to
 * first, or among the first three. The queries are a JSON Lines file of {query, kind, target} (kind
 * "paraphrase", "fragment", "said-that", or any other label; target the words as the article has
 * them), written by people outside the repository; the corpus is any corpus directory or .jsonl.
 *
 *   npm run bench -- --corpus C --lookup QUERIES.jsonl [--json FILE]
 *
 * A result is the target when it carries at least 60% of the target's content words (so another
 * outlet's report of the same words counts; a passage never does: Find sources' quotes and
 * statements are what it is for). Prints hit@1 and hit@3 per kind and in all, and the p50 / p99 of
 * each search.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { startApp, type App } from '../app/app.ts';
import { findSources } from '../services/find-sources.ts';
import type { QuoteResult, StatementResult } from '../services/quotes.ts';
import { foldText } from '../text/fold.ts';
import { latency, type Latency } from './stats.ts';

export interface LookupQuery {
  query: string;
  kind: string;
  target: string;
}

interface Scored {
  kind: string;
  search: 'find sources' | 'quote';
  rank: number | null;
  ms: number;
}

const contentWords = (text: string): Set<string> =>
  new Set(
    foldText(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3),
  );

/** The record carries at least 60% of the target's content words. */
export function isTarget(target: string, text: string): boolean {
  const want = contentWords(target);
  if (!want.size) return false;
  const have = contentWords(text);
  let n = 0;
  for (const w of want) if (have.has(w)) n++;
  return n / want.size >= 0.6;
}

const textOf = (r: QuoteResult | StatementResult): string => ('quote' in r ? r.quote.text : r.statement.text);

function rankOf(target: string, ranked: readonly (QuoteResult | StatementResult)[]): number | null {
  const i = ranked.findIndex((r) => isTarget(target, textOf(r)));
  return i >= 0 ? i + 1 : null;
}

/** Each query through Find sources (three quotes or statements) and /quote (quotes, then statements). */
export function scoreLookups(app: App, queries: readonly LookupQuery[]): Scored[] {
  const out: Scored[] = [];
  for (const q of queries) {
    let t = performance.now();
    const found = findSources(app, q.query, { said: 3, passages: 0 });
    out.push({ kind: q.kind, search: 'find sources', rank: rankOf(q.target, found.ranked), ms: performance.now() - t });
    t = performance.now();
    const answer = app.quotes.find({ query: q.query });
    const ranked = answer.kind === 'results' ? [...answer.results, ...answer.statements].slice(0, 3) : [];
    out.push({ kind: q.kind, search: 'quote', rank: rankOf(q.target, ranked), ms: performance.now() - t });
  }
  return out;
}

interface Row {
  search: string;
  kind: string;
  n: number;
  hit1: number;
  hit3: number;
  latency: Latency;
}

export function summariseLookups(scored: readonly Scored[]): Row[] {
  const rows: Row[] = [];
  for (const search of ['find sources', 'quote'] as const) {
    const mine = scored.filter((s) => s.search === search);
    for (const kind of ['all', ...new Set(mine.map((s) => s.kind))]) {
      const set = kind === 'all' ? mine : mine.filter((s) => s.kind === kind);
      const hits = (k: number): number => set.filter((s) => s.rank !== null && s.rank <= k).length / set.length;
      rows.push({ search, kind, n: set.length, hit1: hits(1), hit3: hits(3), latency: latency(set.map((s) => s.ms)) });
    }
  }
  return rows;
}

export function lookupTable(rows: readonly Row[]): string {
  return [
    '| search | queries | n | hit@1 | hit@3 | p50 / p99 ms |',
    '|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.search} | ${r.kind} | ${r.n} | ${r.hit1.toFixed(2)} | ${r.hit3.toFixed(2)} | ${r.latency.p50.toFixed(1)} / ${r.latency.p99.toFixed(1)} |`,
    ),
  ].join('\n');
}

export function readLookupQueries(file: string): LookupQuery[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const q = JSON.parse(l) as Partial<LookupQuery>;
      if (typeof q.query !== 'string' || typeof q.target !== 'string')
        throw new Error(`${file}:${i + 1}: a query needs "query" and "target"`);
      return { query: q.query, kind: typeof q.kind === 'string' ? q.kind : 'query', target: q.target };
    });
}

/** The lookup mode of the benchmark: one start (no cache), the queries, a table on stdout. */
export async function runLookupBench(corpus: string, file: string, json: string | null): Promise<void> {
  const queries = readLookupQueries(file);
  const { app } = await startApp(corpus, { cacheDir: null, progress: false });
  app.prepare();
  // a warm-up pass, so the timings are of the code, not of the JIT compiling it
  scoreLookups(app, queries.slice(0, 20));
  const scored = scoreLookups(app, queries);
  const rows = summariseLookups(scored);
  if (json) writeFileSync(json, JSON.stringify({ rows, scored }, null, 2) + '\n');
  process.stdout.write(
    `${lookupTable(rows)}\n\n${queries.length} queries from ${file} over ${corpus}; a hit is a quote or statement carrying 60% of the target's content words.\n`,
  );
}
