import { describe, expect, it } from 'vitest';
import { findTemporalExpressions, type TemporalExpression } from '../../../src/analysis/dates/index.ts';

function find(text: string, published: string | null): TemporalExpression[] {
  return findTemporalExpressions({ documentId: 't', text, published, title: null, source: (a, b) => text.slice(a, b) });
}

/** the single expression whose text is `written` */
function one(text: string, published: string | null, written: string): TemporalExpression {
  const hits = find(text, published).filter((e) => e.text === written);
  expect(hits, `${written} in ${JSON.stringify(find(text, published).map((e) => e.text))}`).toHaveLength(1);
  const e = hits[0]!;
  expect(text.slice(e.start, e.end)).toBe(written);
  return e;
}

describe('explicit dates and months', () => {
  it('reads a full date with its preposition', () => {
    const e = one('On March 3, 2016, the ferry sank off the coast.', '2016-05-01', 'On March 3, 2016');
    expect(e).toMatchObject({ date: '2016-03-03', qualifier: null, type: 'explicit' });
  });
  it('reads day-first dates and abbreviated months', () => {
    expect(one('The plant opened on 12 January 2011.', '2022-01-10', 'on 12 January 2011').date).toBe('2011-01-12');
    expect(one('The plant closed in Dec. 2014.', '2022-01-10', 'in Dec. 2014').date).toBe('2014-12');
  });
  it('keeps the governing preposition as the qualifier', () => {
    expect(
      one('She chaired the board until October 2015, then left.', '2020-02-02', 'until October 2015'),
    ).toMatchObject({ date: '2015-10', qualifier: 'until', type: 'month' });
    expect(one('Since April 2019, prices have doubled.', '2020-02-02', 'Since April 2019')).toMatchObject({
      date: '2019-04',
      qualifier: 'since',
    });
    expect(one('As late as June 2018, the mill still ran.', '2020-02-02', 'As late as June 2018').qualifier).toBe(
      'as late as',
    );
  });
  it('reads a month without a year only where a temporal word governs it', () => {
    expect(one('The ministry said in March that it would wait.', '2022-06-01', 'in March').date).toBe('2022-03');
    expect(find('March on, they said. It may rain.', '2022-06-01')).toEqual([]);
  });
});

describe('years', () => {
  it('reads bare years with their preposition, two in a row', () => {
    const xs = find('The tax was raised in 2017 and throughout 2018 by the council.', '2020-01-01');
    expect(xs.map((e) => [e.text, e.date, e.qualifier])).toEqual([
      ['in 2017', '2017', null],
      ['throughout 2018', '2018', 'throughout'],
    ]);
  });
  it('treats an adjectival year as a dated reference without a qualifier', () => {
    expect(one('After the 2012 flood damage, the town rebuilt.', '2020-01-01', '2012')).toMatchObject({
      date: '2012',
      qualifier: null,
      type: 'year',
    });
  });
  it('skips numbers that only look like years', () => {
    expect(find('Resolution 2254 passed. More than 2000 people came. It cost $2019.', '2020-01-01')).toEqual([]);
  });
  it('reads ranges', () => {
    expect(one('Sales fell during the 2019-20 season.', '2021-01-01', '2019-20')).toMatchObject({
      date: '2019',
      rangeEnd: '2020',
    });
    expect(one('The mine was idle between 2011 and 2014.', '2021-01-01', 'between 2011 and 2014')).toMatchObject({
      date: '2011',
      rangeEnd: '2014',
      qualifier: null,
    });
    expect(
      one('From early 2015 and into 2016, exports grew.', '2021-01-01', 'From early 2015 and into 2016'),
    ).toMatchObject({ date: '2015', qualifier: 'early', rangeEnd: '2016' });
  });
});

