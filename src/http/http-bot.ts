/**
 * The bot over HTTP: the same discord.js interaction objects, router, commands and views as on
 * the gateway, with a discord.js Client that never connects. A verified interaction is handed to
 * the client as the gateway would hand it; the first answer the router gives (message, deferral,
 * autocomplete choices, page update) would be a POST to the interaction's callback: it is caught
 * on its way out and becomes the HTTP response instead. Everything after it (a deferred reply's
 * edit, follow-ups) goes to the webhook endpoints as usual, which need no bot token.
 */
import { Client, type APIInteraction } from 'discord.js';
import type { App } from '../app/app.ts';
import { InFlight } from '../bot/in-flight.ts';
import { routeInteractions } from '../bot/start-bot.ts';
import { log } from '../log.ts';
import { emitInteraction, newClientApplication, newClientUser } from './discord-internals.ts';

/** Discord waits 3 s for the first answer; past this the router is given up on (a 500 to Discord). */
export const FIRST_ANSWER_MS = 2800;

const CALLBACK = /\/interactions\/(\d+)\/[^/]+\/callback(?:\?|$)/;

export class HttpBot {
  readonly client: Client;
  readonly inFlight = new InFlight();
  /** interaction id → where its first answer goes */
  private readonly waiting = new Map<string, (body: unknown) => void>();

  constructor(
    private readonly app: App,
    env: NodeJS.ProcessEnv,
  ) {
    this.client = new Client({
      intents: [],
      allowedMentions: { parse: [] },
      rest: { ...(env.DISCORD_API_URL ? { api: env.DISCORD_API_URL } : {}), makeRequest: this.makeRequest },
    });
    routeInteractions(this.client, this.app, this.inFlight);
  }

  /** The HTTP response body for a verified interaction (PING aside). */
  answer(raw: APIInteraction): Promise<unknown> {
    this.prepare(raw);
    const first = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting.delete(raw.id);
        reject(new Error(`no answer to interaction ${raw.id} within ${FIRST_ANSWER_MS} ms`));
      }, FIRST_ANSWER_MS);
      this.waiting.set(raw.id, (body) => {
        clearTimeout(timer);
        resolve(body);
      });
    });
    emitInteraction(this.client, raw);
    return first;
  }

  /** The client needs its own user and application before it can build interactions. */
  private prepare(raw: APIInteraction): void {
    if (this.client.user) return;
    const user = newClientUser(this.client, {
      id: raw.application_id,
      username: 'sourcebot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    });
    this.client.user = user;
    this.client.application = newClientApplication(this.client, raw.application_id);
  }

  /** discord.js' requests: an interaction's first answer is caught, everything else is sent. */
  private readonly makeRequest = async (url: string, init: RequestInit): Promise<Response> => {
    const m = CALLBACK.exec(url);
    const deliver = m && init.method === 'POST' ? this.waiting.get(m[1]!) : undefined;
    if (!deliver) return fetch(url, init);
    this.waiting.delete(m![1]!);
    if (typeof init.body !== 'string') {
      log('error', 'an interaction answer with attachments cannot be an HTTP response', { interaction: m![1] });
      return new Response(JSON.stringify({ code: 0, message: 'attachments are not supported over HTTP' }), {
        status: 400,
        headers: { 'content-type': 'application/json' },
      });
    }
    deliver(JSON.parse(init.body));
    return new Response(null, { status: 204 });
  };
}
