/**
 * Graceful shutdown, as production stops the bot: SIGTERM while 100 interactions are in flight
 * against a local Discord that answers slowly. Every interaction the bot accepted is answered
 * (deferred replies filled), later ones get "restarting", the gateway is closed with 1000 and the
 * process exits 0, whether it runs as `node dist/main.js` or under `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import type { APIInteraction } from 'discord.js';
import { autocomplete, chatInput, message, messageContextMenu } from '../support/discord/interactions.ts';
import { startDiscordStandIn, type DiscordStandIn } from '../support/discord/standin.ts';
import { botEnv, ROOT } from '../support/run-script.ts';

let standIn: DiscordStandIn | null = null;
let bot: ChildProcess | null = null;
afterEach(async () => {
  if (bot && bot.exitCode === null && bot.signalCode === null) bot.kill('SIGKILL');
  await standIn?.close();
});

/** 100 interactions of every kind the bot answers; every tenth is a deferred Find sources. */
function mixed(): APIInteraction[] {
  const out: APIInteraction[] = [];
  for (let i = 0; i < 100; i++) {
    const k = i % 10;
    out.push(
      k === 9
        ? messageContextMenu('Find sources', message({ content: 'Did the agency share intelligence with Russia?' }))
        : k === 8
          ? autocomplete('who', { name: 'ja' })
          : k < 4
            ? chatInput('quote', { query: ['intelligence', 'russia', 'warning', 'agency'][k]! })
            : k < 6
              ? chatInput('who', { name: 'Polymeropoulos' })
              : chatInput('timeline', {}),
    );
  }
  return out;
}

async function start(
  command: string,
  args: string[],
): Promise<{ bot: ChildProcess; stderr: () => string; exited: Promise<number | null> }> {
  standIn = await startDiscordStandIn({ responseDelayMs: 150 });
  let stderr = '';
  const child = spawn(command, args, {
    cwd: ROOT,
    env: botEnv(standIn.apiUrl, { SOURCEBOT_CACHE_DIR: 'off' }),
    stdio: ['ignore', 'ignore', 'pipe'],
    // its own process group, as a service manager starts it
    detached: true,
  });
  bot = child;
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await standIn.gateway.waitForIdentify(90_000);
  await standIn.gateway.waitForReady(30_000);
  return { bot: child, stderr: () => stderr, exited };
}

/** Dispatch the interactions, signal once the bot is busy answering, and check every one got its answer. */
async function stopUnderLoad(
  target: { pid: number; group: boolean },
  run: Awaited<ReturnType<typeof start>>,
): Promise<void> {
  const s = standIn!;
  const sent = mixed();
  for (const raw of sent) s.dispatchInteraction(raw);
  // signal while answers are on their way (the stand-in holds each for 150 ms)
  await s.rest.waitForRequest({ route: 'interactionCallback' }, 60_000);
  process.kill(target.group ? -target.pid : target.pid, 'SIGTERM');
  expect(await run.exited).toBe(0);
  const callbacks = s.rest.find({ route: 'interactionCallback' });
  let answered = 0;
  let refused = 0;
  for (const raw of sent) {
    const mine = callbacks.filter((r) => r.params.id === raw.id);
    expect(mine, `interaction ${raw.id} (type ${raw.type})`).toHaveLength(1);
    const cb = mine[0]!;
    expect(cb.status).toBeLessThan(300);
    const body = cb.body as { type: number; data?: { embeds?: { title?: string }[] } };
    if (body.type === 5) {
      // deferred: the real answer is the edit of the original
      const edit = s.rest.find(
        (r) => r.route === 'webhookMessage' && r.method === 'PATCH' && r.params.token === raw.token,
      );
      expect(edit, `deferred ${raw.id} filled`).toHaveLength(1);
      answered++;
    } else if (body.data?.embeds?.[0]?.title === 'Restarting') refused++;
    else answered++;
  }
  expect(answered).toBeGreaterThan(0);
  expect(answered + refused).toBe(sent.length);
  await s.gateway.waitForClientClose(10_000);
  expect(s.gateway.clientCloses).toEqual([1000]);
  expect(run.stderr()).toMatch(/SIGTERM: shutting down/);
  expect(run.stderr()).not.toMatch(/still unanswered/);
}

describe('SIGTERM with 100 interactions in flight', () => {
  it('node dist/main.js answers every accepted one, closes the gateway with 1000 and exits 0', async () => {
    const run = await start(process.execPath, ['dist/main.js']);
    await stopUnderLoad({ pid: run.bot.pid!, group: false }, run);
  });

  it('under npm start, signalled as a process group, does the same', async () => {
    const run = await start('npm', ['start', '--silent']);
    await stopUnderLoad({ pid: run.bot.pid!, group: true }, run);
  });

  it('under npm start, with only npm signalled (as a container runtime does), leaves no bot behind', async () => {
    const run = await start('npm', ['start', '--silent']);
    await stopUnderLoad({ pid: run.bot.pid!, group: false }, run);
    // the bot's gateway connection is gone: no orphan still holds it
    expect(standIn!.gateway.sessions).toBe(0);
  });
});
