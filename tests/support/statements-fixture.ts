/**
 * A hand-written knowledge base with quotes and reported statements (invented): a mayor quoted
 * once and reported three times (once in a repost), a councillor reported but never quoted, and
 * an organisation reported "according to".
 */
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { doc, kbOf, person, quoteIn, statementIn } from './kb-fixture.ts';

/** An article of the fixture: its outlet, date and body; its link and title made from its id. */
const article = (id: string, outlet: string, published: string, body: string) =>
  doc(id, body, { outlet, published, url: `https://${id}.example/bridge`, title: `Bridge news (${id})` });

export const wire = article(
  'wire',
  'Example Wire',
  '2021-03-02',
  'Mayor Jane Hollis said: “The bridge will reopen in the spring.” Hollis said the bridge tolls would be dropped next year. Councillor Tom Hollis said the bridge was too expensive for the town.',
);
export const blog = article(
  'blog',
  'Town Blog',
  '2021-03-05',
  'Jane Hollis said the bridge tolls would be dropped next year. According to the council, the bridge cost rose by a third.',
);
export const paper = article(
  'paper',
  'Daily Paper',
  '2021-04-10',
  'Jane Hollis told reporters the bridge would open on time.',
);

export const QUOTE = 'The bridge will reopen in the spring.';
export const TOLLS = 'the bridge tolls would be dropped next year';
export const EXPENSIVE = 'the bridge was too expensive for the town';
export const COST = 'the bridge cost rose by a third';
export const ON_TIME = 'the bridge would open on time';
export const STATEMENT_TEXTS = [TOLLS, EXPENSIVE, COST, ON_TIME];

export function statementsKb(): KnowledgeBase {
  const jane = { speaker: 'Jane Hollis', speakerId: 'jane-hollis', speakerType: 'person' as const };
  return kbOf(
    [wire, blog, paper],
    [quoteIn(wire, 1, QUOTE, jane)],
    [
      person('jane-hollis', 'Jane Hollis', ['Hollis', 'Mayor Jane Hollis'], 'the mayor', ['wire', 'blog', 'paper']),
      person('tom-hollis', 'Tom Hollis', ['Hollis', 'Councillor Tom Hollis'], 'a councillor', ['wire']),
    ],
    [
      statementIn(wire, 1, TOLLS, jane),
      statementIn(wire, 2, EXPENSIVE, { speaker: 'Tom Hollis', speakerId: 'tom-hollis', speakerType: 'person' }),
      statementIn(blog, 1, TOLLS, jane),
      statementIn(blog, 2, COST, { cue: 'according to', speaker: 'the council', speakerType: 'org' }),
      statementIn(paper, 1, ON_TIME, { ...jane, cue: 'told reporters' }),
    ],
  );
}
