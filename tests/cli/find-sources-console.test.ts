/** The console's spelling of the "Find sources" message command: the same service and view as on Discord. */
import { describe, expect, it } from 'vitest';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { answerLine } from '../../src/cli/answer.ts';
import { doc, kbOf, person, quoteIn } from '../support/kb-fixture.ts';

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

describe('/find-sources in the console', () => {
  it('answers a claim with the closest quote, its speaker, outlet and link', () => {
    const a = answerLine(app, '/find-sources the mayor says the harbor reopens in June');
    expect(a?.error).toBe(false);
    expect(a?.text).toContain('The harbor will reopen in June after the repairs.');
    expect(a?.text).toContain('Ann Lee');
    expect(a?.text).toContain('https://paper.example/harbor');
  });

  it('refuses an empty claim with a clear message', () => {
    const a = answerLine(app, '/find-sources');
    expect(a?.error).toBe(true);
    expect(a?.text).toMatch(/Nothing to check/);
  });
});

describe('/find-sources ranking', () => {
  const claimDoc = doc(
    'energy',
    'The minister said: “New sanctions have halted work on the gas pipeline until further notice.” Analysts said: “Pipeline sanctions, pipeline sanctions: traders talk of little else.” A trader said: “Gas prices will rise, sanctions or not.”',
    { outlet: 'Energy Daily', published: '2023-01-10' },
  );
  const app2 = createAppFromKnowledgeBase(
    kbOf(
      [claimDoc],
      [
        quoteIn(claimDoc, 1, 'New sanctions have halted work on the gas pipeline until further notice.', {
          speaker: 'Minister',
        }),
        quoteIn(claimDoc, 2, 'Pipeline sanctions, pipeline sanctions: traders talk of little else.', {
          description: 'pipeline sanctions analysts',
        }),
        quoteIn(claimDoc, 3, 'Gas prices will rise, sanctions or not.', { description: 'a gas pipeline trader' }),
      ],
      [],
    ),
  );

  it('puts the quote that states the claim first and shows the words each result shares with it', () => {
    const a = answerLine(app2, '/find-sources sanctions halted the gas pipeline, everyone says so');
    expect(a?.error).toBe(false);
    const text = a?.text ?? '';
    const first = text.indexOf('New sanctions have halted work');
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(text.indexOf('Pipeline sanctions, pipeline sanctions'));
    expect(first).toBeLessThan(text.indexOf('Gas prices will rise'));
    expect(text).toMatch(/Shares: sanctions, halted, gas, pipeline/);
  });
});