describe('vague periods', () => {
  it.each([
    ['The plan was drafted in late 2019.', 'in late 2019', '2019', 'late'],
    ['It was shelved by mid-2020.', 'by mid-2020', '2020', 'by mid'],
    ['The firm expanded in early 2024.', 'in early 2024', '2024', 'early'],
    ['He stepped down at the end of 2016.', 'at the end of 2016', '2016', 'end'],
    ['She moved to Lisbon in the spring of 2009.', 'in the spring of 2009', '2009', 'spring'],
    ['The pier reopened in summer 2013.', 'in summer 2013', '2013', 'summer'],
    ['Profits fell in the second quarter of 2021.', 'in the second quarter of 2021', '2021', 'Q2'],
  ])('%s', (text, written, date, qualifier) => {
    expect(one(text, '2024-05-01', written)).toMatchObject({ date, qualifier, type: 'vague' });
  });
  it('reads decades as ranges', () => {
    expect(one('The band was famous in the 1980s.', '2024-05-01', 'in the 1980s')).toMatchObject({
      date: '1980',
      rangeEnd: '1989',
      qualifier: 'decade',
    });
  });
});

describe('relative to the publication date', () => {
  // 2023-05-18 is a Thursday
  it('puts a weekday in the past, the publication day included', () => {
    expect(one('The council voted on Tuesday to delay the plan.', '2023-05-18', 'on Tuesday').date).toBe('2023-05-16');
    expect(one('The council voted on Thursday.', '2023-05-18', 'on Thursday').date).toBe('2023-05-18');
  });
  it('looks forward when the sentence speaks of the future', () => {
    expect(one('The mayor will speak on Tuesday.', '2023-05-18', 'on Tuesday').date).toBe('2023-05-23');
  });
  it('gives a day without a year the latest year not after publication', () => {
    expect(one('The report came out on June 2.', '2023-05-18', 'on June 2').date).toBe('2022-06-02');
    expect(one('The report came out on May 2.', '2023-05-18', 'on May 2').date).toBe('2023-05-02');
  });
  it('counts back: "ago", "last year", "yesterday", "today"', () => {
    expect(one('The fire began two days ago.', '2023-05-18', 'two days ago')).toMatchObject({
      date: '2023-05-16',
      type: 'relative',
    });
    expect(one('The pact was signed three weeks ago.', '2023-05-18', 'three weeks ago')).toMatchObject({
      date: '2023-04',
      qualifier: 'week of 24',
    });
    expect(one('The bridge closed last year.', '2023-05-18', 'last year').date).toBe('2022');
    expect(one('Police said yesterday that the road was open.', '2023-05-18', 'yesterday').date).toBe('2023-05-17');
    expect(one('Today, the road is open.', '2023-05-18', 'Today').date).toBe('2023-05-18');
  });
  it('never dates an ambiguous expression after publication', () => {
    for (const e of find('It happened on Saturday, in December, on Dec. 30 and last summer.', '2023-05-18')) {
      expect(e.date! <= '2023-05-18', e.text).toBe(true);
    }
  });
  it('reads the end of the month and keeps Theresa May a person', () => {
    expect(one('The bill should pass by the end of the month.', '2023-04-05', 'by the end of the month')).toMatchObject(
      { date: '2023-04', qualifier: 'by end' },
    );
    expect(find('She spoke to May about trade.', '2023-04-05')).toEqual([]);
  });
  it('skips durations and the present', () => {
    expect(
      find(
        'He has worked there for over two years and for decades before that. Now, at the time of writing, he rests.',
        '2023-05-18',
      ),
    ).toEqual([]);
  });
  it('does not read "Black Friday" as a weekday', () => {
    expect(find('Black Friday sales were weak.', '2022-11-30')).toEqual([]);
  });
});

describe('without a full publication date', () => {
  const text = 'The vote took place on Friday. The report came out on July 1. The dam broke in 2009.';
  it('leaves relative expressions unresolved when there is no publication date', () => {
    const xs = find(text, null);
    expect(xs.map((e) => [e.text, e.date])).toEqual([
      ['on Friday', null],
      ['on July 1', null],
      ['in 2009', '2009'],
    ]);
  });
  it('resolves what a partial publication date allows', () => {
    const xs = find(text, '2020-07');
    expect(xs.map((e) => [e.text, e.date])).toEqual([
      ['on Friday', null],
      ['on July 1', '2020-07-01'],
      ['in 2009', '2009'],
    ]);
  });
});

