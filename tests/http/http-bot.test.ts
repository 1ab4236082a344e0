/**
 * The bot over HTTP, as Discord drives it: signed POSTs to two independent server instances over
 * one knowledge base; first answers come back as the HTTP response, a deferred reply's edit
 * arrives at a local stand-in of the webhook endpoints, and a page button made by one instance
 * is turned by the other.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIInteraction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { HttpBot } from '../../src/http/http-bot.ts';
import { createInteractionsServer } from '../../src/http/interactions-server.ts';
import { publicKeyFromHex } from '../../src/http/verify-request.ts';
import { autocomplete, button, chatInput, message, messageContextMenu } from '../support/discord/interactions.ts';
import { startRestStandIn, type RestStandIn } from '../support/discord/rest-server.ts';
import { doc, kbOf, person, quoteIn } from '../support/kb-fixture.ts';

const words = ['harbour', 'budget', 'ferries', 'tunnel', 'parking', 'schools', 'taxes', 'housing', 'buses', 'parks'];
const body = words.map((w, i) => `Mayor Ann Lee said: “The ${w} plan is ready, plan ${i}.”`).join('\n\n');
const d = doc('council', body, { outlet: 'City Paper', url: 'https://paper.example/council', published: '2022-05-01' });
const quotes = words.map((w, i) =>
  quoteIn(d, i, `The ${w} plan is ready, plan ${i}.`, { speaker: 'Ann Lee', speakerId: 'ann-lee' }),
);
const app = createAppFromKnowledgeBase(
  kbOf([d], quotes, [person('ann-lee', 'Ann Lee', ['Lee'], 'the mayor', ['council'])]),
);

const pair = generateKeyPairSync('ed25519');
const publicKey = publicKeyFromHex(
  Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex'),
);
const ASKER = { id: '500000000000000001', username: 'asker', discriminator: '0', global_name: null, avatar: null };

let webhooks: RestStandIn;
const servers: Server[] = [];
const urls: string[] = [];

beforeAll(async () => {
  webhooks = await startRestStandIn();
  for (let k = 0; k < 2; k++) {
    const bot = new HttpBot(app, { DISCORD_API_URL: webhooks.url });
    const server = createInteractionsServer({
      publicKey,
      ready: () => true,
      answer: (i) => bot.answer(i as unknown as APIInteraction),
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    servers.push(server);
    urls.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/interactions`);
  }
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  await webhooks.close();
});

type Answer = {
  type: number;
  data?: {
    embeds?: { title?: string }[];
    choices?: { name: string }[];
    flags?: number;
    allowed_mentions?: unknown;
    components?: { components: { custom_id?: string; label?: string }[] }[];
  };
};

async function send(to: number, raw: APIInteraction): Promise<Answer> {
  const json = JSON.stringify(raw);
  const ts = String(Math.floor(Date.now() / 1000));
  const r = await fetch(urls[to]!, {
    method: 'POST',
    body: json,
    headers: {
      'content-type': 'application/json',
      'x-signature-timestamp': ts,
      'x-signature-ed25519': sign(null, Buffer.from(ts + json), pair.privateKey).toString('hex'),
    },
  });
  expect(r.status).toBe(200);
  return (await r.json()) as Answer;
}

describe('the bot over HTTP', () => {
  it('answers /quote in the HTTP response, pinging no one', async () => {
    const a = await send(0, chatInput('quote', { query: 'ferries' }));
    expect(a.type).toBe(4);
    expect(a.data?.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(a.data?.embeds)).toContain('The ferries plan is ready');
    // nothing went to Discord's REST API for it
    expect(webhooks.requests).toEqual([]);
  });

  it('answers /who and /timeline, and autocomplete with choices', async () => {
    expect(JSON.stringify((await send(1, chatInput('who', { name: 'Ann Lee' }))).data?.embeds)).toContain('Ann Lee');
    expect((await send(0, chatInput('timeline', {}))).type).toBe(4);
    const choices = await send(1, autocomplete('quote', { query: 'x', speaker: 'An' }));
    expect(choices.type).toBe(8);
    expect(choices.data?.choices?.map((c) => c.name)).toContain('Ann Lee');
  });

  it('turns a page on the other instance from the state in the button', async () => {
    const first = await send(0, chatInput('quote', { speaker: 'Ann Lee' }, { user: ASKER }));
    const next = first.data?.components?.[0]?.components?.[2]?.custom_id ?? '';
    expect(next).toMatch(/^pg\|/);
    const turned = await send(1, button(next, { user: ASKER }));
    expect(turned.type).toBe(7);
    expect(JSON.stringify(turned.data?.components)).toContain('Page 2 of');
  });

  it('defers Find sources in the HTTP response, then fills it through the webhook endpoint', async () => {
    const raw = messageContextMenu('Find sources', message({ content: 'Is the ferries plan really ready?' }));
    const a = await send(1, raw);
    expect(a.type).toBe(5);
    const edit = await webhooks.waitForRequest({ route: 'webhookMessage', method: 'PATCH' }, 30_000);
    expect(edit.params.token).toBe(raw.token);
    expect(JSON.stringify(edit.body)).toContain('ferries');
    expect(edit.violations).toEqual([]);
  });
});
