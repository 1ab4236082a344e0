/** Reported statements in /quote (after the quotes, with the same filters), /who and Find sources. Invented data only. */
import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.ts';
import { who } from '../../commands/who.ts';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { findSources } from '../../src/services/find-sources.ts';
import type { QuoteAnswer } from '../../src/services/quotes.ts';
import { renderText } from '../../src/views/text.ts';
import { COST, EXPENSIVE, ON_TIME, QUOTE, statementsKb, TOLLS } from '../support/statements-fixture.ts';

const app = createAppFromKnowledgeBase(statementsKb());
const ask = (options: Record<string, string>, page = 1) => quote.run(app, { options, page });

function found(q: Parameters<typeof app.quotes.find>[0]): Extract<QuoteAnswer, { kind: 'results' }> {
  const a = app.quotes.find(q);
  if (a.kind !== 'results') throw new Error(a.kind);
  return a;
}
const statementTexts = (a: { statements: { statement: { text: string } }[] }): string[] =>
  a.statements.map((s) => s.statement.text);

describe('/quote with reported statements', () => {
  it('lists the quotes first, then the statements matching the words, labelled as reported with their cue', () => {
    const a = found({ query: 'bridge' });
    expect(a.results.map((r) => r.quote.text)).toEqual([QUOTE]);
    expect(statementTexts(a).sort()).toEqual([COST, EXPENSIVE, ON_TIME, TOLLS].sort());
    const v = ask({ query: 'bridge' });
    expect(v.title).toBe('Quotes: 1 result and 4 reported statements for “bridge”');
    expect(v.description).toMatch(/Reported statements come after the quotes/);
    expect(v.items[0]?.text).toBe(`“${QUOTE}”`);
    expect(v.items.slice(1).map((i) => i.title.startsWith('Reported: '))).toEqual([true, true, true]);
    expect(v.page).toEqual({ index: 1, count: 2 });
    // the fifth result is on the second page
    expect(ask({ query: 'bridge' }, 2).items).toHaveLength(1);
  });

  it('shows the same words of the same speaker in several articles once, from the earliest, listing the others', () => {
    const a = found({ query: 'tolls dropped' });
    expect(a.statements).toHaveLength(1);
    expect(a.statements[0]?.document.id).toBe('wire');
    expect(a.statements[0]?.alsoReportedBy.map((d) => d.id)).toEqual(['blog']);
    const item = ask({ query: 'tolls dropped' }).items[0]!;
    expect(item.title).toBe('Reported: Jane Hollis, the mayor');
    expect(item.text).toBe(`Jane Hollis (said): ${TOLLS}`);
    expect(item.url).toBe('https://wire.example/bridge');
    expect(item.fields).toContainEqual({ name: 'Kind', value: 'reported speech, not the exact words', inline: true });
    expect(item.fields).toContainEqual({ name: 'Also reported by', value: 'Town Blog (5 Mar 2021)' });
  });

  it('speaker: gives the person’s quotes, then their statements in date order', () => {
    const v = ask({ speaker: 'Jane Hollis' });
    expect(v.items.map((i) => i.text)).toEqual([
      `“${QUOTE}”`,
      `Jane Hollis (said): ${TOLLS}`,
      `Jane Hollis (told reporters): ${ON_TIME}`,
    ]);
  });

  it('speaker: finds someone only reported, never quoted, and an organisation by the name the text gives', () => {
    const tom = found({ speaker: 'Tom Hollis' });
    expect([tom.results, statementTexts(tom)]).toEqual([[], [EXPENSIVE]]);
    expect(ask({ speaker: 'Tom Hollis' }).title).toBe(
      'Quotes: 0 results and 1 reported statement for speaker Tom Hollis',
    );
    expect(statementTexts(found({ speaker: 'the council' }))).toEqual([COST]);
    expect(ask({ speaker: 'the council' }).items[0]?.text).toBe(`the council (according to): ${COST}`);
    // someone only reported is offered as a speaker as one quoted is
    expect(quote.autocomplete?.(app, 'speaker', 'Tom')?.map((c) => c.value)).toContain('Tom Hollis');
    // both Hollises said something: the surname alone is ambiguous
    expect(app.quotes.find({ speaker: 'Hollis' }).kind).toBe('ambiguous-speaker');
    expect(app.quotes.find({ speaker: 'Nobody Known' }).kind).toBe('unknown-speaker');
  });

  it('outlet:, from: and to: filter statements as they filter quotes', () => {
    expect(statementTexts(found({ query: 'bridge', outlet: 'daily paper' }))).toEqual([ON_TIME]);
    expect(statementTexts(found({ query: 'bridge', from: '2021-04' }))).toEqual([ON_TIME]);
    expect(found({ query: 'bridge', from: '2021-04' }).results).toEqual([]);
    expect(statementTexts(found({ query: 'bridge', to: '2021-03-03' })).sort()).toEqual([EXPENSIVE, TOLLS].sort());
    expect(statementTexts(found({ speaker: 'Jane Hollis', outlet: 'town blog' }))).toEqual([TOLLS]);
  });

  it('words that all stand in one kind of record beat some of them in the other', () => {
    // only a statement has both words: the quote, which has one, is left out
    const tolls = found({ query: 'bridge tolls' });
    expect([tolls.results, statementTexts(tolls), tolls.loose]).toEqual([[], [TOLLS], undefined]);
    // only the quote has both: statements with one of them are left out
    const spring = found({ query: 'bridge spring' });
    expect([spring.results.length, spring.statements, spring.loose]).toEqual([1, [], undefined]);
    // neither has every word: both, with the words that matched nothing anywhere
    const loose = found({ query: 'bridge zzyzx' });
    expect([loose.results.length, loose.statements.length, loose.loose]).toEqual([1, 4, { unmatched: ['zzyzx'] }]);
    expect(ask({ query: 'bridge zzyzx' }).description).toMatch(
      /^No quote or reported statement has all of “bridge zzyzx”; “zzyzx” matched nothing/,
    );
  });
});

