/**
 * `npm run serve` (or `SOURCEBOT_MODE=http npm start`): the bot as Discord's Interactions Endpoint
 * URL, on PORT (default 8080). Health answers at once; readiness and interactions once the
 * knowledge base is loaded. Stateless: any number of replicas over the same corpus can sit behind
 * a load balancer. SIGTERM/SIGINT: stop accepting, finish what is in flight, exit 0.
 */
import type { AddressInfo } from 'node:net';
import type { APIInteraction } from 'discord.js';
import { startApp } from '../app/app.ts';
import { cacheDir, corpusDir } from '../config.ts';
import { stopOnSignals } from '../bot/stop-signals.ts';
import { log } from '../log.ts';
import { startupSummary } from '../snapshot/summary.ts';
import { HttpBot } from './http-bot.ts';
import { EndpointMetrics } from './metrics.ts';
import { createInteractionsServer } from './interactions-server.ts';
import { publicKeyFromHex } from './verify-request.ts';

const DRAIN_MS = 8000;

/** What a log line may say of an interaction: its kind and command, never its token or the user's text. */
function describe(raw: APIInteraction): { type: number; command: string | null } {
  const data = (raw as { data?: { name?: unknown; custom_id?: unknown } }).data;
  const command =
    typeof data?.name === 'string'
      ? data.name
      : typeof data?.custom_id === 'string'
        ? data.custom_id.split('|')[0]!
        : null;
  return { type: raw.type, command };
}

export async function serve(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const keyHex = env.DISCORD_PUBLIC_KEY ?? '';
  const publicKey = publicKeyFromHex(keyHex);
  const port = Number(env.PORT ?? 8080);
  let bot: HttpBot | null = null;
  const metrics = new EndpointMetrics();
  const server = createInteractionsServer({
    publicKey,
    ready: () => !!bot,
    metrics: () => metrics.text(),
    answer: async (interaction) => {
      const raw = interaction as unknown as APIInteraction;
      const started = performance.now();
      let outcome = 'answered';
      try {
        return await bot!.answer(raw);
      } catch (e) {
        outcome = 'failed';
        throw e;
      } finally {
        const ms = performance.now() - started;
        const what = describe(raw);
        log('info', 'interaction', { ...what, ms: Math.round(ms), outcome });
        metrics.interaction(what.command ?? `type-${what.type}`, outcome, ms / 1000);
      }
    },
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  log(
    'info',
    `listening on port ${(server.address() as AddressInfo).port} (POST /interactions, GET /healthz, GET /readyz)`,
  );
  const started = Date.now();
  const loaded = await startApp(corpusDir(args, env), { cacheDir: cacheDir(args, env), saveInBackground: true });
  const app = loaded.app;
  for (const w of app.kb.warnings) log('warn', `${w.file ?? 'corpus'}: ${w.message}`);
  app.prepare();
  const loadedBot = new HttpBot(app, env);
  bot = loadedBot;
  metrics.loaded(
    {
      documents: app.kb.documents.length,
      quotes: app.kb.quotes.length,
      people: app.kb.people.length,
      events: app.kb.events.length,
    },
    (Date.now() - started) / 1000,
  );
  log(
    'info',
    `ready: ${app.kb.documents.length} articles in ${Date.now() - started} ms ${startupSummary(loaded.startup)}`,
  );
  stopOnSignals(async (signal) => {
    log('info', `${signal}: draining (${loadedBot.inFlight.size} interactions in flight)`);
    loadedBot.inFlight.draining = true;
    server.close();
    if (!(await loadedBot.inFlight.settled(DRAIN_MS)))
      log('warn', `interactions still unanswered after ${DRAIN_MS} ms; exiting anyway`);
  });
}
