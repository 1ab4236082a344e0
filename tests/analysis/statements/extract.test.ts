/**
 * Reported speech end to end on invented sentences, one per construction of issue 29: a document
 * is built, analysed and assembled (buildKnowledgeBase), and each statement is checked for its text,
 * speaker and cue; the constructions that report nothing must give no statement.
 */
import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../../src/kb/build.ts';
import type { KnowledgeBase, StatementRecord } from '../../../src/kb/types.ts';
import { doc } from '../../support/kb-fixture.ts';

function kbOf(body: string): KnowledgeBase {
  return buildKnowledgeBase({
    root: '/fixture',
    documents: [doc('d1', body, { outlet: 'Harbor Post', published: '2021-03-10' })],
    warnings: [],
  });
}

type Row = Pick<StatementRecord, 'text' | 'speaker' | 'cue'>;

function statements(body: string): Row[] {
  return kbOf(body).statements.map(({ text, speaker, cue }) => ({ text, speaker, cue }));
}

// every body opens by naming the speaker in full, as news does before it uses a surname
const LEE = 'Ann Lee, the harbor commissioner, spoke on Monday. ';

describe('reported speech: who said what, without quotation marks', () => {
  it.each([
    ['Lee said the plan would fail.'],
    ['Lee said that the plan would fail.'],
    ['The plan would fail, Lee said.'],
    ['The plan, Lee said, would fail.'],
  ])('%s → "the plan would fail", Ann Lee, "said"', (sentence) => {
    expect(statements(LEE + sentence)).toEqual([
      { text: expect.stringMatching(/^the plan would fail$/i), speaker: 'Ann Lee', cue: 'said' },
    ]);
  });

  it('reads "according to" before and after the clause, an organisation as written', () => {
    expect(statements(LEE + 'According to Lee, the plan will fail.')).toEqual([
      { text: 'the plan will fail', speaker: 'Ann Lee', cue: 'According to' },
    ]);
    expect(statements('The plan will fail, according to the ministry.')).toEqual([
      { text: 'The plan will fail', speaker: 'the ministry', cue: 'according to' },
    ]);
  });

  it.each([
    ['Lee told reporters that the bridge would close.', 'told reporters'],
    ['Lee argued that the bridge would close.', 'argued'],
    ['Lee warned that the bridge would close.', 'warned'],
    ['Lee claimed the bridge would close.', 'claimed'],
    ['Lee insisted that the bridge would close.', 'insisted'],
    ['Lee admitted that the bridge would close.', 'admitted'],
    ['Lee announced that the bridge would close.', 'announced'],
    ['Lee wrote that the bridge would close.', 'wrote'],
    ['Lee tweeted that the bridge would close.', 'tweeted'],
    ['Lee testified that the bridge would close.', 'testified'],
    ['Lee has long maintained that the bridge would close.', 'has long maintained'],
    ['Lee said in a statement on Monday that the bridge would close.', 'said in a statement on Monday'],
  ])('%s → cue "%s"', (sentence, cue) => {
    expect(statements(LEE + sentence)).toEqual([{ text: 'the bridge would close', speaker: 'Ann Lee', cue }]);
  });

  it('reads a denial and a question as what was said', () => {
    expect(statements(LEE + 'Lee denied that the harbor had flooded.')).toEqual([
      { text: 'the harbor had flooded', speaker: 'Ann Lee', cue: 'denied' },
    ]);
    expect(statements(LEE + 'Lee asked whether the vote would hold.')).toEqual([
      { text: 'whether the vote would hold', speaker: 'Ann Lee', cue: 'asked' },
    ]);
  });

  it('resolves a pronoun subject as for quotes, and keeps a description as written', () => {
    expect(statements(LEE + 'She said the ferry would stop running.')).toEqual([
      { text: 'the ferry would stop running', speaker: 'Ann Lee', cue: 'said' },
    ]);
    const kb = kbOf(LEE + "Lee's spokesman said the ferry would stop running.");
    expect(kb.statements.map((s) => [s.text, s.speaker, s.speakerType, s.speakerId])).toEqual([
      ['the ferry would stop running', "Lee's spokesman", 'anonymous', null],
    ]);
  });

  it('keeps quoted words inside a statement as a quote of their own', () => {
    const kb = kbOf(LEE + 'Lee said the plan was “a disaster.”');
    expect(kb.statements.map((s) => [s.text, s.speaker])).toEqual([['the plan was a disaster', 'Ann Lee']]);
    expect(kb.quotes.map((q) => [q.text, q.kind, q.speaker])).toEqual([['a disaster.', 'partial', 'Ann Lee']]);
  });

  it.each([
    ['Lee thinks that the plan will fail.'],
    ['Lee believes that the plan will fail.'],
    ['Lee hopes that the plan will fail.'],
    ['Lee fears that the plan will fail.'],
    ['Lee did not say that the plan would fail.'],
    ['Lee never said the plan would fail.'],
    ['If Lee says the plan will fail, the council will listen.'],
    ['Lee is said to be furious about the plan.'],
    ['The so-called harbor plan would cost millions.'],
    ['Lee declined to say whether the plan would fail.'],
    ['Who says the plan will fail?'],
  ])('%s → no statement', (sentence) => {
    expect(statements(LEE + sentence)).toEqual([]);
  });

  it('ends the clause at its sentence and before a trailing attribution', () => {
    expect(statements(LEE + 'Lee said the plan would fail. The council met on Tuesday.')).toEqual([
      { text: 'the plan would fail', speaker: 'Ann Lee', cue: 'said' },
    ]);
    expect(statements(LEE + 'The ferry will stop, according to Lee, and the harbor will close.')).toEqual([
      { text: 'The ferry will stop and the harbor will close', speaker: 'Ann Lee', cue: 'according to' },
    ]);
  });

  it('gives offsets of the clause in the body and the sentence as context', () => {
    const body = LEE + 'Lee said that the plan would fail.';
    const [s] = kbOf(body).statements;
    expect(s && body.slice(s.span.start, s.span.end)).toBe('the plan would fail');
    expect(s?.context).toBe('Lee said that the plan would fail.');
  });

  it('reads who speaks through a longer subject, a joined verb and a headline', () => {
    expect(
      statements('Former officials interviewed by the Harbor Post emphasize that the ferry plan is unworkable.'),
    ).toEqual([
      {
        text: 'the ferry plan is unworkable',
        speaker: 'Former officials interviewed by the Harbor Post',
        cue: 'emphasize',
      },
    ]);
    expect(statements(LEE + 'Lee met the dockworkers on Friday and said the strike would end.')).toEqual([
      { text: 'the strike would end', speaker: 'Ann Lee', cue: 'said' },
    ]);
    expect(statements(LEE + 'Lee sued the port authority, saying the fees were illegal.')).toEqual([
      { text: 'the fees were illegal', speaker: 'Ann Lee', cue: 'saying' },
    ]);
    expect(statements(LEE + 'Ann Lee Says Harbor Plan Will Fail')).toEqual([
      { text: 'Harbor Plan Will Fail', speaker: 'Ann Lee', cue: 'Says' },
    ]);
  });

  it('never reads the name after the verb as the speaker of what follows it', () => {
    const rows = statements(LEE + 'About 52 percent of voters said Lee would win.');
    expect(rows.map((r) => r.text)).toEqual(['Lee would win']);
    expect(rows[0]?.speaker).not.toBe('Ann Lee');
  });
});
