/**
 * The bot as Discord uses it, without Discord: a real discord.js Client whose REST API is a
 * local stand-in that records every request and enforces Discord's limits; raw interaction
 * payloads are injected the way the gateway delivers them.
 */
import { describe, expect, it, vi } from 'vitest';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import {
  autocomplete,
  button,
  chatInput,
  injectInteraction,
  messageContextMenu,
  message,
} from '../support/discord/interactions.ts';
import { Failures, type RecordedRequest } from '../support/discord/rest-server.ts';
import { useBot } from '../support/discord/bot-harness.ts';
import { doc, kbOf, person, quoteIn } from '../support/kb-fixture.ts';

// a corpus of ten quotes from one speaker, one with mention-like text, one very long
const words = ['harbour', 'budget', 'ferries', 'tunnel', 'parking', 'schools', 'taxes', 'housing', 'buses', 'parks'];
const body =
  words.map((w, i) => `Mayor Ann Lee said: “The ${w} plan is ready, plan ${i}.”`).join('\n\n') +
  '\n\nA heckler shouted “@everyone <@&123456789012345678> look at the plan”.\n\nShe added: “' +
  'plan '.repeat(1200) +
  'end.”';
const d = doc('council', body, { outlet: 'City Paper', url: 'https://paper.example/council', published: '2022-05-01' });
const quotes = words.map((w, i) =>
  quoteIn(d, i, `The ${w} plan is ready, plan ${i}.`, { speaker: 'Ann Lee', speakerId: 'ann-lee' }),
);
quotes.push(
  quoteIn(d, 20, '@everyone <@&123456789012345678> look at the plan', {
    kind: 'direct',
    speakerType: 'anonymous',
    description: 'a heckler',
  }),
);
quotes.push(quoteIn(d, 21, 'plan '.repeat(1200) + 'end.', { speaker: 'Ann Lee', speakerId: 'ann-lee' }));
const app = createAppFromKnowledgeBase(
  kbOf([d], quotes, [person('ann-lee', 'Ann Lee', ['Lee', 'Mayor Lee'], 'the mayor', ['council'])]),
);

const bot = useBot(app);

const callback = (): Promise<RecordedRequest> => bot.rest.waitForRequest({ route: 'interactionCallback' }, 60_000);
type Embed = {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
};
type Body = {
  type: number;
  data?: {
    embeds?: Embed[];
    flags?: number;
    components?: { components: { custom_id?: string; disabled?: boolean; label?: string }[] }[];
    choices?: { name: string; value: string }[];
    allowed_mentions?: { parse: string[] };
  };
};
const bodyOf = (r: RecordedRequest): Body => r.body as Body;
const EPHEMERAL = 64;

describe('slash commands', () => {
  it('/sources answers with embeds within Discord’s limits and pings no one', async () => {
    injectInteraction(bot.client, chatInput('sources', {}), bot.rest);
    const r = await callback();
    expect(r.status).toBe(204);
    expect(r.violations).toEqual([]);
    const b = bodyOf(r);
    expect(b.type).toBe(4);
    expect(b.data?.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(b.data?.embeds)).toContain('City Paper');
  });

  it('/help answers only to the caller', async () => {
    injectInteraction(bot.client, chatInput('help', {}), bot.rest);
    const b = bodyOf(await callback());
    expect(b.data?.flags).toBe(EPHEMERAL);
    expect(JSON.stringify(b.data?.embeds)).toContain('/quote');
  });

  it('/quote with hide answers only to the caller; a bad request gets a helpful ephemeral error', async () => {
    injectInteraction(bot.client, chatInput('quote', { query: 'harbour', hide: true }), bot.rest);
    expect(bodyOf(await callback()).data?.flags).toBe(EPHEMERAL);
    bot.rest.reset();
    injectInteraction(bot.client, chatInput('quote', { outlet: 'City Paper' }), bot.rest);
    const b = bodyOf(await callback());
    expect(b.data?.flags).toBe(EPHEMERAL);
    expect(b.data?.embeds?.[0]?.title).toMatch(/What should I look for/);
  });
});

describe('paging with buttons', () => {
  it('turns the page from the state in the button, for the asker only', async () => {
    injectInteraction(
      bot.client,
      chatInput(
        'quote',
        { speaker: 'Ann Lee' },
        { user: { id: '500000000000000001', username: 'asker', discriminator: '0', global_name: null, avatar: null } },
      ),
      bot.rest,
    );
    const first = bodyOf(await callback());
    const row = first.data?.components?.[0]?.components ?? [];
    expect(row.map((c) => c.label)).toEqual(['◀ Previous', 'Page 1 of 3', 'Next ▶']);
    const next = row[2]?.custom_id ?? '';
    expect(next.length).toBeLessThanOrEqual(100);
    bot.rest.reset();
    injectInteraction(
      bot.client,
      button(next, {
        user: { id: '500000000000000001', username: 'asker', discriminator: '0', global_name: null, avatar: null },
      }),
      bot.rest,
    );
    const turned = bodyOf(await callback());
    expect(turned.type).toBe(7);
    expect(turned.data?.components?.[0]?.components?.[1]?.label).toBe('Page 2 of 3');
    bot.rest.reset();
    injectInteraction(
      bot.client,
      button(next, {
        user: { id: '500000000000000002', username: 'other', discriminator: '0', global_name: null, avatar: null },
      }),
      bot.rest,
    );
    const foreign = bodyOf(await callback());
    expect(foreign.type).toBe(4);
    expect(foreign.data?.flags).toBe(EPHEMERAL);
    expect(foreign.data?.embeds?.[0]?.title).toBe('Not your results');
  });

  it('says clearly when a button’s state has expired', async () => {
    injectInteraction(
      bot.client,
      button('pg|1|quote|2|500000000000000001|zzzzzz|speaker=Ann+Lee', {
        user: { id: '500000000000000001', username: 'asker', discriminator: '0', global_name: null, avatar: null },
      }),
      bot.rest,
    );
    const b = bodyOf(await callback());
    expect(b.data?.flags).toBe(EPHEMERAL);
    expect(b.data?.embeds?.[0]?.description).toMatch(/expired/);
  });

  it('says so when another instance kept the options of a button', async () => {
    injectInteraction(
      bot.client,
      button(`pg|1|quote|2|500000000000000001|${app.fingerprint}|@notkepthere1`, {
        user: { id: '500000000000000001', username: 'asker', discriminator: '0', global_name: null, avatar: null },
      }),
      bot.rest,
    );
    const b = bodyOf(await callback());
    expect(b.data?.flags).toBe(EPHEMERAL);
    expect(b.data?.embeds?.[0]?.description).toMatch(/this instance of the bot does not have them/);
  });
});

