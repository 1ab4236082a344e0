/**
 * Issue 14: user text is shown as written on Discord, never as markdown, a live masked link or a
 * mention, in every title, description and field it appears in. The console shows it as typed.
 */
import { describe, expect, it } from 'vitest';
import { findSourcesCommand } from '../../commands/find-sources.ts';
import { findCommand } from '../../commands/index.ts';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { answerLine } from '../../src/cli/answer.ts';
import { toDiscordMessage, type DiscordMessage } from '../../src/views/discord.ts';
import type { View } from '../../src/views/model.ts';
import { quoteResultsView } from '../../src/views/quote-view.ts';
import { doc, kbOf, person, quoteIn } from '../support/kb-fixture.ts';

const EVIL = '**bold** @everyone [x](http://evil.example)';

const d = doc('harbor', 'Mayor Ann Lee said: “The harbor will reopen in June after the repairs.”', {
  outlet: 'City Paper',
  url: 'https://paper.example/harbor',
  published: '2022-05-01',
});
const app = createAppFromKnowledgeBase(
  kbOf(
    [d],
    [quoteIn(d, 1, 'The harbor will reopen in June after the repairs.', { speaker: 'Ann Lee', speakerId: 'ann-lee' })],
    [person('ann-lee', 'Ann Lee', ['Lee'], 'the mayor', ['harbor'])],
  ),
);

function run(name: string, options: Record<string, string>): View {
  const c = findCommand(name);
  if (!c) throw new Error(`no /${name}`);
  return c.run(app, { options, page: 1 });
}

/** Every text Discord renders as markdown: titles, descriptions, field names and values. */
function shown(msg: DiscordMessage): string[] {
  return msg.embeds
    .flatMap((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])])
    .filter((s): s is string => !!s);
}

/** The user's text appears in the message, and every place it appears is escaped. */
function expectEscapedEverywhere(view: View): void {
  const texts = shown(toDiscordMessage(view)).filter((s) => s.includes('bold'));
  expect(texts.length).toBeGreaterThan(0);
  for (const s of texts) {
    expect(s).toContain('\\*\\*bold\\*\\*');
    expect(s).not.toMatch(/(?<!\\)\*\*bold/);
    expect(s).not.toContain('@everyone');
    expect(s).toContain('@\u200beveryone');
    expect(s).toContain('\\[x\\](http://evil.example)');
    expect(s).not.toMatch(/(?<!\\)\[x(?:\\)?\]\(/);
  }
}

describe('user text on Discord (issue 14)', () => {
  it('/who name: is escaped in the title of the unknown-name answer', () => {
    const v = run('who', { name: EVIL });
    expect(v.title).toContain(EVIL);
    expectEscapedEverywhere(v);
  });

  it('/quote query: is escaped in the results title and in the no-results description', () => {
    const answer = app.quotes.find({ query: 'harbor' });
    if (answer.kind !== 'results') throw new Error(answer.kind);
    expectEscapedEverywhere(quoteResultsView(answer, 1, `“${EVIL}”`));
    expectEscapedEverywhere(run('quote', { query: EVIL }));
  });

  it('/quote from: and speaker: are escaped in the error titles', () => {
    expectEscapedEverywhere(run('quote', { query: 'harbor', from: EVIL }));
    expectEscapedEverywhere(run('quote', { speaker: EVIL }));
  });

  it('/timeline topic: and /sources outlet: never leave a masked link live', () => {
    expectEscapedEverywhere(run('timeline', { topic: EVIL }));
    expectEscapedEverywhere(run('sources', { outlet: EVIL }));
  });

  it('Find sources escapes the message it quotes, with or without results', () => {
    expectEscapedEverywhere(findSourcesCommand.run(app, EVIL));
    expectEscapedEverywhere(findSourcesCommand.run(app, `the harbor will reopen in June ${EVIL}`));
  });

  it('a typed backslash cannot undo the escaping', () => {
    const s = shown(toDiscordMessage(run('who', { name: '\\[x](http://evil.example) \\**b**' })))[0]!;
    expect(s).not.toMatch(/(?<!\\)(?:\\\\)*\[x\]\(/);
    expect(s).toContain('\\\\\\[x\\](http://evil.example)');
  });

  it('the console shows the same answer, as typed (it renders no markdown)', () => {
    const a = answerLine(app, `/who name:"${EVIL}"`);
    expect(a?.text).toContain(`Nobody called “${EVIL}” is known`);
  });
});
