/**
 * The Discord bot: a discord.js client with the fewest intents it needs (slash commands need
 * only Guilds), answering interactions through the same commands and views as the console.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { App } from '../app/app.ts';
import { log } from '../log.ts';
import { handleInteraction } from './interactions.ts';

export function createClient(env: NodeJS.ProcessEnv): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // never ping anyone, even from a payload that forgot to say so
    allowedMentions: { parse: [] },
    // DISCORD_API_URL points the bot at a local Discord stand-in for tests (see README)
    rest: env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {},
  });
}

/** The bot's listeners on a client (also used by tests, with a client pointed at a stand-in). */
export function wireClient(client: Client, app: App): void {
  client.on(Events.InteractionCreate, (interaction) => {
    void handleInteraction(app, interaction);
  });
  client.once(Events.ClientReady, (c) => log('info', `bot ready as ${c.user.tag}`, { guilds: c.guilds.cache.size }));
  client.on(Events.Error, (e) => log('error', 'discord client error', { error: e.message }));
  client.on(Events.Warn, (m) => log('warn', m));
}

export async function startBot(app: App, env: NodeJS.ProcessEnv): Promise<Client> {
  const client = createClient(env);
  wireClient(client, app);
  process.on('unhandledRejection', (e) => log('error', 'unhandled rejection', { error: e instanceof Error ? e.stack : String(e) }));
  const stop = (signal: string): void => {
    log('info', `${signal}: shutting down`);
    void client.destroy().finally(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  const login = client.login(env.DISCORD_TOKEN);
  // the services' tables are built while the gateway answers, not before connecting
  setImmediate(() => app.prepare());
  await login;
  return client;
}