describe('autocomplete', () => {
  it('offers speakers by alias, at most 25 choices', async () => {
    injectInteraction(bot.client, autocomplete('quote', { speaker: 'mayor' }, { focused: 'speaker' }), bot.rest);
    const b = bodyOf(await callback());
    expect(b.type).toBe(8);
    expect(b.data?.choices).toEqual([{ name: 'Ann Lee', value: 'Ann Lee' }]);
  });
});

describe('the Find sources context-menu command', () => {
  it('defers, then answers only to the caller with the closest quotes', async () => {
    injectInteraction(
      bot.client,
      messageContextMenu('Find sources', message({ content: 'Is the ferries plan really ready?' })),
      bot.rest,
    );
    const deferred = bodyOf(await callback());
    expect(deferred.type).toBe(5);
    expect(deferred.data?.flags).toBe(EPHEMERAL);
    const edit = await bot.rest.waitForRequest({ route: 'webhookMessage' }, 60_000);
    expect(edit.violations).toEqual([]);
    expect(JSON.stringify(edit.body)).toContain('The ferries plan is ready');
  });
});

describe('safety', () => {
  it('a quote with @everyone and a role mention pings no one and is escaped', async () => {
    injectInteraction(bot.client, chatInput('quote', { query: 'look at the plan heckler' }), bot.rest);
    const r = await callback();
    expect(r.violations).toEqual([]);
    const text = JSON.stringify(bodyOf(r).data?.embeds);
    expect(text).not.toContain('@everyone');
    expect(text).not.toMatch(/<@&\d+>/);
    expect(bodyOf(r).data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('an over-long quote is clipped to fit Discord, not refused', async () => {
    injectInteraction(bot.client, chatInput('quote', { query: 'plan plan plan end' }), bot.rest);
    const r = await callback();
    expect(r.status).toBe(204);
    expect(r.violations).toEqual([]);
  });

  it('survives Discord answering 10062 (unknown interaction) and answers the next one', async () => {
    const warn = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    bot.rest.failNext({ route: 'interactionCallback' }, Failures.unknownInteraction());
    injectInteraction(bot.client, chatInput('sources', {}), bot.rest);
    const failed = await callback();
    expect(failed.status).toBe(404);
    await vi.waitFor(() => expect(warn.mock.calls.some((c) => String(c[0]).includes('10062'))).toBe(true));
    warn.mockRestore();
    bot.rest.reset();
    injectInteraction(bot.client, chatInput('sources', {}), bot.rest);
    expect((await callback()).status).toBe(204);
  });

  it('a handler error becomes an ephemeral “something went wrong” with a reference', async () => {
    const spy = vi.spyOn(app.quotes, 'find').mockImplementation(() => {
      throw new Error('boom');
    });
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    injectInteraction(bot.client, chatInput('quote', { query: 'harbour' }), bot.rest);
    const b = bodyOf(await callback());
    spy.mockRestore();
    err.mockRestore();
    expect(b.data?.flags).toBe(EPHEMERAL);
    expect(b.data?.embeds?.[0]?.title).toBe('Something went wrong');
    expect(b.data?.embeds?.[0]?.description).toMatch(/Reference: [0-9a-f]{8}/);
  });
});

describe('while shutting down', () => {
  it('refuses new interactions with a short ephemeral notice, and autocomplete with no choices', async () => {
    bot.inFlight.draining = true;
    injectInteraction(bot.client, chatInput('quote', { query: 'ferries' }), bot.rest);
    const r = await callback();
    expect(bodyOf(r).data?.embeds?.[0]?.title).toBe('Restarting');
    expect(bodyOf(r).data?.flags).toBe(EPHEMERAL);
    bot.rest.reset();
    injectInteraction(bot.client, autocomplete('quote', { query: 'x', speaker: 'An' }), bot.rest);
    expect(bodyOf(await callback()).data?.choices).toEqual([]);
  });

  it('counts what it is answering until the answer is sent', async () => {
    bot.rest.failNext({ route: 'interactionCallback' }, Failures.rateLimited(0.2));
    injectInteraction(bot.client, chatInput('quote', { query: 'ferries' }), bot.rest);
    await vi.waitFor(() => expect(bot.inFlight.size).toBe(1));
    expect(await bot.inFlight.settled(60_000)).toBe(true);
    expect(bot.rest.find({ route: 'interactionCallback' }).filter((r) => r.status < 300)).toHaveLength(1);
  });
});
