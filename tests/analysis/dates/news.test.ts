// Issue 13, "Dates on real news": ranges, anchors, things that are not dates, missed expressions.
// Invented sentences and publication dates only.
import { describe, expect, it } from 'vitest';
import { extractEvents, findTemporalExpressions, type TemporalExpression } from '../../../src/analysis/dates/index.ts';
import { eventDate } from '../../../src/views/timeline-view.ts';

const input = (text: string, published: string | null) => ({
  documentId: 't',
  text,
  published,
  title: null,
  source: (a: number, b: number) => text.slice(a, b),
});

function find(text: string, published: string | null): TemporalExpression[] {
  return findTemporalExpressions(input(text, published));
}

function one(text: string, published: string, written: string): TemporalExpression {
  const hits = find(text, published).filter((e) => e.text === written);
  expect(hits, `${written} in ${JSON.stringify(find(text, published).map((e) => e.text))}`).toHaveLength(1);
  return hits[0]!;
}

/** [text, date, qualifier, rangeEnd] of every expression */
const all = (text: string, published: string | null) =>
  find(text, published).map((e) => [e.text, e.date, e.qualifier, e.rangeEnd ?? null]);

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
    expect(
      one('Between May 2 and May 9, 2031, the ferry did not run.', '2032-04-20', 'Between May 2 and May 9, 2031'),
    ).toMatchObject({ date: '2031-05-02', rangeEnd: '2031-05-09', qualifier: null });
    // a first month after the last one is in the year before
    expect(
      one('From November to January 2031 the canal froze.', '2032-04-20', 'From November to January 2031'),
    ).toMatchObject({ date: '2030-11', rangeEnd: '2031-01', qualifier: null });
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

describe('anchors: what an offset or "that day" counts from', () => {
  it('counts "a year earlier" from the year the sentence before is about', () => {
    expect(all('In 2027 the bakery lost money. A year earlier it had made a profit.', '2029-10-09')).toEqual([
      ['In 2027', '2027', null, null],
      ['A year earlier', '2026', 'approx', null],
    ]);
  });
  it('counts it from the publication date after a sentence about the present', () => {
    expect(
      one('The bakery now employs 40 bakers. A year earlier it had 25.', '2029-10-09', 'A year earlier').date,
    ).toBe('2028');
    // a year named three sentences back is not what the present-tense sentence speaks of
    expect(
      one(
        'The bakery opened in 2011. It grew slowly. Today it employs 40 bakers and has two shops. A year earlier it had 25.',
        '2029-10-09',
        'A year earlier',
      ).date,
    ).toBe('2028');
    // a past-tense sentence between keeps the narrative's year
    expect(
      one('The bakery opened in 2011. It had 25 bakers then. A year later it had 40.', '2029-10-09', 'A year later')
        .date,
    ).toBe('2012');
  });
  it('takes the day of the event before for "earlier that day", "later that night", "earlier in the day"', () => {
    const text =
      'The barge ran aground on Aug. 14, 2027. Earlier that day a pilot had warned the crew. Later that night tugs arrived.';
    expect(all(text, '2029-10-09')).toEqual([
      ['on Aug. 14, 2027', '2027-08-14', null, null],
      ['Earlier that day', '2027-08-14', 'early', null],
      ['Later that night', '2027-08-14', 'late', null],
    ]);
    // 2029-10-09 is a Tuesday: "on Saturday" is 6 October, not the publication day
    expect(
      one(
        'The barge ran aground on Saturday. Earlier in the day a pilot had warned the crew.',
        '2029-10-09',
        'Earlier in the day',
      ).date,
    ).toBe('2029-10-06');
    expect(
      one('The barge ran aground on Aug. 14, 2027. That morning the river was calm.', '2029-10-09', 'That morning')
        .date,
    ).toBe('2027-08-14');
    expect(all('The barge ran aground on Aug. 14, 2027. The pilot said that night fell fast.', '2029-10-09')).toEqual([
      ['on Aug. 14, 2027', '2027-08-14', null, null],
    ]);
  });
});

