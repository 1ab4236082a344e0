/**
 * Reported statements are never shown inside quotation marks, on Discord or in the console, in
 * /quote, /who and Find sources: they are the article's wording of what someone said, labelled
 * as reported, and they come after the quotes. Invented data only.
 */
import { describe, expect, it } from 'vitest';
import { findSourcesCommand } from '../../commands/find-sources.ts';
import { quote } from '../../commands/quote.ts';
import { who } from '../../commands/who.ts';
import { createAppFromKnowledgeBase, type App } from '../../src/app/app.ts';
import { answerLine } from '../../src/cli/answer.ts';
import { toDiscordMessage } from '../../src/views/discord.ts';
import type { View } from '../../src/views/model.ts';
import { renderText } from '../../src/views/text.ts';
import { checkMessagePayload } from '../support/discord/limits.ts';
import { doc, kbOf, person, statementIn } from '../support/kb-fixture.ts';
import { QUOTE, STATEMENT_TEXTS, statementsKb } from '../support/statements-fixture.ts';

const app = createAppFromKnowledgeBase(statementsKb());

/** Every quotation mark a text could be wrapped in (and the apostrophes used as one). */
const MARKS = new Set([...'“”"‘’«»„‚‹›\'`']);

/** The character next to `at` going `step` (-1 before, +1 after), past one space. */
function neighbour(s: string, at: number, step: -1 | 1): string {
  const c = s[at] ?? '';
  return c === ' ' ? (s[at + step] ?? '') : c;
}

/** How often the statement's beginning appears in `s`; throws if its beginning or end touches a quotation mark. */
function unquotedOccurrences(s: string, text: string): number {
  const head = text.slice(0, 20);
  const tail = text.slice(-20);
  let n = 0;
  for (let i = s.indexOf(head); i >= 0; i = s.indexOf(head, i + 1)) {
    n++;
    expect(MARKS.has(neighbour(s, i - 1, -1)), `quotation mark before “${head}…” in:\n${s}`).toBe(false);
  }
  for (let j = s.indexOf(tail); j >= 0; j = s.indexOf(tail, j + 1))
    expect(MARKS.has(neighbour(s, j + tail.length, 1)), `quotation mark after “…${tail}” in:\n${s}`).toBe(false);
  return n;
}

/** The view as the console prints it and as Discord shows it (each embed's texts), checked against Discord's limits. */
function rendered(view: View): { console: string; discord: string[] } {
  const msg = toDiscordMessage(view);
  expect(checkMessagePayload({ embeds: msg.embeds, allowed_mentions: msg.allowedMentions })).toEqual([]);
  const discord = msg.embeds.map((e) =>
    [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value]), e.footer?.text]
      .filter(Boolean)
      .join('\n'),
  );
  return { console: renderText(view), discord };
}

/** Each statement text appears unquoted wherever it appears; returns how often each did, across both renderings. */
function expectNoStatementQuoted(view: View, texts: readonly string[] = STATEMENT_TEXTS): Map<string, number> {
  const r = rendered(view);
  const seen = new Map<string, number>();
  for (const t of texts)
    for (const s of [r.console, ...r.discord]) seen.set(t, (seen.get(t) ?? 0) + unquotedOccurrences(s, t));
  return seen;
}

const run = (command: typeof quote, options: Record<string, string>, page = 1, on: App = app): View =>
  command.run(on, { options, page });

describe('statements are never shown in quotation marks, and come after the quotes', () => {
  it('/quote: every page, by words and by speaker, on Discord and in the console', () => {
    const views = [
      run(quote, { query: 'bridge' }),
      run(quote, { query: 'bridge' }, 2),
      run(quote, { speaker: 'Jane Hollis' }),
      run(quote, { speaker: 'the council' }),
      run(quote, { query: 'bridge zzyzx' }),
    ];
    const seen = new Map<string, number>();
    for (const v of views) for (const [t, n] of expectNoStatementQuoted(v)) seen.set(t, (seen.get(t) ?? 0) + n);
    for (const t of STATEMENT_TEXTS) expect(seen.get(t), t).toBeGreaterThan(0);
    // the quote is in quotation marks; every statement comes after it
    const text = renderText(views[0]!);
    expect(text).toContain(`“${QUOTE}”`);
    for (const t of STATEMENT_TEXTS.filter((x) => text.includes(x)))
      expect(text.indexOf(QUOTE)).toBeLessThan(text.indexOf(t));
    const embeds = toDiscordMessage(views[0]!).embeds.map((e) => e.description ?? '');
    expect(embeds[1]).toContain(`“${QUOTE}”`);
    expect(
      embeds.slice(2).every((d) => !d.includes(QUOTE) && / \((said|according to|told reporters)\): /.test(d)),
    ).toBe(true);
  });

  it('/who: the "Reported as saying" section, after the quotes, on Discord and in the console', () => {
    for (const name of ['Jane Hollis', 'Tom Hollis']) {
      const v = run(who, { name });
      expect([...expectNoStatementQuoted(v).values()].some((n) => n > 0)).toBe(true);
      const titles = toDiscordMessage(v).embeds.map((e) => e.title);
      expect(titles.indexOf('Most-cited quotes')).toBeLessThan(titles.indexOf('Reported as saying'));
    }
  });

  it('Find sources: statements after the quotes, before the passages, on Discord and in the console', () => {
    const claim = 'the bridge tolls will be dropped next year and the bridge will reopen in spring';
    const v = findSourcesCommand.run(app, claim);
    expect([...expectNoStatementQuoted(v).values()].some((n) => n > 0)).toBe(true);
    const titles = v.items.map((i) => i.title);
    const lastQuote = titles.findLastIndex((t) => !t.startsWith('Reported: ') && !t.startsWith('Passage: '));
    const firstStatement = titles.findIndex((t) => t.startsWith('Reported: '));
    const firstPassage = titles.findIndex((t) => t.startsWith('Passage: '));
    expect(lastQuote).toBeGreaterThanOrEqual(0);
    expect(firstStatement).toBeGreaterThan(lastQuote);
    if (firstPassage >= 0) expect(firstPassage).toBeGreaterThan(firstStatement);
    // the console spells it /find-sources: the same view
    const console = answerLine(app, `/find-sources ${claim}`)?.text ?? '';
    for (const t of STATEMENT_TEXTS) unquotedOccurrences(console, t);
  });

  it('a statement too long for Discord is cut to fit, still unquoted and labelled', () => {
    const long = `the harbour plan ${'would need more years of careful work and '.repeat(120)}would fail`;
    const d = doc('long', `Ann Lee said ${long}. Ann Lee said ${long.replace('harbour', 'river')}.`, {
      outlet: 'Coast Wire',
      url: 'https://coast.example/long',
      published: '2022-06-01',
    });
    const lee = { speaker: 'Ann Lee', speakerId: 'ann-lee', speakerType: 'person' as const };
    const texts = [long, long.replace('harbour', 'river')];
    const longApp = createAppFromKnowledgeBase(
      kbOf(
        [d],
        [],
        [person('ann-lee', 'Ann Lee', ['Lee'], 'the mayor', ['long'])],
        texts.map((t, i) => statementIn(d, i + 1, t, lee)),
      ),
    );
    for (const v of [
      run(quote, { query: 'plan fail' }, 1, longApp),
      run(who, { name: 'Ann Lee' }, 1, longApp),
      findSourcesCommand.run(longApp, 'a harbour plan that would fail'),
    ]) {
      expect(toDiscordMessage(v).embeds.some((e) => (e.description ?? '').includes('Ann Lee (said): the'))).toBe(true);
      expectNoStatementQuoted(v, texts);
    }
  });
});
