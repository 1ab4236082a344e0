/**
 * `npm run shard` against a local Discord: the snapshot is brought up to date once, then each
 * shard logs in with its own shard id and starts from the snapshot without analysing anything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord/standin.ts';
import { botEnv, ROOT } from '../support/run-script.ts';

let standIn: DiscordStandIn;
let manager: ChildProcess;
let stderr = '';
const cache = mkdtempSync(path.join(tmpdir(), 'sourcebot-shard-cache-'));

const until = async (test: () => boolean, ms: number): Promise<void> => {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out; stderr: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  manager = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/bot/shard.ts')], {
    cwd: ROOT,
    env: botEnv(standIn.apiUrl, { SOURCEBOT_CACHE_DIR: cache, SOURCEBOT_SHARDS: '2', SOURCEBOT_SHARD_DELAY_MS: '100' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  manager.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  await until(() => standIn.gateway.identifies.length >= 2, 150_000);
}, 180_000);

afterAll(async () => {
  if (manager.exitCode === null) manager.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  await standIn.close();
  rmSync(cache, { recursive: true, force: true });
});

describe('npm run shard', () => {
  it('starts one process per shard, each identifying with its shard id', () => {
    expect(standIn.gateway.identifies.map((i) => i.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
  it('analyses the corpus once, before the shards, which start from the snapshot', async () => {
    await until(() => (stderr.match(/loaded 5 articles/g) ?? []).length >= 2, 120_000);
    expect(stderr).toMatch(/snapshot of 5 articles .* 5 analysed/);
    const shardLines = stderr.split('\n').filter((l) => /loaded 5 articles/.test(l));
    for (const l of shardLines) expect(l, stderr).toMatch(/none analysed; .*from the snapshot/);
  });
});
