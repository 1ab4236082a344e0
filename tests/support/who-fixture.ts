/**
 * A hand-written knowledge base about people, for /who: two people sharing a surname, aliases,
 * one role written in two outlets, the same words reported by several outlets, dated events,
 * and mentions with real body offsets (so same-sentence co-mentions can be checked).
 */
import type { CorpusDocument } from '../../src/documents/types.ts';
import type { EventRecord, KnowledgeBase, PersonRecord } from '../../src/kb/types.ts';
import { doc, kbOf, quoteIn } from './kb-fixture.ts';

export const wire = doc(
  'wire',
  'Mayor Jane Hollis said the bridge would reopen. “The bridge will reopen in the spring, whatever the cost,” Hollis said. “Nobody is above the budget.” Councillor Tom Hollis was not convinced. Jane Hollis met Priya Nair, the city engineer, on March 1, 2021.',
  { outlet: 'Example Wire', url: 'https://wire.example/bridge', published: '2021-03-02', title: 'Bridge to reopen' },
);
export const blog = doc(
  'blog',
  'The mayor, Jane Hollis, repeated it: “The bridge will reopen in spring, whatever the cost.” She added: “We will not raise taxes.” Tom Hollis, a councillor, disagreed: “We cannot afford it.” Later Jane Hollis and Priya Nair toured the site. “Cycling lanes come next,” the mayor said.',
  {
    outlet: 'Town Blog',
    url: 'https://blog.example/bridge',
    published: '2021-03-05',
    title: 'The mayor repeats her promise',
  },
);
export const paper = doc(
  'paper',
  'Jane Hollis, the mayor of Riverton, said: “We will not raise taxes.” In March she had promised: “The bridge will reopen in spring, whatever the cost.” Jane Hollis and Tom Hollis argued about the budget in April 2021.',
  { outlet: 'Daily Paper', published: '2021-04-10', title: 'Taxes stay put' },
);
export const notes = doc('notes', 'Hollis spoke briefly. The City Council said it was “reviewing the plans.”', {
  title: 'Council notes',
});

/** A mention of `surface` where it occurs inside the unique `phrase` of the document. */
function at(d: CorpusDocument, phrase: string, surface = phrase): PersonRecord['mentions'][number] {
  const p = d.body.indexOf(phrase);
  if (p < 0 || d.body.indexOf(phrase, p + 1) >= 0) throw new Error(`“${phrase}” is not once in ${d.id}`);
  const start = p + phrase.indexOf(surface);
  return { documentId: d.id, start, end: start + surface.length, surface };
}

export const jane: PersonRecord = {
  id: 'jane-hollis',
  name: 'Jane Hollis',
  aliases: ['Jane Hollis', 'Hollis', 'Mayor Jane Hollis', 'jane hollis'],
  roles: [
    { text: 'the mayor', documentId: 'wire' },
    { text: 'The Mayor', documentId: 'blog' },
    { text: 'mayor of Riverton', documentId: 'paper' },
  ],
  documentIds: ['wire', 'blog', 'paper', 'notes'],
  mentions: [
    at(wire, 'Mayor Jane Hollis said'),
    at(wire, '” Hollis said', 'Hollis'),
    at(wire, 'Jane Hollis met', 'Jane Hollis'),
    at(blog, 'mayor, Jane Hollis,', 'Jane Hollis'),
    at(blog, 'Later Jane Hollis', 'Jane Hollis'),
    at(paper, 'Jane Hollis, the mayor', 'Jane Hollis'),
    at(paper, 'Jane Hollis and Tom', 'Jane Hollis'),
    at(notes, 'Hollis spoke', 'Hollis'),
  ],
};

export const tom: PersonRecord = {
  id: 'tom-hollis',
  name: 'Tom Hollis',
  aliases: ['Tom Hollis', 'Hollis', 'Councillor Tom Hollis'],
  roles: [
    { text: 'councillor', documentId: 'wire' },
    { text: 'a councillor', documentId: 'blog' },
  ],
  documentIds: ['wire', 'blog', 'paper'],
  mentions: [
    at(wire, 'Councillor Tom Hollis'),
    at(blog, 'Tom Hollis, a councillor', 'Tom Hollis'),
    at(paper, 'and Tom Hollis', 'Tom Hollis'),
  ],
};

export const priya: PersonRecord = {
  id: 'priya-nair',
  name: 'Priya Nair',
  aliases: ['Priya Nair', 'Nair'],
  roles: [{ text: 'the city engineer', documentId: 'wire' }],
  documentIds: ['wire', 'blog'],
  mentions: [at(wire, 'Priya Nair, the city', 'Priya Nair'), at(blog, 'and Priya Nair', 'Priya Nair')],
};

const J = { speaker: 'Jane Hollis', speakerId: jane.id, speakerType: 'person' as const };

export const whoQuotes = [
  quoteIn(wire, 1, 'The bridge will reopen in the spring, whatever the cost,', { ...J, clusterId: 'c-bridge' }),
  quoteIn(wire, 2, 'Nobody is above the budget.', J),
  quoteIn(blog, 1, 'The bridge will reopen in spring, whatever the cost.', { ...J, clusterId: 'c-bridge' }),
  quoteIn(blog, 2, 'We will not raise taxes.', { ...J, clusterId: 'c-taxes' }),
  quoteIn(blog, 3, 'We cannot afford it.', { speaker: 'Tom Hollis', speakerId: tom.id, speakerType: 'person' }),
  quoteIn(blog, 4, 'Cycling lanes come next,', J),
  quoteIn(paper, 1, 'We will not raise taxes.', { ...J, clusterId: 'c-taxes' }),
  quoteIn(paper, 2, 'The bridge will reopen in spring, whatever the cost.', { ...J, clusterId: 'c-bridge' }),
  quoteIn(notes, 1, 'reviewing the plans.', { kind: 'partial', speaker: 'The City Council', speakerType: 'org' }),
];

const ev = (
  id: string,
  documentId: string,
  date: string | null,
  qualifier: string | null,
  summary: string,
  peopleIds: string[],
  clusterId: string | null = null,
): EventRecord => ({
  id,
  documentId,
  date,
  qualifier,
  dateText: date ?? 'once',
  text: summary,
  summary,
  peopleIds,
  clusterId,
  span: { start: 0, end: 1 },
});

export const whoEvents: EventRecord[] = [
  ev('paper:e1', 'paper', '2021-04', null, 'Jane Hollis and Tom Hollis argued about the budget in April 2021.', [
    jane.id,
    tom.id,
  ]),
  ev(
    'wire:e1',
    'wire',
    '2021-03-01',
    null,
    'Jane Hollis met Priya Nair on March 1, 2021.',
    [jane.id, priya.id],
    'k-met',
  ),
  ev('blog:e1', 'blog', '2021-03-01', null, 'The mayor met the engineer on March 1.', [], 'k-met'),
  ev('paper:e0', 'paper', '2020', 'late', 'Hollis was elected mayor in late 2020.', [jane.id]),
  ev('notes:e1', 'notes', null, null, 'Hollis spoke once.', [jane.id]),
];

export function whoKb(extraPeople: PersonRecord[] = []): KnowledgeBase {
  const kb = kbOf([wire, blog, paper, notes], whoQuotes, [jane, tom, priya, ...extraPeople]);
  kb.events.push(...whoEvents);
  return kb;
}
