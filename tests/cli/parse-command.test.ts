/** Issue 14: the console reads an unquoted option value over several words, as Discord's option box does. */
import { describe, expect, it } from 'vitest';
import { findCommand } from '../../commands/index.ts';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { answerLine } from '../../src/cli/answer.ts';
import { parseCommand, tokenize } from '../../src/app/parse-command.ts';
import { doc, kbOf, person, quoteIn } from '../support/kb-fixture.ts';

const parse = (line: string) => {
  const p = parseCommand(tokenize(line), findCommand);
  if (!p.ok) throw new Error(p.error);
  return p.input;
};

const harbor = doc(
  'harbor',
  'Mayor Ann Lee said: “The harbor will reopen in June after the repairs.” Ann Shaw added: “The harbor fees stay.”',
  { outlet: 'City Paper', url: 'https://paper.example/harbor', published: '2022-05-01' },
);
const app = createAppFromKnowledgeBase(
  kbOf(
    [harbor],
    [
      quoteIn(harbor, 1, 'The harbor will reopen in June after the repairs.', {
        speaker: 'Ann Lee',
        speakerId: 'ann-lee',
      }),
      quoteIn(harbor, 2, 'The harbor fees stay.', { speaker: 'Ann Shaw', speakerId: 'ann-shaw' }),
    ],
    [
      person('ann-lee', 'Ann Lee', ['Lee'], 'the mayor', ['harbor']),
      person('ann-shaw', 'Ann Shaw', ['Shaw'], 'a councillor', ['harbor']),
    ],
  ),
);

describe('console options typed without quote marks', () => {
  it('/quote speaker:Ann Lee query:harbor gives speaker "Ann Lee"', () => {
    expect(parse('/quote speaker:Ann Lee query:harbor').options).toEqual({ speaker: 'Ann Lee', query: 'harbor' });
  });

  it('the value runs to the next option name, and to the end of the line', () => {
    expect(parse('/quote query:nothing in return speaker:Ann Lee').options).toEqual({
      query: 'nothing in return',
      speaker: 'Ann Lee',
    });
    expect(parse('/quote speaker:Ann Lee from:2020 to:2022 page:2')).toEqual({
      options: { speaker: 'Ann Lee', from: '2020', to: '2022' },
      page: 2,
    });
  });

  it('a word with a colon that is no option name stays part of the value', () => {
    expect(parse('/quote query:see http://x.example now speaker:Ann Lee').options).toEqual({
      query: 'see http://x.example now',
      speaker: 'Ann Lee',
    });
  });

  it('quoted values and free words before any option still work as before', () => {
    expect(parse('/quote nothing in return speaker:"Ann Lee" from:2020-01-01').options).toEqual({
      query: 'nothing in return',
      speaker: 'Ann Lee',
      from: '2020-01-01',
    });
    expect(parse('/quote speaker:"Ann Lee" harbor').options).toEqual({ speaker: 'Ann Lee', query: 'harbor' });
  });

  it('the console answers with Ann Lee’s quote, not a garbled name', () => {
    const a = answerLine(app, '/quote speaker:Ann Lee query:harbor');
    expect(a?.error).toBe(false);
    expect(a?.text).toContain('speaker Ann Lee');
    expect(a?.text).toContain('The harbor will reopen in June after the repairs.');
    expect(a?.text).not.toContain('The harbor fees stay.');
  });
});
