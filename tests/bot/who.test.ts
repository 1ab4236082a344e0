/**
 * /who as Discord uses it: a real discord.js Client against the local REST stand-in (which
 * enforces Discord's limits and records any payload that could ping), with raw interactions.
 */
import { describe, expect, it } from 'vitest';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import type { PersonRecord } from '../../src/kb/types.ts';
import { autocomplete, chatInput, injectInteraction } from '../support/discord/interactions.ts';
import type { RecordedRequest } from '../support/discord/rest-server.ts';
import { useBot } from '../support/discord/bot-harness.ts';
import { priya, whoKb } from '../support/who-fixture.ts';

// 30 more people with long names and roles, so autocomplete has to cut to Discord's limits
const crowd: PersonRecord[] = Array.from({ length: 30 }, (_, i) => ({
  id: `crowd-${i}`,
  name: `Person Number ${i} With A Remarkably Long Name Used To Test Limits ${'x'.repeat(40)}`,
  aliases: [`Holliston ${i}`],
  roles: [
    { text: `a role long enough to push the choice over one hundred characters, number ${i}`, documentId: 'wire' },
  ],
  documentIds: ['wire'],
  mentions: [],
}));
const kb = whoKb(crowd);
// an @everyone among a person's names must not ping anyone
kb.people = kb.people.map((p) => (p.id === priya.id ? { ...p, aliases: [...p.aliases, '@everyone'] } : p));
const app = createAppFromKnowledgeBase(kb);

const bot = useBot(app);

type Embed = { title?: string; description?: string; footer?: { text: string } };
type Body = {
  type: number;
  data?: {
    embeds?: Embed[];
    flags?: number;
    choices?: { name: string; value: string }[];
    allowed_mentions?: { parse: string[] };
  };
};
const EPHEMERAL = 64;

async function send(payload: Parameters<typeof injectInteraction>[1]): Promise<{ r: RecordedRequest; b: Body }> {
  injectInteraction(bot.client, payload, bot.rest);
  const r = await bot.rest.waitForRequest({ route: 'interactionCallback' }, 60_000);
  return { r, b: r.body as Body };
}

describe('/who on Discord', () => {
  it('answers a profile in embeds within Discord’s limits, publicly, pinging no one', async () => {
    const { r, b } = await send(chatInput('who', { name: 'Jane Hollis' }));
    expect(r.status).toBe(204);
    expect(r.violations).toEqual([]);
    expect(b.type).toBe(4);
    expect(b.data?.flags).toBeUndefined();
    expect(b.data?.allowed_mentions).toEqual({ parse: [] });
    const embeds = b.data?.embeds ?? [];
    expect(embeds.map((e) => e.title)).toEqual([
      'Jane Hollis',
      'Roles',
      'Most-cited quotes',
      'Mentioned in 4 articles',
      'Dated events',
      'Often mentioned with',
    ]);
    expect(embeds[1]?.description).toContain(
      '• the mayor — [Example Wire](https://wire.example/bridge), [Town Blog](https://blog.example/bridge)',
    );
    expect(embeds[3]?.description).toContain('date unknown · Council notes · link unknown — outlet unknown');
    expect(embeds[5]?.description).toContain('Priya Nair: in 2 sentences together');
  });

  it('with hide, answers only to the caller', async () => {
    const { b } = await send(chatInput('who', { name: 'Jane Hollis', hide: true }));
    expect(b.data?.flags).toBe(EPHEMERAL);
  });

  it('lists the candidates of an ambiguous name, only to the caller', async () => {
    const { r, b } = await send(chatInput('who', { name: 'Hollis' }));
    expect(r.violations).toEqual([]);
    expect(b.data?.flags).toBe(EPHEMERAL);
    expect(b.data?.embeds?.[0]?.title).toBe('“Hollis” could mean 2 people');
    expect(b.data?.embeds?.slice(1).map((e) => e.title)).toEqual(['Jane Hollis', 'Tom Hollis']);
  });

  it('an unknown name gets a helpful ephemeral error', async () => {
    const { b } = await send(chatInput('who', { name: 'Nobody Atall' }));
    expect(b.data?.flags).toBe(EPHEMERAL);
    expect(b.data?.embeds?.[0]?.title).toBe('Nobody called “Nobody Atall” is known');
    expect(b.data?.embeds?.[0]?.description).toMatch(/\/quote/);
  });

  it('a profile whose names contain @everyone pings no one', async () => {
    const { r, b } = await send(chatInput('who', { name: 'Priya Nair' }));
    expect(r.violations).toEqual([]);
    const text = JSON.stringify(b.data?.embeds);
    expect(text).toContain('@\u200beveryone');
    expect(text).not.toContain('@everyone');
    expect(b.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it('is listed by /help', async () => {
    const { r, b } = await send(chatInput('help', {}));
    expect(r.violations).toEqual([]);
    expect(b.data?.embeds?.map((e) => e.title)).toContain('/who');
  });
});

describe('/who autocomplete', () => {
  it('offers both namesakes with their roles for a surname', async () => {
    const { r, b } = await send(autocomplete('who', { name: 'hollis' }, { focused: 'name' }));
    expect(r.violations).toEqual([]);
    expect(b.type).toBe(8);
    expect(b.data?.choices?.slice(0, 2)).toEqual([
      { name: 'Jane Hollis — the mayor', value: 'Jane Hollis' },
      { name: 'Tom Hollis — councillor', value: 'Tom Hollis' },
    ]);
  });

  it('keeps to 25 choices of at most 100 characters when many people match', async () => {
    const { r, b } = await send(autocomplete('who', { name: '' }, { focused: 'name' }));
    expect(r.violations).toEqual([]);
    const choices = b.data?.choices ?? [];
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100)).toBe(true);
    expect(choices[0]).toEqual({ name: 'Jane Hollis — the mayor', value: 'Jane Hollis' });
  });

  it('matches aliases and typos', async () => {
    const { b } = await send(autocomplete('who', { name: 'holliston 7' }, { focused: 'name' }));
    expect(b.data?.choices?.map((c) => c.value)).toEqual([crowd[7]!.name.slice(0, 100)]);
    bot.rest.reset();
    const typo = await send(autocomplete('who', { name: 'pryia nair' }, { focused: 'name' }));
    expect(typo.b.data?.choices?.map((c) => c.value)).toEqual(['Priya Nair']);
  });
});
