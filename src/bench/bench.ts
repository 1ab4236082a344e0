/**
 * `npm run bench -- --corpus <dir-or-jsonl> [--sizes 1000,5000,10000] [--runs 3] [--queries 200] [--seed 1] [--json FILE] [--peers]`
 *
 * For each size (the first N articles): a cold start (empty cache) and a warm start (the cache
 * it left) in child processes of their own, each run `--runs` times; the warm child then times
 * the commands over seeded queries, and counts the exact /quote queries whose first result lacks
 * one of the query's words. With `--peers`, the warm child also runs the /quote queries through
 * FlexSearch and a default MiniSearch over the same quotes (peers.ts), and a second table
 * compares them. Prints medians over the runs. A benchmark, not a test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../config.ts';
import { ALLOCATOR_ENV, childExecArgv, siblingModule } from '../runtime.ts';
import type { ChildResult } from './child.ts';
import { runLookupBench } from './lookup.ts';
import { FLEXSEARCH_CONFIG, MINISEARCH_CONFIG, QUOTE_KINDS, type PeerResult } from './peer-report.ts';
import { median } from './stats.ts';
import { subsetCorpus } from './subset.ts';

interface Args {
  corpus: string;
  sizes: number[];
  runs: number;
  queries: number;
  seed: number;
  json: string | null;
  peers: boolean;
  /** a file of half-remembered claims: measure lookups instead of speed (lookup.ts) */
  lookup: string | null;
}

function parseArgs(argv: readonly string[]): Args {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
  };
  const corpus = get('--corpus');
  if (!corpus) {
    process.stderr.write(
      'usage: npm run bench -- --corpus <dir-or-jsonl> [--sizes 1000,5000,10000] [--runs 3] [--queries 200] [--seed 1] [--json FILE] [--peers] [--lookup QUERIES.jsonl]\n',
    );
    process.exit(2);
  }
  const num = (v: string | undefined, d: number): number => (v && Number.isFinite(Number(v)) ? Number(v) : d);
  return {
    corpus: path.resolve(corpus),
    sizes: (get('--sizes') ?? '1000,5000,10000')
      .split(',')
      .map(Number)
      .filter((n) => n > 0),
    runs: Math.max(1, num(get('--runs'), 3)),
    queries: Math.max(1, num(get('--queries'), 200)),
    seed: num(get('--seed'), 1),
    json: get('--json') ?? null,
    peers: argv.includes('--peers'),
    lookup: get('--lookup') ?? null,
  };
}

// the child runs what the bench runs: the compiled build under `npm run bench`, as `npm start` does
const CHILD = fileURLToPath(siblingModule(import.meta.url, './child'));