describe('anaphora and offsets', () => {
  const story =
    'He was arrested on Sept. 4, 2015. A few days later, he was released. He resigned that December. By then, the party had split.';
  it('resolves from the expression before, never from publication', () => {
    const xs = find(story, '2023-01-01');
    expect(xs.map((e) => [e.text, e.date, e.qualifier, e.type])).toEqual([
      ['on Sept. 4, 2015', '2015-09-04', null, 'explicit'],
      ['A few days later', '2015-09', 'early', 'offset'],
      ['that December', '2015-12', null, 'anaphora'],
      ['By then', '2015-12', 'by', 'anaphora'],
    ]);
  });
  it('anchors "N before" to the date later in the clause and refines it from elsewhere', () => {
    const text =
      'Ten days before a bombing at a stadium killed 40 people in May, officials were warned. Witnesses said the bombing at the stadium happened on May 21.';
    expect(one(text, '2019-07-01', 'Ten days before')).toMatchObject({
      date: '2019-05-11',
      qualifier: null,
      type: 'offset',
    });
  });
  it('refers "before the <event>" back to a dated event', () => {
    const text = 'The summit took place on May 4. Days before the summit, talks collapsed.';
    expect(one(text, '2022-06-01', 'before the summit')).toMatchObject({ date: '2022-05-04', qualifier: 'before' });
  });
  it('does not anchor the narrative on a year used as an adjective', () => {
    const text = 'At the hearing on March 14, she declined to discuss a 2015 ruling. Two weeks later, the panel voted.';
    expect(one(text, '2023-04-05', 'Two weeks later').date).toBe('2023-03-28');
  });
  it('reads "later that year" from the year last mentioned', () => {
    expect(
      one('The mill closed in May 2001. Later that year, it burned.', '2023-04-05', 'Later that year'),
    ).toMatchObject({ date: '2001', qualifier: 'late' });
  });
  it('leaves out an offset without an anchor', () => {
    expect(find('A few days later, the talks resumed.', '2022-06-01')).toEqual([]);
    expect(find('Before the hearing, he said nothing.', '2022-06-01')).toEqual([]);
  });
});