describe('not dates', () => {
  it('skips statute and section numbers', () => {
    expect(all('The clerk was charged under section 1987 of the harbour code in 2031.', '2032-02-02')).toEqual([
      ['in 2031', '2031', null, null],
    ]);
    expect(all('Claims under Title 2004 and § 1991(b) were dismissed in 2031.', '2032-02-02')).toEqual([
      ['in 2031', '2031', null, null],
    ]);
  });
  it('reads "then-" as a former title, not "by then"', () => {
    expect(
      all('The port reopened in 2031. The order was signed by then-Harbour Master Ilse Varn.', '2032-02-02'),
    ).toEqual([['in 2031', '2031', null, null]]);
    expect(all('The port reopened in 2031. By then the fleet had gone.', '2032-02-02')).toEqual([
      ['in 2031', '2031', null, null],
      ['By then', '2031', 'by', null],
    ]);
  });
  it('skips years in a list of headlines and in link text', () => {
    const text =
      'The ferry resumed service in 2031.\n\nMore Stories\nHarbour Fire Of 2019 Remembered By Crews\nCouncil Weighs Ferry Fares For 2033 Season\n\nRead [the storm of 2027 in pictures](https://news.example/x) here.';
    expect(all(text, '2032-02-02')).toEqual([['in 2031', '2031', null, null]]);
  });
  it('skips a day in a hypothetical', () => {
    expect(all('If the referendum were held today, the measure would pass.', '2032-02-02')).toEqual([]);
    expect(all('If she ran tomorrow, she could win.', '2032-02-02')).toEqual([]);
    // a condition about something else leaves the day alone
    expect(all('The mayor said today that if fares rise she will resign.', '2032-02-02')).toEqual([
      ['today', '2032-02-02', null, null],
    ]);
  });
  it('skips a programme named in title case, not the week', () => {
    expect(all('The minister appeared on This Week to defend the plan.', '2032-02-04')).toEqual([]);
    expect(all('The minister said on the "This Week," show that he would stay.', '2032-02-04')).toEqual([]);
    expect(one('This week the minister defended the plan.', '2032-02-04', 'This week').date).toBe('2032-02');
    expect(one('He spoke. "This Week Is Ours," the minister said.', '2032-02-04', 'This Week').date).toBe('2032-02');
  });
  it('leaves spelled-out counts alone', () => {
    expect(
      all(
        'Two thousand growers met; nineteen of the twenty ministers agreed, and one day they may vote.',
        '2032-02-02',
      ),
    ).toEqual([]);
  });
});