function runChild(args: string[]): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...childExecArgv(), CHILD, ...args], {
      cwd: REPO_ROOT,
      // as npm start runs the bot
      env: { ...process.env, ...ALLOCATOR_ENV, LOG_LEVEL: 'error' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench child exited ${code}: ${err}`));
      try {
        resolve(JSON.parse(out) as ChildResult);
      } catch {
        reject(new Error(`bench child printed no result: ${out}${err}`));
      }
    });
  });
}

interface SizeResult {
  articles: number;
  runs: { cold: ChildResult; warm: ChildResult }[];
}

const s = (ms: number): string => (ms / 1000).toFixed(1);
const ms = (v: number): string => (v >= 10 ? v.toFixed(0) : v.toFixed(1));

function summarise(r: SizeResult): Record<string, string> {
  const m = (f: (x: { cold: ChildResult; warm: ChildResult }) => number): number => median(r.runs.map(f));
  const lat = (k: string, p: 'p50' | 'p99'): number => m((x) => x.warm.latency[k]?.[p] ?? NaN);
  const pair = (k: string): string => `${ms(lat(k, 'p50'))} / ${ms(lat(k, 'p99'))}`;
  const kb = r.runs[0]!.warm.kb;
  return {
    articles: String(r.articles),
    'quotes / people / events': `${kb.quotes} / ${kb.people} / ${kb.events}`,
    'analysis MB/s': m((x) => x.cold.startup.analysedChars / 1e6 / (x.cold.startup.ms.analysis / 1000)).toFixed(2),
    'cold start s (+ prepare)': `${s(m((x) => x.cold.readyMs))} + ${s(m((x) => x.cold.prepareMs))}`,
    'warm start s (+ prepare)': `${s(m((x) => x.warm.readyMs))} + ${s(m((x) => x.warm.prepareMs))}`,
    'peak RSS MB cold / warm': `${m((x) => x.cold.peakRssMB).toFixed(0)} / ${m((x) => x.warm.peakRssMB).toFixed(0)}`,
    'heap MB': m((x) => x.warm.heapMB).toFixed(0),
    'quote exact p50 / p99 ms': pair('quote exact'),
    'quote prefix': pair('quote prefix'),
    'quote fuzzy': pair('quote fuzzy'),
    who: pair('who'),
    timeline: pair('timeline'),
    autocomplete: pair('autocomplete'),
    'exact: first result lacks a query word': `${m((x) => x.warm.exactFirst?.lacking ?? NaN)} / ${exactQueries(r)}`,
  };
}

const exactQueries = (r: SizeResult): string => String(r.runs[0]!.warm.exactFirst?.queries ?? NaN);

const pct = (share: number): string => (Number.isFinite(share) ? `${(share * 100).toFixed(0)}%` : '–');
const ratio = (v: number): string =>
  Number.isFinite(v) ? `${v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toFixed(2)}×` : '–';

/** The peers table of one size: a row per system, medians over the runs. */
function peerRows(r: SizeResult): Record<string, string>[] {
  const names = r.runs[0]!.warm.peers?.map((p) => p.name) ?? [];
  const of = (name: string): PeerResult[] =>
    r.runs.map((x) => x.warm.peers?.find((p) => p.name === name)).filter((p): p is PeerResult => !!p);
  const oursP99 = (kind: (typeof QUOTE_KINDS)[number]): number =>
    median(of('ours').map((p) => p.kinds[kind].latency.p99));
  return names.map((name) => {
    const ps = of(name);
    const m = (f: (p: PeerResult) => number): number => median(ps.map(f));
    const row: Record<string, string> = {
      [`peers at ${r.articles} articles`]: name,
      'build ms': ms(m((p) => p.buildMs)),
      'index heap MB': m((p) => p.heapMB).toFixed(1),
    };
    for (const k of QUOTE_KINDS)
      row[`${k} p50 / p99 ms`] = `${ms(m((p) => p.kinds[k].latency.p50))} / ${ms(m((p) => p.kinds[k].latency.p99))}`;
    for (const k of QUOTE_KINDS) row[`${k} top-10`] = pct(m((p) => p.kinds[k].top10));
    row['ours / peer p99 exact / prefix / fuzzy'] =
      name === 'ours' ? '–' : QUOTE_KINDS.map((k) => ratio(oursP99(k) / m((p) => p.kinds[k].latency.p99))).join(' / ');
    return row;
  });
}

function table(rows: Record<string, string>[]): string {
  const cols = Object.keys(rows[0] ?? {});
  return [
    `| ${cols.join(' | ')} |`,
    `|${cols.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${cols.map((c) => r[c]).join(' | ')} |`),
  ].join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.lookup) return runLookupBench(args.corpus, path.resolve(args.lookup), args.json);
  const work = mkdtempSync(path.join(tmpdir(), 'sourcebot-bench-'));
  const results: SizeResult[] = [];
  const log = (msg: string): void => void process.stderr.write(msg + '\n');
  log(
    `bench: ${args.corpus}, sizes ${args.sizes.join(', ')}, ${args.runs} runs, ${args.queries} queries a kind, seed ${args.seed}, ${availableParallelism()} cores`,
  );
  try {
    for (const size of args.sizes) {
      const sub = await subsetCorpus(args.corpus, size, path.join(work, `corpus-${size}`));
      const r: SizeResult = { articles: sub.articles, runs: [] };
      for (let run = 1; run <= args.runs; run++) {
        const cache = path.join(work, `cache-${size}-${run}`);
        const cold = await runChild(['--corpus', sub.path, '--cache', cache]);
        const warm = await runChild([
          '--corpus',
          sub.path,
          '--cache',
          cache,
          '--queries',
          String(args.queries),
          '--seed',
          String(args.seed),
          ...(args.peers ? ['--peers'] : []),
        ]);
        if (!warm.startup.corpusFromSnapshot)
          log(`bench: warning: the warm start did not use the snapshot (did the code change during the run?)`);
        rmSync(cache, { recursive: true, force: true });
        r.runs.push({ cold, warm });
        log(
          `bench: ${sub.articles} articles, run ${run}: cold ${s(cold.readyMs)} s, warm ${s(warm.readyMs)} s, peak RSS ${cold.peakRssMB.toFixed(0)} MB`,
        );
      }
      results.push(r);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n');
  process.stdout.write(
    `${table(results.map(summarise))}\n\nMedians of ${args.runs} runs; latencies are p50 / p99 in ms over ${args.queries} seeded queries a kind (seed ${args.seed}), timed in the warm process. ` +
      `"exact: first result lacks a query word": exact /quote queries (words copied from a quote) whose first result does not have every content word of the query as a word.\n`,
  );
  if (args.peers) {
    for (const r of results) process.stdout.write(`\n${table(peerRows(r))}\n`);
    process.stdout.write(
      `\nThe same /quote queries over the same quotes, in the warm process after the commands were timed, one query at a time through each system in turn; latency is the search alone (ours: app.quotes.find, without rendering the reply). ` +
        `top-10: share of the queries whose source quote (the one its words were drawn from) or another report of it (same cluster) is among the first 10 results. ` +
        `Build: ours is a new QuoteIndex (which also indexes speakers and outlets). flexsearch: ${FLEXSEARCH_CONFIG}. minisearch-default: ${MINISEARCH_CONFIG}.\n`,
    );
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
