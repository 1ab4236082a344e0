// Proves the Discord stand-in works with the REAL discord.js: REST replies, Discord-shaped
// errors, scripted failures, and a full gateway login + INTERACTION_CREATE dispatch.
import { once } from 'node:events';
import { inflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { Client, DiscordAPIError, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import { checkMessagePayload, isMentionViolation } from '../support/discord/limits.ts';
import { Failures, startRestStandIn, type RestStandIn } from '../support/discord/rest-server.ts';
import { startDiscordStandIn } from '../support/discord/standin.ts';
import {
  autocomplete,
  button,
  chatInput,
  injectInteraction,
  messageContextMenu,
} from '../support/discord/interactions.ts';
import { DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID } from '../support/discord/ids.ts';

const NO_PINGS = { parse: [] };

/** Runs `handler` for the next interaction and resolves/rejects with its outcome. */
function handleNext(client: Client, handler: (interaction: Interaction) => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    client.once(Events.InteractionCreate, (interaction) => {
      handler(interaction).then(resolve, reject);
    });
  });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('checkMessagePayload', () => {
  it('accepts a compliant message and names each violation', () => {
    expect(checkMessagePayload({ content: 'ok', allowed_mentions: NO_PINGS })).toEqual([]);
    const violations = checkMessagePayload({
      content: 'x'.repeat(2001),
      embeds: [
        { title: 't'.repeat(257), description: 'd'.repeat(4097), fields: [{ name: 'n', value: 'v'.repeat(1025) }] },
      ],
      components: [
        {
          type: 1,
          components: Array.from({ length: 6 }, (_, i) => ({ type: 2, style: 1, custom_id: `b${i}`, label: 'l' })),
        },
      ],
    });
    expect(violations.some((v) => v.startsWith('content:'))).toBe(true);
    expect(violations.some((v) => v.startsWith('embeds[0].title:'))).toBe(true);
    expect(violations.some((v) => v.startsWith('embeds[0].description:'))).toBe(true);
    expect(violations.some((v) => v.startsWith('embeds[0].fields[0].value:'))).toBe(true);
    expect(violations.some((v) => v.startsWith('components[0].components:'))).toBe(true);
    expect(violations.filter(isMentionViolation)).toHaveLength(1); // allowed_mentions missing
    expect(checkMessagePayload({ content: 'a', allowed_mentions: { parse: ['users'] } })).toEqual([
      expect.stringMatching(/^allowed_mentions\.parse:/),
    ]);
  });

  it('checks the 6000-character embed total and autocomplete choices', () => {
    const embed = { description: 'd'.repeat(4000) };
    expect(checkMessagePayload({ embeds: [embed, embed], allowed_mentions: NO_PINGS })).toEqual([
      expect.stringMatching(/^embeds: Embed size exceeds maximum size of 6000/),
    ]);
    const choices = Array.from({ length: 26 }, (_, i) => ({
      name: i === 0 ? '' : `c${i}`,
      value: 'v'.repeat(i === 1 ? 101 : 1),
    }));
    const found = checkMessagePayload({ choices });
    expect(found).toContainEqual(expect.stringMatching(/^choices:/));
    expect(found).toContainEqual(expect.stringMatching(/^choices\[0\]\.name:/));
    expect(found).toContainEqual(expect.stringMatching(/^choices\[1\]\.value:/));
  });
});

describe('REST stand-in with an injected interaction', () => {
  let rest: RestStandIn;
  let client: Client;

  beforeEach(async () => {
    rest = await startRestStandIn();
    client = new Client({ intents: [], rest: { api: rest.url, retries: 1, timeout: 3000 } });
  });

  afterEach(async () => {
    await client.destroy();
    await rest.close();
  });

  it('(a) records a type-4 callback for interaction.reply()', async () => {
    const raw = chatInput('quote', { query: 'climate', limit: 3 });
    const done = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) throw new Error(`unexpected ${interaction.type}`);
      expect(interaction.options.getString('query')).toBe('climate');
      expect(interaction.options.getInteger('limit')).toBe(3);
      expect(interaction.guildId).toBe(DEFAULT_GUILD_ID);
      await interaction.reply({ content: 'hi', allowedMentions: NO_PINGS });
    });
    expect(injectInteraction(client, raw, rest)?.id).toBe(raw.id);
    await done;
    const [callback] = rest.find({ method: 'POST', route: 'interactionCallback' });
    expect(callback?.path).toBe(`/api/v10/interactions/${raw.id}/${raw.token}/callback`);
    expect(callback?.status).toBe(204);
    expect(callback?.body).toMatchObject({ type: 4, data: { content: 'hi', allowed_mentions: NO_PINGS } });
    expect(callback?.violations).toEqual([]);
  });

  it('(b) rejects an over-long embed with DiscordAPIError 50035 and records it', async () => {
    const done = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) throw new Error('not repliable');
      await interaction.reply({ embeds: [{ description: 'x'.repeat(5000) }], allowedMentions: NO_PINGS });
    });
    injectInteraction(client, chatInput('quote'), rest);
    const error = await rejection(done);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(50035);
    expect((error as DiscordAPIError).message).toContain('data.embeds[0].description[BASE_TYPE_MAX_LENGTH]');
    const [callback] = rest.find({ route: 'interactionCallback' });
    expect(callback?.status).toBe(400);
    expect(callback?.violations).toEqual([expect.stringMatching(/^embeds\[0\]\.description: Must be 4096/)]);
  });

  it('(c) failNext(10062) makes reply() reject with Unknown interaction', async () => {
    rest.failNext({ method: 'POST', path: /\/callback$/ }, Failures.unknownInteraction());
    const done = handleNext(client, async (interaction) => {
      if (interaction.isRepliable()) await interaction.reply({ content: 'late', allowedMentions: NO_PINGS });
    });
    injectInteraction(client, chatInput('quote'), rest);
    const error = await rejection(done);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(10062);
    expect(rest.requests).toHaveLength(1);
  });

  it('rides out a scripted 429 and a 500 (discord.js retries) and flags a double acknowledgement', async () => {
    rest.failNext({ route: 'interactionCallback' }, Failures.rateLimited(0.05));
    rest.failNext({ route: 'followUp' }, Failures.serverError());
    const done = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) return;
      await interaction.reply({ content: 'one', allowedMentions: NO_PINGS });
      await interaction.followUp({ content: 'two', allowedMentions: NO_PINGS });
      // Bypass discord.js' own "already replied" guard to reach the API, as a second process would.
      await client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
        body: { type: 4, data: { content: 'three' } },
        auth: false,
      });
    });
    injectInteraction(client, chatInput('quote'), rest);
    const error = await rejection(done);
    expect((error as DiscordAPIError).code).toBe(40060);
    expect(rest.requests.map((r) => `${r.route} ${r.status}`)).toEqual([
      'interactionCallback 429',
      'interactionCallback 204',
      'followUp 500',
      'followUp 200',
      'interactionCallback 400',
    ]);
    // The raw third callback had no allowed_mentions: recorded as a never-ping violation.
    expect(rest.requests[4]?.violations.filter(isMentionViolation)).toHaveLength(1);
  });

  it('(e) deferReply + editReply hit the callback, then PATCH @original', async () => {
    const raw = chatInput('quote', { query: 'x' });
    const done = handleNext(client, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply();
      const message = await interaction.editReply({ content: 'found it', allowedMentions: NO_PINGS });
      expect(message.content).toBe('found it');
    });
    injectInteraction(client, raw, rest);
    await done;
    expect(rest.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /api/v10/interactions/${raw.id}/${raw.token}/callback`,
      `PATCH /api/v10/webhooks/${raw.application_id}/${raw.token}/messages/@original`,
    ]);
    expect(rest.requests[0]?.body).toMatchObject({ type: 5 });
    expect(rest.requests[1]?.response).toMatchObject({
      content: 'found it',
      channel_id: DEFAULT_CHANNEL_ID,
      author: { bot: true },
    });
  });

  it('builds autocomplete, button and message-context-menu interactions discord.js accepts', async () => {
    const seen: string[] = [];
    const answer = async (interaction: Interaction): Promise<void> => {
      if (interaction.isAutocomplete()) {
        seen.push(`auto:${interaction.options.getFocused(true).name}=${interaction.options.getFocused()}`);
        await interaction.respond([{ name: 'Climate', value: 'climate' }]);
      } else if (interaction.isButton()) {
        seen.push(`button:${interaction.customId}:${interaction.message.id}`);
        await interaction.update({ content: 'page 2', allowedMentions: NO_PINGS, withResponse: true });
      } else if (interaction.isMessageContextMenuCommand()) {
        seen.push(`context:${interaction.targetMessage.content}`);
        await interaction.reply({ content: 'sourced', allowedMentions: NO_PINGS, flags: 64 });
      }
    };
    client.on(Events.InteractionCreate, (interaction) => void answer(interaction));
    const clicked = button('page:2');
    injectInteraction(client, autocomplete('quote', { speaker: 'Bi', query: 'clim' }, { focused: 'query' }), rest);
    injectInteraction(client, clicked, rest);
    injectInteraction(client, messageContextMenu('Source this', { content: 'Is this true?' }), rest);
    await vi.waitFor(() => expect(rest.requests.filter((r) => r.status !== 0)).toHaveLength(3), { timeout: 30_000 });
    expect(seen).toEqual(['auto:query=clim', `button:page:2:${clicked.message.id}`, 'context:Is this true?']);
    const bodies = rest.find({ route: 'interactionCallback' }).map((r) => r.body);
    expect(bodies).toContainEqual({ type: 8, data: { choices: [{ name: 'Climate', value: 'climate' }] } });
    expect(bodies).toContainEqual(expect.objectContaining({ type: 7 }));
    expect(bodies).toContainEqual(expect.objectContaining({ type: 4, data: expect.objectContaining({ flags: 64 }) }));
    // update() on the tracked button message edits that message.
    const update = rest.find((r) => (r.body as { type?: number } | null)?.type === 7)[0];
    expect(update?.response).toMatchObject({
      resource: { type: 7, message: { id: clicked.message.id, content: 'page 2' } },
    });
  });

  it('records attachments sent as multipart payload_json', async () => {
    const done = handleNext(client, async (interaction) => {
      if (!interaction.isRepliable()) return;
      await interaction.reply({
        content: 'export',
        files: [{ attachment: Buffer.from('a,b\n1,2\n'), name: 'quotes.csv' }],
        allowedMentions: NO_PINGS,
      });
    });
    injectInteraction(client, chatInput('export'), rest);
    await done;
    const [callback] = rest.requests;
    expect(callback?.headers['content-type']).toMatch(/^multipart\/form-data/);
    expect(callback?.body).toMatchObject({ type: 4, data: { content: 'export' } });
    expect(callback?.files).toEqual([expect.objectContaining({ name: 'quotes.csv', size: 8 })]);
  });

  it('answers unknown routes with 404 and records them', async () => {
    const error = await rejection(client.rest.get('/channels/1/messages', { auth: false }));
    expect((error as DiscordAPIError).status).toBe(404);
    expect(rest.requests[0]).toMatchObject({
      method: 'GET',
      path: '/api/v10/channels/1/messages',
      route: 'unknown',
      status: 404,
    });
  });
});

describe('gateway stand-in', () => {
  it('(d) logs a real Client in and delivers INTERACTION_CREATE', async () => {
    const standIn = await startDiscordStandIn();
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      allowedMentions: NO_PINGS,
      ...standIn.clientOptions,
    });
    try {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login('dummy-token');
      await ready;
      expect(client.user?.bot).toBe(true);
      expect(client.guilds.cache.has(DEFAULT_GUILD_ID)).toBe(true);
      const identify = await standIn.gateway.waitForIdentify();
      expect(identify.token).toBe('dummy-token');
      expect(standIn.rest.find({ route: 'gatewayBot' })[0]?.headers.authorization).toBe('Bot dummy-token');

      const done = handleNext(client, async (interaction) => {
        if (!interaction.isChatInputCommand()) throw new Error('unexpected interaction');
        // With the guild cached, the channel resolves to a real TextChannel.
        expect(interaction.channel?.id).toBe(DEFAULT_CHANNEL_ID);
        await interaction.reply({ content: 'from the gateway' }); // client-wide allowedMentions applies
      });
      const raw = chatInput('quote', { query: 'x' });
      expect(standIn.dispatchInteraction(raw)).toBe(1);
      await done;
      const callback = await standIn.rest.waitForRequest({ route: 'interactionCallback' });
      expect(callback.body).toMatchObject({
        type: 4,
        data: { content: 'from the gateway', allowed_mentions: NO_PINGS },
      });
      expect(callback.violations).toEqual([]);

      // A dropped connection (4000) makes discord.js RESUME; the stand-in honours it.
      const resumed = once(client, Events.ShardResume);
      standIn.gateway.disconnectAll(4000, 'test');
      await resumed;
      expect(standIn.gateway.received.map((f) => f.op).filter((op) => op !== 1)).toEqual([2, 6]);
    } finally {
      await client.destroy();
      await standIn.close();
    }
  });

  it('serves compress=zlib-stream (what discord.js asks for when zlib-sync is installed)', async () => {
    const standIn = await startDiscordStandIn({ guilds: [] });
    const ws = new WebSocket(`${standIn.gateway.url}/?v=10&encoding=json&compress=zlib-stream`);
    try {
      const frames: Buffer[] = [];
      const payloads: { op: number; t: string | null }[] = [];
      const got = (n: number) =>
        vi.waitFor(() => expect(payloads.length).toBeGreaterThanOrEqual(n), { timeout: 30_000 });
      ws.on('message', (data: Buffer) => {
        expect(data.subarray(-4).toString('hex')).toBe('0000ffff'); // Z_SYNC_FLUSH marker
        frames.push(data);
        // One zlib context per connection: inflate everything received so far, split on JSON objects.
        const text = inflateSync(Buffer.concat(frames), { finishFlush: 2 /* Z_SYNC_FLUSH */ }).toString();
        payloads.splice(
          0,
          payloads.length,
          ...text.split(/(?<=\})(?=\{"s")/).map((p) => JSON.parse(p) as { op: number; t: string | null }),
        );
      });
      await got(1);
      ws.send(JSON.stringify({ op: 2, d: { token: 't', intents: 0, properties: {}, shard: [0, 1] } }));
      await got(2);
      expect(standIn.gateway.dispatch('INTERACTION_CREATE', chatInput('quote'))).toBe(1);
      await got(3);
      expect(payloads.map((p) => [p.op, p.t])).toEqual([
        [10, null],
        [0, 'READY'],
        [0, 'INTERACTION_CREATE'],
      ]);
    } finally {
      ws.terminate();
      await standIn.close();
    }
  });
});
