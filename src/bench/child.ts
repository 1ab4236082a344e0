/**
 * One measured start of the bot's core, in a process of its own (so that memory and start-up
 * are clean): start the app on a corpus with a cache directory (empty: cold; filled: warm),
 * then optionally time the commands over the seeded queries. Prints one JSON line on stdout.
 *
 *   node --expose-gc dist/src/bench/child.js --corpus C --cache D [--queries N --seed S [--peers]]
 *   (or src/bench/child.ts with --import tsx)
 *
 * With queries, it also checks the exact /quote queries' first results; with --peers, it then
 * runs the /quote queries through other search libraries too (peers.ts).
 */
import { findCommand } from '../../commands/index.ts';
import { startApp } from '../app/app.ts';
import type { CommandModule } from '../app/command.ts';
import type { PeerResult } from './peer-report.ts';
import { exactFirstCheck, type ExactFirstCheck } from './quality.ts';
import { generateQueries } from './queries.ts';
import { latency, seeded, type Latency } from './stats.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export interface ChildResult {
  /** from process start (module loading included) to the app being ready */
  readyMs: number;
  /** then app.prepare(): the services' tables, built while the bot connects (or on first use) */
  prepareMs: number;
  /** from ready until the snapshot was written (a cold start writes it in the background; queries, if any, ran meanwhile) */
  savedMs: number;
  startup: Awaited<ReturnType<typeof startApp>>['startup'];
  kb: { documents: number; quotes: number; people: number; events: number };
  /** retained heap (with array buffers) once ready (after a full GC), and the process' peak resident set (workers included) */
  heapMB: number;
  peakRssMB: number;
  latency: Record<string, Latency>;
  /** with queries: exact /quote queries whose first result lacks a word of the query */
  exactFirst?: ExactFirstCheck;
  /** with --peers: our quote search and other libraries over the same quotes and queries */
  peers?: PeerResult[];
}

const command = (name: string): CommandModule => {
  const c = findCommand(name);
  if (!c) throw new Error(`no /${name} command`);
  return c;
};

function time(samples: number[], f: () => unknown): void {
  const t = performance.now();
  f();
  samples.push(performance.now() - t);
}

async function main(): Promise<void> {
  const corpus = arg('--corpus');
  const cache = arg('--cache');
  if (!corpus || !cache) throw new Error('usage: child.ts --corpus C --cache D [--queries N --seed S]');
  // as `npm start` runs: a cold start's snapshot is written after it is ready
  const { app, startup, saved } = await startApp(corpus, { cacheDir: cache, progress: false, saveInBackground: true });
  const readyMs = performance.now();
  app.prepare();
  const prepareMs = performance.now() - readyMs;
  (globalThis as { gc?: () => void }).gc?.();
  // typed arrays (the search indexes' postings) live outside the JS heap: counted with it
  const heapMB = (process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers) / 1e6;
  const perKind = Number(arg('--queries') ?? 0);
  const lat: Record<string, Latency> = {};
  let exactFirst: ExactFirstCheck | undefined;
  let peers: PeerResult[] | undefined;
  let peakRssMB = process.resourceUsage().maxRSS / 1024;
  if (perKind > 0) {
    const seed = Number(arg('--seed') ?? 1);
    const quote = command('quote');
    const who = command('who');
    const timeline = command('timeline');
    const run = (c: CommandModule, options: Record<string, string>): unknown => c.run(app, { options, page: 1 });
    const complete = (q: { command: 'quote' | 'who' | 'timeline'; value: string }): unknown =>
      q.command === 'quote'
        ? quote.autocomplete?.(app, 'speaker', q.value)
        : q.command === 'who'
          ? who.autocomplete?.(app, 'name', q.value)
          : timeline.autocomplete?.(app, 'person', q.value);
    const kinds = (set: ReturnType<typeof generateQueries>): [string, (() => unknown)[]][] => [
      ['quote exact', set.quoteExact.map((q) => () => run(quote, { query: q }))],
      ['quote prefix', set.quotePrefix.map((q) => () => run(quote, { query: q }))],
      ['quote fuzzy', set.quoteFuzzy.map((q) => () => run(quote, { query: q }))],
      ['who', set.who.map((q) => () => run(who, { name: q }))],
      ['timeline', set.timeline.map((q) => () => run(timeline, q))],
      ['autocomplete', set.autocomplete.map((q) => () => complete(q))],
    ];
    // a short warm-up with other queries, so the timings are of the code, not of the JIT compiling it
    const warmup = generateQueries(app.kb, 20, seeded(seed + 1));
    for (const [, fs] of kinds(warmup)) for (const f of fs) f();
    const set = generateQueries(app.kb, perKind, seeded(seed));
    for (const [name, fs] of kinds(set)) {
      const samples: number[] = [];
      for (const f of fs) time(samples, f);
      lat[name] = latency(samples);
    }
    exactFirst = exactFirstCheck(app, set.quoteExact);
    // the peak so far: the peers' indexes below are not the bot's memory
    peakRssMB = process.resourceUsage().maxRSS / 1024;
    // loaded only here: the peers' libraries are dev dependencies
    if (process.argv.includes('--peers')) peers = (await import('./peers.ts')).runPeers(app, set, warmup);
  }
  // the warm run needs the snapshot: wait for it, and say how long after start-up it was written
  await saved;
  const savedMs = performance.now() - readyMs;
  const result: ChildResult = {
    readyMs,
    savedMs,
    prepareMs,
    startup,
    kb: {
      documents: app.kb.documents.length,
      quotes: app.kb.quotes.length,
      people: app.kb.people.length,
      events: app.kb.events.length,
    },
    heapMB,
    peakRssMB,
    latency: lat,
    ...(exactFirst ? { exactFirst } : {}),
    ...(peers ? { peers } : {}),
  };
  process.stdout.write(JSON.stringify(result) + '\n');
}

main().catch((e: unknown) => {
  process.stderr.write(`bench child failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