describe('missed before: tomorrow, holidays, centuries, spelled-out years', () => {
  // 2031-03-04 is a Tuesday
  it('reads tomorrow', () => {
    expect(one('The jury will return tomorrow.', '2031-03-04', 'tomorrow')).toMatchObject({
      date: '2031-03-05',
      qualifier: null,
    });
  });
  it.each([
    ['The fishermen struck on Christmas Eve.', 'on Christmas Eve', '2030-12-24', null],
    ['The lockout began on Labor Day.', 'on Labor Day', '2030-09-02', null],
    ['The ferry will resume by Thanksgiving.', 'by Thanksgiving', '2031-11-27', 'by'],
    ["The toll takes effect on New Year's Day.", "on New Year's Day", '2032-01-01', null],
    ['The mill closed on Memorial Day.', 'on Memorial Day', '2030-05-27', null],
    ['The choir sang at Easter.', 'at Easter', '2030-04-21', null],
    ['They married on Labor Day 2027.', 'on Labor Day 2027', '2027-09-06', null],
    ['The strike ended last Christmas.', 'last Christmas', '2030-12-25', null],
  ])('%s', (text, written, date, qualifier) => {
    expect(one(text, '2031-03-04', written)).toMatchObject({ date, qualifier });
  });
  it('leaves a holiday that names something else', () => {
    expect(
      all('Christmas shopping fell. Growers sailed to Easter Island before Christmas sales.', '2031-03-04'),
    ).toEqual([]);
  });
  it('reads centuries as their first year with a "century" qualifier', () => {
    expect(one('It was the bloodiest siege of the 17th century.', '2031-03-04', 'the 17th century')).toMatchObject({
      date: '1600',
      qualifier: 'century',
    });
    expect(
      one('Salt made the town rich in the eleventh century.', '2031-03-04', 'in the eleventh century'),
    ).toMatchObject({ date: '1000', qualifier: 'century' });
    expect(one('In the early 19th century, looms arrived.', '2031-03-04', 'In the early 19th century')).toMatchObject({
      date: '1800',
      qualifier: 'early century',
    });
    expect(one('Nothing like it has happened this century.', '2031-03-04', 'this century')).toMatchObject({
      date: '2000',
      qualifier: 'century',
    });
    expect(all('She acted for 20th Century Studios over the past century.', '2031-03-04')).toEqual([]);
  });
  it('reads years spelled out, not counts', () => {
    expect(all('The pact was signed in nineteen eighty-six.', '2031-03-04')).toEqual([
      ['in nineteen eighty-six', '1986', null, null],
    ]);
    expect(all('In March nineteen ninety-one the dam broke.', '2031-03-04')).toEqual([
      ['In March nineteen ninety-one', '1991-03', null, null],
    ]);
    expect(all('In the summer of nineteen seventy-two it flooded.', '2031-03-04')).toEqual([
      ['In the summer of nineteen seventy-two', '1972', 'summer', null],
    ]);
    expect(all('By the year two thousand and ten the port was gone.', '2031-03-04')).toEqual([
      ['By the year two thousand and ten', '2010', 'by', null],
    ]);
    expect(all('Nineteen ninety-eight ballots were lost and two thousand voters waited.', '2031-03-04')).toEqual([]);
  });
  it('reads a month without a year where a temporal word governs it', () => {
    expect(one('The harbour froze in January.', '2031-03-04', 'in January').date).toBe('2031-01');
  });
});

describe('seasons without a year', () => {
  // published 2031-10-14, in the autumn
  it.each([
    ['Orders stayed weak well into the summer.', 'into the summer', '2031', 'into summer'],
    ['Stocks recovered from the lows of the early summer.', 'the early summer', '2031', 'early summer'],
    ['The lido will reopen in the spring.', 'in the spring', '2032', 'spring'],
    ['The canal froze during the winter.', 'during the winter', '2030', 'winter'],
    ['The vineyard was sold in the fall.', 'in the fall', '2031', 'autumn'],
    ['Bugs made it hard to fill orders well into the summer.', 'into the summer', '2031', 'into summer'],
  ])('%s', (text, written, date, qualifier) => {
    expect(one(text, '2031-10-14', written)).toMatchObject({ date, qualifier });
  });
  it('leaves a season that names a place', () => {
    expect(all('She grew up in the Spring Valley district.', '2031-10-14')).toEqual([]);
  });
});

describe('bare months', () => {
  it('reads a month that is the subject of its sentence', () => {
    expect(one('The harbour flooded. January was the wettest month in years.', '2031-03-04', 'January')).toMatchObject({
      date: '2031-01',
      qualifier: null,
    });
    expect(all('May was cheered by her party.', '2031-03-04')).toEqual([]);
  });
  it('reads "by May" as a deadline only after a verb of ending', () => {
    expect(one('The inquiry should conclude by May.', '2031-03-04', 'by May')).toMatchObject({
      date: '2031-05',
      qualifier: 'by',
    });
    expect(all('A speech by May was read aloud.', '2031-03-04')).toEqual([]);
    expect(all('The motion was approved by May.', '2031-03-04')).toEqual([]);
  });
});
