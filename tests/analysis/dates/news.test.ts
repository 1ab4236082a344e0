// Issue 13, "Dates on real news": ranges, anchors, things that are not dates, missed expressions.
// Invented sentences and publication dates only.
import { describe, expect, it } from 'vitest';
import { extractEvents, findTemporalExpressions, type TemporalExpression } from '../../../src/analysis/dates/index.ts';
import { eventDate } from '../../../src/views/timeline-view.ts';

const input = (text: string, published: string | null) => ({ documentId: 't', text, published, title: null, source: (a: number, b: number) => text.slice(a, b) });

function find(text: string, published: string | null): TemporalExpression[] {
  return findTemporalExpressions(input(text, published));
}

function one(text: string, published: string, written: string): TemporalExpression {
  const hits = find(text, published).filter((e) => e.text === written);
  expect(hits, `${written} in ${JSON.stringify(find(text, published).map((e) => e.text))}`).toHaveLength(1);
  return hits[0]!;
}

/** [text, date, qualifier, rangeEnd] of every expression */
const all = (text: string, published: string | null) => find(text, published).map((e) => [e.text, e.date, e.qualifier, e.rangeEnd ?? null]);

describe('ranges: one event with both ends', () => {
  it.each([
    ['The quarry lay idle between 2031 and 2034.', 'between 2031 and 2034', '2031', '2034'],
    ['She coached the rowing club from 1981 to 1986.', 'from 1981 to 1986', '1981', '1986'],
    ['From 1981 through 1986 she coached the club.', 'From 1981 through 1986', '1981', '1986'],
    ['He kept the lighthouse from 1972 until 1979.', 'from 1972 until 1979', '1972', '1979'],
    ['He kept the lighthouse from 1972-1979.', 'from 1972-1979', '1972', '1979'],
  ])('%s', (text, written, date, rangeEnd) => {
    expect(one(text, '1999-04-06', written)).toMatchObject({ date, rangeEnd, qualifier: null });
  });
  it('gives a year-less first day the year of the second', () => {
    expect(one('Between May 2 and May 9, 2031, the ferry did not run.', '2032-04-20', 'Between May 2 and May 9, 2031'))
      .toMatchObject({ date: '2031-05-02', rangeEnd: '2031-05-09', qualifier: null });
    // a first month after the last one is in the year before
    expect(one('From November to January 2031 the canal froze.', '2032-04-20', 'From November to January 2031'))
      .toMatchObject({ date: '2030-11', rangeEnd: '2031-01', qualifier: null });
  });
  it('keeps both ends in the event and shows them', () => {
    const xs = extractEvents(input('The quarry lay idle between 2031 and 2034, the owners said.', '2040-01-01'));
    expect(xs.map((e) => [e.expression.date, e.expression.rangeEnd, e.summary])).toEqual([
      ['2031', '2034', 'The quarry lay idle between 2031 and 2034, the owners said.'],
    ]);
    expect(eventDate('2031', null, '2034')).toBe('2031–2034');
    expect(eventDate('1980', 'decade', '1989')).toBe('1980–1989');
    expect(eventDate('2031', 'since')).toBe('since 2031');
  });
});
