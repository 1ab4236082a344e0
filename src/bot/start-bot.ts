/**
 * The Discord bot: a discord.js client with the fewest intents it needs (slash commands need
 * only Guilds), answering interactions through the same commands and views as the console.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { App } from '../app/app.ts';
import { log } from '../log.ts';
import { InFlight } from './in-flight.ts';
import { stopOnSignals } from './stop-signals.ts';
import { handleInteraction, refuseWhileStopping } from './interactions.ts';

/** A shutdown finishes accepted interactions for at most this long, then closes anyway (all within 10 s). */
export const DRAIN_MS = 8000;

export function createClient(env: NodeJS.ProcessEnv): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // never ping anyone, even from a payload that forgot to say so
    allowedMentions: { parse: [] },
    // DISCORD_API_URL points the bot at a local Discord stand-in for tests (see README)
    rest: env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {},
  });
}

/** Every interaction the client emits is answered (or, while draining, refused), and counted in flight. */
export function routeInteractions(client: Client, app: App, inFlight: InFlight): void {
  client.on(Events.InteractionCreate, (interaction) => {
    inFlight.track(inFlight.draining ? refuseWhileStopping(interaction) : handleInteraction(app, interaction));
  });
}

/** The bot's listeners on a client (also used by tests, with a client pointed at a stand-in). */
export function wireClient(client: Client, app: App, inFlight: InFlight = new InFlight()): void {
  routeInteractions(client, app, inFlight);
  client.once(Events.ClientReady, (c) => log('info', `bot ready as ${c.user.tag}`, { guilds: c.guilds.cache.size }));
  client.on(Events.Error, (e) => log('error', 'discord client error', { error: e.message }));
  client.on(Events.Warn, (m) => log('warn', m));
}

/**
 * Stop cleanly: refuse new interactions, finish the accepted ones (deferred replies filled), then
 * close the gateway (code 1000) and exit 0. Resolves to whether everything accepted was answered.
 */
export async function shutDown(client: Client, inFlight: InFlight, drainMs = DRAIN_MS): Promise<boolean> {
  inFlight.draining = true;
  const waiting = inFlight.size;
  const done = await inFlight.settled(drainMs);
  if (!done) log('warn', `${inFlight.size} interactions were still unanswered after ${drainMs} ms; closing anyway`);
  else if (waiting) log('info', `answered the ${waiting} interactions in flight`);
  await client.destroy();
  return done;
}

export async function startBot(app: App, env: NodeJS.ProcessEnv): Promise<Client> {
  const client = createClient(env);
  const inFlight = new InFlight();
  wireClient(client, app, inFlight);
  process.on('unhandledRejection', (e) =>
    log('error', 'unhandled rejection', { error: e instanceof Error ? e.stack : String(e) }),
  );
  stopOnSignals((signal) => {
    log('info', `${signal}: shutting down (finishing ${inFlight.size} interactions in flight)`);
    return shutDown(client, inFlight);
  });
  const login = client.login(env.DISCORD_TOKEN);
  // the services' tables are built while the gateway answers, not before connecting
  void app.prepareInBackground();
  await login;
  return client;
}
