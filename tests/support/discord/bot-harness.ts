/**
 * The bot as Discord runs it, for a test file: a real discord.js Client wired to the app, its
 * REST API the local stand-in (strict about mentions), started before the file's tests and
 * stopped after them, with the stand-in's record cleared before each test.
 */
import { Client } from 'discord.js';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { App } from '../../../src/app/app.ts';
import { InFlight } from '../../../src/bot/in-flight.ts';
import { wireClient } from '../../../src/bot/start-bot.ts';
import { startRestStandIn, type RestStandIn } from './rest-server.ts';

export interface BotHarness {
  rest: RestStandIn;
  client: Client;
  /** the bot's record of interactions being answered (set `draining` to act as a shutdown does) */
  inFlight: InFlight;
}

/** Call at the top of a test file; the returned object is filled in before the first test. */
export function useBot(app: App): BotHarness {
  const h = {} as BotHarness;
  beforeAll(async () => {
    h.rest = await startRestStandIn({ strictMentions: true });
    h.client = new Client({ intents: [], allowedMentions: { parse: [] }, rest: { api: h.rest.url } });
    h.inFlight = new InFlight();
    wireClient(h.client, app, h.inFlight);
  });
  afterAll(async () => {
    await h.client.destroy();
    await h.rest.close();
  });
  beforeEach(() => {
    h.rest.reset();
    h.inFlight.draining = false;
  });
  return h;
}
