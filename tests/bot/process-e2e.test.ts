/**
 * The whole bot process, as production runs it: `npm start`'s entry with a dummy token and
 * DISCORD_API_URL pointing at a local Discord stand-in (REST + WebSocket gateway on loopback).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatInput } from '../support/discord/interactions.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord/standin.ts';
import { botEnv, ROOT } from '../support/run-script.ts';

let standIn: DiscordStandIn;
let bot: ChildProcess;
let stderr = '';

beforeAll(async () => {
  standIn = await startDiscordStandIn();
  bot = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: botEnv(standIn.apiUrl),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  bot.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  await standIn.gateway.waitForIdentify(90_000);
  await standIn.gateway.waitForReady(60_000);
}, 180_000);

afterAll(async () => {
  if (bot.exitCode === null) bot.kill('SIGKILL');
  await standIn.close();
});

describe('npm start with a token, against a local Discord', () => {
  it('logs in through the gateway with only the Guilds intent', () => {
    const identify = standIn.gateway.identifies[0];
    expect(identify?.token).toBe('dummy-token');
    expect(identify?.intents).toBe(1); // GatewayIntentBits.Guilds
  });

  it('answers a slash command dispatched over the gateway', async () => {
    standIn.dispatchInteraction(chatInput('sources', {}));
    const r = await standIn.rest.waitForRequest({ route: 'interactionCallback' }, 60_000);
    expect(r.violations).toEqual([]);
    expect(JSON.stringify(r.body)).toContain('The Surprising Intelligence Community Outreach to Russia');
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/SIGTERM: shutting down/);
  });
});
