/**
 * `SOURCEBOT_MODE=http` as production runs it (node dist/main.js): up for health at once, ready
 * once loaded, a signed PING and a signed command answered, SIGTERM drains and exits 0; no or a
 * bad public key is a clear start-up error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chatInput } from '../support/discord/interactions.ts';
import { ROOT, runCompiled } from '../support/run-script.ts';

const pair = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const env = {
  ...process.env,
  SOURCEBOT_MODE: 'http',
  PORT: '0',
  DISCORD_PUBLIC_KEY: publicHex,
  DISCORD_TOKEN: '',
  CORPUS_DIR: '',
  SOURCEBOT_CACHE_DIR: 'off',
  LOG_LEVEL: 'info',
};

let child: ChildProcess | null = null;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

async function until<T>(f: () => T | undefined | Promise<T | undefined>, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

const signedPost = (url: string, raw: unknown): Promise<Response> => {
  const json = JSON.stringify(raw);
  const ts = String(Math.floor(Date.now() / 1000));
  return fetch(url, {
    method: 'POST',
    body: json,
    headers: {
      'x-signature-timestamp': ts,
      'x-signature-ed25519': sign(null, Buffer.from(ts + json), pair.privateKey).toString('hex'),
    },
  });
};

describe('SOURCEBOT_MODE=http', () => {
  it('serves health, readiness and signed interactions, then drains on SIGTERM', async () => {
    let stderr = '';
    child = spawn(process.execPath, [path.join(ROOT, 'dist/main.js')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((r) => child!.once('exit', (code) => r(code)));
    const port = await until(() => /listening on port (\d+)/.exec(stderr)?.[1]);
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await until(async () => ((await fetch(`${base}/readyz`)).status === 200 ? true : undefined));
    const ping = await signedPost(`${base}/interactions`, {
      type: 1,
      id: '1',
      application_id: '2',
      token: 't',
      version: 1,
    });
    expect(await ping.json()).toEqual({ type: 1 });
    const answer = (await (await signedPost(`${base}/interactions`, chatInput('sources', {}))).json()) as {
      type: number;
      data: unknown;
    };
    expect(answer.type).toBe(4);
    expect(JSON.stringify(answer.data)).toContain('The Surprising Intelligence Community Outreach to Russia');
    // one structured line per interaction: kind, command, latency, outcome; never the token
    expect(stderr).toMatch(/interaction type=2 command=sources ms=\d+ outcome=answered/);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/sourcebot_interactions_total\{command="sources",outcome="answered"\} 1/);
    expect(metrics).toMatch(/sourcebot_knowledge_base_records\{kind="documents"\} 5/);
    expect(metrics).toMatch(/sourcebot_interaction_seconds_count\{command="sources"\} 1/);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/SIGTERM: draining/);
  });

  it('refuses to start without a usable public key', async () => {
    const r = await runCompiled('dist/main.js', [], { env: { ...env, DISCORD_PUBLIC_KEY: 'abc' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters');
  });
});