describe('/who with reported statements', () => {
  it('adds "Reported as saying": the most reported first, with outlet, date and link', () => {
    const a = app.profiles.find('Jane Hollis');
    if (a.kind !== 'profile') throw new Error(a.kind);
    expect(a.profile.statementCount).toBe(3);
    expect(a.profile.statements.map((s) => [s.statement.text, s.documents.map((d) => d.id)])).toEqual([
      [TOLLS, ['wire', 'blog']],
      [ON_TIME, ['paper']],
    ]);
    const t = renderText(who.run(app, { options: { name: 'Jane Hollis' }, page: 1 }));
    expect(t).toContain('Reported as saying something 3 times (reported speech, not their exact words).');
    expect(t).toContain(
      `Reported as saying\n   • Jane Hollis (said): ${TOLLS} (reported by 2 articles) — Example Wire <https://wire.example/bridge>; Town Blog <https://blog.example/bridge>\n   • Jane Hollis (told reporters): ${ON_TIME} (reported by 1 article) — Daily Paper <https://paper.example/bridge>`,
    );
    expect(t.indexOf('Most-cited quotes')).toBeLessThan(t.indexOf('Reported as saying\n'));
  });

  it('points someone only reported to /quote, and leaves the section out for someone never reported', () => {
    const tom = who.run(app, { options: { name: 'Tom Hollis' }, page: 1 });
    expect(tom.footer).toBe('More: /quote speaker:Tom Hollis');
    expect(tom.items.map((i) => i.title)).toContain('Reported as saying');
    const none = createAppFromKnowledgeBase({ ...statementsKb(), statements: [] });
    const jane = who.run(none, { options: { name: 'Jane Hollis' }, page: 1 });
    expect(jane.items.map((i) => i.title)).not.toContain('Reported as saying');
  });
});

describe('Find sources with reported statements', () => {
  const claim = 'I read that the bridge tolls will be dropped next year';

  it('ranks a statement carrying the claim like a quote, and shows it after the quotes', () => {
    const one = findSources(app, claim, { said: 1, passages: 0 });
    expect([one.quotes, one.statements.map((s) => s.statement.text)]).toEqual([[], [TOLLS]]);
    expect(one.statements[0]?.shares).toEqual(['bridge', 'tolls', 'dropped', 'year']);
    const three = findSources(app, claim);
    expect(three.quotes.map((q) => q.quote.text)).toEqual([QUOTE]);
    expect(three.statements[0]?.statement.text).toBe(TOLLS);
  });

  it('leaves out a passage that only repeats a statement shown, and shows passages after', () => {
    const r = findSources(app, claim, { said: 1, passages: 3 });
    expect(r.passages.map((p) => p.document.id)).not.toContain('wire');
    expect(r.passages.length).toBeGreaterThan(0);
  });
});