describe('quarters, halves and fiscal years', () => {
  // invented company news; 2031-08-14 falls in the third quarter
  const pub = '2031-08-14';
  it.each([
    ['The mill lost money in the second quarter.', 'in the second quarter', '2031', 'Q2'],
    ['Second-quarter sales at the mill fell sharply.', 'Second-quarter', '2031', 'Q2'],
    ['Orders rose in the third quarter, the mill said.', 'in the third quarter', '2031', 'Q3'],
    ['The mill lost money in the fourth quarter.', 'in the fourth quarter', '2030', 'Q4'],
    ['The mill will report fourth-quarter results soon.', 'fourth-quarter', '2031', 'Q4'],
    ['The mill expects first-quarter orders to recover.', 'first-quarter', '2032', 'Q1'],
    ['Output peaked in the 2028 fourth quarter.', 'in the 2028 fourth quarter', '2028', 'Q4'],
    ["Output peaked in 2028's fourth quarter.", "in 2028's fourth quarter", '2028', 'Q4'],
    ['Output peaked in the fourth quarter of 2028.', 'in the fourth quarter of 2028', '2028', 'Q4'],
    ["Output will peak in next year's first quarter.", "in next year's first quarter", '2032', 'Q1'],
    ['Costs climbed during the current quarter.', 'during the current quarter', '2031', 'Q3'],
    ['Debt was cut in the first half.', 'in the first half', '2031', 'H1'],
    ['Debt will be cut in the second half.', 'in the second half', '2031', 'H2'],
    ['Debt was cut in the second half of 2029.', 'in the second half of 2029', '2029', 'H2'],
    ['Debt was cut in the first two quarters of 2029.', 'in the first two quarters of 2029', '2029', 'H1'],
    ['Revenue doubled in fiscal 2029.', 'in fiscal 2029', '2029', 'fiscal'],
    ['Revenue doubled in fiscal year 2029.', 'in fiscal year 2029', '2029', 'fiscal'],
  ])('%s', (text, written, date, qualifier) => {
    expect(one(text, pub, written)).toMatchObject({ date, qualifier });
  });
  it('keeps the quarter beside a preposition qualifier', () => {
    expect(one('Prices have risen since the first quarter.', pub, 'since the first quarter')).toMatchObject({
      date: '2031',
      qualifier: 'since Q1',
    });
  });
  it('reads the year-earlier quarter and the quarter of the text', () => {
    const text =
      'Third-quarter profit at the mill doubled. In the year-earlier quarter, the mill lost money. ' +
      'Sales in the quarter rose. The latest period included a one-time gain. In the 2030 period, costs were higher.';
    expect(one(text, pub, 'In the year-earlier quarter')).toMatchObject({ date: '2030', qualifier: 'Q3' });
    expect(one(text, pub, 'in the quarter')).toMatchObject({ date: '2031', qualifier: 'Q3' });
    expect(one(text, pub, 'The latest period')).toMatchObject({ date: '2031', qualifier: 'Q3' });
    expect(one(text, pub, 'In the 2030 period')).toMatchObject({ date: '2030', qualifier: 'Q3' });
  });
  it('reads the same quarter a year before and a dated year-ago quarter', () => {
    expect(
      one(
        'The mill earned more in the second quarter of 2029 than in the same quarter a year earlier.',
        pub,
        'in the same quarter a year earlier',
      ),
    ).toMatchObject({ date: '2028', qualifier: 'Q2' });
    expect(one('Sales topped the year-ago third quarter.', pub, 'the year-ago third quarter')).toMatchObject({
      date: '2030',
      qualifier: 'Q3',
    });
  });
  it('compares "a year ago" with the same quarter when the sentence reports one', () => {
    const text =
      'Third-quarter profit at the mill rose to $4 million from $3 million a year ago. Its owner moved to Oslo. He sold a boat a year ago.';
    const ago = find(text, pub).filter((e) => e.text === 'a year ago');
    expect(ago.map((e) => [e.date, e.qualifier])).toEqual([
      ['2030', 'Q3'],
      ['2030', 'approx'],
    ]);
    expect(one('Third-quarter sales rose. A year earlier, the mill lost money.', pub, 'A year earlier')).toMatchObject({
      date: '2030',
      qualifier: 'Q3',
    });
    expect(one('Third-quarter sales rose 5% from last year.', pub, 'from last year').qualifier).toMatch(/Q3/);
  });
  it('leaves "a year ago" alone beside other periods and without a quarter', () => {
    expect(
      one(
        'Third-quarter sales rose. For the nine months, profit rose to $9 million from $7 million a year ago.',
        pub,
        'a year ago',
      ),
    ).toMatchObject({ date: '2030', qualifier: 'approx' });
    expect(one('The mill was sold a year ago.', pub, 'a year ago')).toMatchObject({
      date: '2030',
      qualifier: 'approx',
    });
    expect(one('The mill grew last year.', pub, 'last year')).toMatchObject({ date: '2030', qualifier: null });
  });
  it('leaves "the quarter" and "the period" out when no quarter was named', () => {
    expect(find('Sales in the quarter rose. The period was calm.', pub)).toEqual([]);
  });
});

describe('named events and administrations', () => {
  it('dates famous events named without a year', () => {
    expect(
      one('Years after the Sept. 11 attacks, the law still stands.', '2020-01-01', 'after the Sept. 11 attacks'),
    ).toMatchObject({ date: '2001-09-11', qualifier: 'after', type: 'named-event' });
    expect(one('Security changed after Pearl Harbor.', '2020-01-01', 'after Pearl Harbor').date).toBe('1941-12-07');
    expect(find('They visited Pearl Harbor.', '2020-01-01')).toEqual([]);
  });
  it('dates periods of an administration', () => {
    expect(
      one(
        'In the first weeks of the administration, aides clashed.',
        '2010-06-01',
        'In the first weeks of the administration',
      ),
    ).toMatchObject({ date: '2009', qualifier: 'early' });
    expect(
      one(
        'The idea came up during the final year of the Clinton administration.',
        '2010-06-01',
        'during the final year of the Clinton administration',
      ).date,
    ).toBe('2000');
    // "the administration" with no publication date: which one is unknown
    expect(
      one('At the dawn of the administration, aides clashed.', null, 'At the dawn of the administration').date,
    ).toBeNull();
  });
});
