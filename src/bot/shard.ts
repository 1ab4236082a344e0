/**
 * `npm run shard -- [--corpus DIR] [--cache DIR]`: the bot as several processes, one per group of
 * guilds, with discord.js's ShardingManager. The snapshot is brought up to date first (in a
 * process of its own), so every shard starts warm from it instead of analysing the corpus itself.
 *
 * SOURCEBOT_SHARDS: how many shards ("auto", the default, asks Discord for its recommendation).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';
import dotenv from 'dotenv';
import { CORPUS_FLAGS, flagsOk } from '../cli/flags.ts';
import { log } from '../log.ts';
import { childExecArgv, siblingModule } from '../runtime.ts';

dotenv.config({ quiet: true });

// shards run the same code as this process: compiled, or TypeScript through tsx
const execArgv = childExecArgv();
const moduleFile = (rel: string): string => fileURLToPath(siblingModule(import.meta.url, rel));

function totalShards(env: NodeJS.ProcessEnv): number | 'auto' {
  const v = env.SOURCEBOT_SHARDS;
  return v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : 'auto';
}

async function main(): Promise<void> {
  const token = process.env.DISCORD_TOKEN;
  if (!token) {
    log('error', 'DISCORD_TOKEN is not set (see README, "Running it on Discord")');
    process.exitCode = 2;
    return;
  }
  const args = process.argv.slice(2);
  if (!flagsOk(args, { ...CORPUS_FLAGS, positional: false, usage: 'npm run shard -- [--corpus DIR] [--cache DIR]' }))
    return;
  const warm = spawnSync(process.execPath, [...execArgv, moduleFile('../cli/snapshot'), ...args], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (warm.status !== 0)
    log('warn', 'the snapshot could not be brought up to date; each shard will build what it needs');
  const manager = new ShardingManager(moduleFile('../main'), {
    token,
    totalShards: totalShards(process.env),
    shardArgs: args,
    execArgv,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    log('info', `shard ${shard.id} started`);
    shard.on('death', () => log('warn', `shard ${shard.id} died; the manager starts it again`));
  });
  const stop = (signal: string): void => {
    log('info', `${signal}: stopping ${manager.shards.size} shards`);
    for (const s of manager.shards.values()) s.kill();
    process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // Discord allows one identify per 5 s per bucket; the delay is lowered only against a local stand-in
  const delay = Number(process.env.SOURCEBOT_SHARD_DELAY_MS ?? 5500);
  await manager.spawn({ timeout: 120_000, delay: Number.isFinite(delay) ? delay : 5500 });
}

main().catch((e: unknown) => {
  log('error', `sharding failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 2;
});
