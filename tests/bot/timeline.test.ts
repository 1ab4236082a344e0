/**
 * /timeline as Discord uses it, on a knowledge base the analysis built from invented articles:
 * a real discord.js Client against the local REST stand-in, raw interactions as the gateway sends them.
 */
import { describe, expect, it } from 'vitest';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { buildKnowledgeBase } from '../../src/kb/build.ts';
import { autocomplete, button, chatInput, injectInteraction } from '../support/discord/interactions.ts';
import type { RecordedRequest } from '../support/discord/rest-server.ts';
import { useBot } from '../support/discord/bot-harness.ts';
import { doc } from '../support/kb-fixture.ts';

// twelve dated events: more than one page of a timeline
const years = [...Array.from({ length: 12 }, (_, i) => 2001 + i), 2015];
const harbor = doc(
  'harbor',
  years.map((y) => `In ${y}, Mayor Ann Lee opened harbor section number ${y - 2000}.`).join('\n\n'),
  { outlet: 'City Paper', url: 'https://paper.example/harbor', published: '2020-05-01' },
);
const bridge = doc(
  'bridge',
  'On March 3, 2015, engineer Victor Petrov closed the old bridge. In 2015, Mayor Ann Lee opened harbor section number 15.',
  { outlet: 'Town Blog', url: 'https://blog.example/bridge', published: '2020-06-01' },
);
const app = createAppFromKnowledgeBase(
  buildKnowledgeBase({ root: '/fixture', documents: [harbor, bridge], warnings: [] }),
);

const bot = useBot(app);

type Embed = { title?: string; description?: string; fields?: { name: string; value: string }[] };
type Body = {
  type: number;
  data?: {
    embeds?: Embed[];
    flags?: number;
    components?: { components: { custom_id?: string; label?: string }[] }[];
    choices?: { name: string; value: string }[];
    allowed_mentions?: { parse: string[] };
  };
};
const EPHEMERAL = 64;
const asker = { id: '500000000000000001', username: 'asker', discriminator: '0', global_name: null, avatar: null };

async function send(payload: Parameters<typeof injectInteraction>[1]): Promise<{ r: RecordedRequest; b: Body }> {
  injectInteraction(bot.client, payload, bot.rest);
  const r = await bot.rest.waitForRequest({ route: 'interactionCallback' }, 60_000);
  return { r, b: r.body as Body };
}
const text = (b: Body): string =>
  (b.data?.embeds ?? [])
    .map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n'))
    .join('\n');

describe('/timeline on Discord', () => {
  it('with no option summarises the whole corpus in order, within Discord’s limits, and pages', async () => {
    const { r, b } = await send(chatInput('timeline', {}, { user: asker }));
    expect(r.violations).toEqual([]);
    expect(b.data?.allowed_mentions).toEqual({ parse: [] });
    const t = text(b);
    expect(t.indexOf('2001')).toBeGreaterThan(-1);
    expect(t.indexOf('2001')).toBeLessThan(t.indexOf('2002'));
    expect(t).toContain('[City Paper](https://paper.example/harbor)');
    const row = b.data?.components?.[0]?.components ?? [];
    expect(row[1]?.label).toMatch(/^Page 1 of [2-9]$/);
    bot.rest.reset();
    const turned = await send(button(row[2]?.custom_id ?? '', { user: asker }));
    expect(turned.b.type).toBe(7);
    expect(turned.b.data?.components?.[0]?.components?.[1]?.label).toMatch(/^Page 2 of /);
    expect(text(turned.b)).toContain('2015');
  });

  it('filters by person and dates; the same event in two outlets is one line with both', async () => {
    const { b } = await send(chatInput('timeline', { person: 'Ann Lee', from: '2015', to: '2015' }));
    const t = text(b);
    expect(t).toContain('2015');
    expect(t).not.toContain('2014');
    expect(t).toContain('[City Paper](https://paper.example/harbor)');
    expect(t).toContain('[Town Blog](https://blog.example/bridge)');
    expect(t).not.toContain('bridge.');
    bot.rest.reset();
    const petrov = text((await send(chatInput('timeline', { person: 'Petrov' }))).b);
    expect(petrov).toContain('3 Mar 2015');
    expect(petrov).toContain('closed the old bridge');
  });

  it('a date it cannot read gets a helpful ephemeral error', async () => {
    const { b } = await send(chatInput('timeline', { from: 'whenever' }));
    expect(b.data?.flags).toBe(EPHEMERAL);
    expect(text(b)).toMatch(/not a date I can read/);
  });

  it('autocompletes the people who take part in events', async () => {
    const { r, b } = await send(autocomplete('timeline', { person: 'pet' }, { focused: 'person' }));
    expect(r.violations).toEqual([]);
    expect(b.type).toBe(8);
    expect(b.data?.choices?.map((c) => c.value)).toContain('Victor Petrov');
  });
});
