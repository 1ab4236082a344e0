/** The console's spelling of the "Find sources" message command: the same service and view as on Discord. */
import { describe, expect, it } from 'vitest';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { answerLine } from '../../src/cli/answer.ts';
import { doc, kbOf, person, quoteIn } from '../support/kb-fixture.ts';

const d = doc('harbor', 'Mayor Ann Lee said: “The harbor will reopen in June after the repairs.”', { outlet: 'City Paper', url: 'https://paper.example/harbor', published: '2022-05-01' });
const app = createAppFromKnowledgeBase(kbOf([d], [quoteIn(d, 1, 'The harbor will reopen in June after the repairs.', { speaker: 'Ann Lee', speakerId: 'ann-lee' })], [person('ann-lee', 'Ann Lee', ['Lee'], 'the mayor', ['harbor'])]));

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
