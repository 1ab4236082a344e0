/**
 * Load test of the HTTP endpoint (tooling, not a timed test): two replicas of the compiled bot
 * (`SOURCEBOT_MODE=http node dist/main.js`, the shipped corpus or --corpus DIR) behind a local
 * round-robin proxy take 500 mixed, signed interactions sent evenly over 10 s; a deferred Find
 * sources is filled through a local webhook stand-in. Prints the first responses' p50 / p99 / max
 * and how many took 3 s or more (Discord's limit).
 *
 *   npm run build && npx tsx tests/support/http-load.ts [--corpus DIR] [--count 500] [--seconds 10]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { APIInteraction } from 'discord.js';
import { latency } from '../../src/bench/stats.ts';
import { autocomplete, chatInput, message, messageContextMenu } from './discord/interactions.ts';
import { startRestStandIn } from './discord/rest-server.ts';
import { ROOT } from './run-script.ts';

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const COUNT = Number(arg('--count', '500'));
const SECONDS = Number(arg('--seconds', '10'));
const corpus = arg('--corpus', '');

const pair = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');

function mixed(i: number): APIInteraction {
  const k = i % 10;
  if (k === 9)
    return messageContextMenu('Find sources', message({ content: 'Did the agency share intelligence with Russia?' }));
  if (k === 8) return autocomplete('who', { name: ['a', 'jo', 'mi', 'st'][i % 4]! });
  if (k === 7) return chatInput('sources', {});
  if (k === 6) return chatInput('timeline', {});
  if (k >= 4) return chatInput('who', { name: ['London', 'Smith', 'Russia'][i % 3]! });
  return chatInput('quote', { query: ['intelligence', 'warning russia', 'agency said', 'inteligence'][k]! });
}

async function startReplica(apiUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const env = {
    ...process.env,
    SOURCEBOT_MODE: 'http',
    PORT: '0',
    DISCORD_PUBLIC_KEY: publicHex,
    DISCORD_API_URL: apiUrl,
    DISCORD_TOKEN: '',
    CORPUS_DIR: corpus,
    LOG_LEVEL: 'info',
  };
  const child = spawn(process.execPath, [path.join(ROOT, 'dist/main.js')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /listening on port (\d+)/.exec(stderr);
      if (m) {
        clearInterval(timer);
        resolve(Number(m[1]));
      }
      if (child.exitCode !== null) reject(new Error(`replica exited: ${stderr}`));
    }, 50);
  });
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, port };
}

/** A round-robin reverse proxy, as nginx or a cloud load balancer would be. */
function roundRobin(ports: number[]): Promise<Server> {
  let next = 0;
  const server = createServer((req, res) => {
    const port = ports[next++ % ports.length]!;
    const up = request({ host: '127.0.0.1', port, method: req.method, path: req.url, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function main(): Promise<void> {
  const sink = await startRestStandIn();
  const replicas = await Promise.all([startReplica(sink.url), startReplica(sink.url)]);
  const proxy = await roundRobin(replicas.map((r) => r.port));
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/interactions`;
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const sends: Promise<void>[] = [];
  const t0 = performance.now();
  for (let i = 0; i < COUNT; i++) {
    const due = t0 + (i * SECONDS * 1000) / COUNT;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const raw = mixed(i);
    sink.trackInteraction(raw);
    const json = JSON.stringify(raw);
    const ts = String(Math.floor(Date.now() / 1000));
    const started = performance.now();
    sends.push(
      fetch(url, {
        method: 'POST',
        body: json,
        headers: {
          'x-signature-timestamp': ts,
          'x-signature-ed25519': sign(null, Buffer.from(ts + json), pair.privateKey).toString('hex'),
        },
      }).then(async (r) => {
        await r.arrayBuffer();
        times.push(performance.now() - started);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      }),
    );
  }
  await Promise.all(sends);
  const sentIn = (performance.now() - t0) / 1000;
  // the deferred replies' edits arrive at the webhook stand-in
  const deferred = Math.floor(COUNT / 10);
  const end = Date.now() + 30_000;
  while (sink.find({ route: 'webhookMessage', method: 'PATCH' }).length < deferred && Date.now() < end)
    await new Promise((r) => setTimeout(r, 100));
  const l = latency(times);
  const slow = times.filter((t) => t >= 3000).length;
  process.stdout.write(
    `${COUNT} interactions over ${SECONDS} s to 2 replicas behind a round-robin proxy (all sent and answered in ${sentIn.toFixed(1)} s)\n` +
      `HTTP statuses: ${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')}\n` +
      `first response ms: p50 ${l.p50.toFixed(1)}, p99 ${l.p99.toFixed(1)}, max ${l.max.toFixed(1)}; 3 s or more: ${slow}\n` +
      `deferred replies filled through the webhook endpoint: ${sink.find({ route: 'webhookMessage', method: 'PATCH' }).length} / ${deferred}\n`,
  );
  for (const r of replicas) r.child.kill('SIGTERM');
  proxy.close();
  await sink.close();
}

main().catch((e: unknown) => {
  process.stderr.write(`load test failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
