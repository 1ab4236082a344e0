// Invented sentences and publication dates only.
import { describe, expect, it } from 'vitest';
import { findTemporalExpressions, type TemporalExpression } from '../../../src/analysis/dates/index.ts';
import { directionCue, directionOf } from '../../../src/analysis/dates/direction.ts';

function find(text: string, published: string | null): TemporalExpression[] {
  return findTemporalExpressions({ documentId: 't', text, published, title: null, source: (a, b) => text.slice(a, b) });
}

function one(text: string, published: string, written: string): TemporalExpression {
  const hits = find(text, published).filter((e) => e.text === written);
  expect(hits, `${written} in ${JSON.stringify(find(text, published).map((e) => e.text))}`).toHaveLength(1);
  return hits[0]!;
}

/** directionCue for the first occurrence of `expr` in `sentence` */
function cue(sentence: string, expr: string): ReturnType<typeof directionCue> {
  const at = sentence.indexOf(expr);
  expect(at).toBeGreaterThanOrEqual(0);
  return directionCue(sentence, at, at + expr.length);
}

describe('directionCue: the word nearest the expression decides', () => {
  it.each([
    ['The council will vote on the budget on Friday.', 'Friday', 'future', 'vote'],
    ['The mayor will speak on Friday.', 'Friday', 'future', 'will'],
    ['The runoff is set for March 20.', 'March 20', 'future', 'set'],
    ['Negotiations resume Monday in the capital.', 'Monday', 'future', 'resume'],
    ['Growers should wait until early June to plant.', 'early June', 'future', 'wait'],
    ['Growers should plant again in early June.', 'early June', 'future', 'should'],
    ['The regulator told the bank to reply by Dec. 4.', 'Dec. 4', 'future', 'to'],
    ['The purchase is expected to be finalised near Jan. 9.', 'Jan. 9', 'future', 'finalised'],
    ['The inquiry was postponed until Nov. 30.', 'Nov. 30', 'future', 'until'],
    ['Coupons become payable Dec. 18.', 'Dec. 18', 'future', 'payable'],
    ['The ferry operator cancelled the crossing on Friday.', 'Friday', 'past', 'cancelled'],
    ['On Tuesday, the two ministers spoke by telephone.', 'Tuesday', 'past', 'spoke'],
    ['A spokeswoman said Friday that the plant was safe.', 'Friday', 'past', 'said'],
    ['The plant has been idle since March.', 'March', 'past', 'since'],
    // the modal is far back, the past tense is next to the date
    ['He said the tickets, which were printed July 1, will be valid.', 'July 1', 'past', 'printed'],
  ])('%s', (sentence, expr, direction, word) => {
    expect(cue(sentence, expr)).toEqual({ direction, cue: word });
  });

  it('says nothing when no word decides, or a plain present stops the search', () => {
    expect(cue('The filing deadline is Nov. 14.', 'Nov. 14').direction).toBeNull();
    expect(cue('Rainfall for October was high.', 'October').direction).toBe('past');
    expect(cue('The Oct. 3 filing.', 'Oct. 3').direction).toBeNull();
    // counted "as of" a date: no direction of its own
    expect(cue('Reserves will stand at $3 million as of June 30.', 'June 30').direction).toBeNull();
  });

  it('lets a deadline preposition decide only when nothing else does', () => {
    expect(cue('Officials hope for a deal by April.', 'April')).toEqual({ direction: 'future', cue: 'by' });
    expect(cue('By April, prices had doubled.', 'April')).toEqual({ direction: 'past', cue: 'had' });
  });

  it('does not take a noun for a verb or a month for a modal', () => {
    // "the vote" is a noun; "May" is a month, not the modal
    expect(directionOf('After the vote Monday the mayor resigned.', 21, 27)).toBe('past');
    expect(cue('Sales rose in May and June.', 'June').direction).toBe('past');
    // a number after "to" is no infinitive
    expect(cue('Wheat rose 4 cents to 3.15 on Friday.', 'Friday')).toEqual({ direction: 'past', cue: 'rose' });
  });

  it('leaves a plan made in the past perfect undecided', () => {
    expect(cue('The lease had been scheduled to end Friday.', 'Friday').direction).toBeNull();
  });
});

// 2016-03-01 is a Tuesday; 2019-11-05 a Tuesday; 2013-07-29 a Monday; 2011-09-30 a Friday
describe('weekdays', () => {
  it('puts a weekday of a past-tense sentence in the week before', () => {
    expect(one('The ferry operator cancelled the crossing on Friday.', '2016-03-01', 'on Friday').date).toBe(
      '2016-02-26',
    );
  });
  it('puts a weekday of a future sentence in the days after', () => {
    expect(one('The council will vote on the budget on Friday.', '2016-03-01', 'on Friday').date).toBe('2016-03-04');
    // not the Monday just gone
    expect(one('Negotiations resume Monday in the capital.', '2016-03-01', 'Monday').date).toBe('2016-03-07');
  });
  it('reads a weekday after a place name as a date, but not a named day', () => {
    expect(one('Shares fell sharply in Lisbon Monday.', '2016-03-01', 'Monday').date).toBe('2016-02-29');
    expect(find('Black Friday sales were weak.', '2016-03-01')).toEqual([]);
  });
  it('keeps a plan made in the past perfect in the past', () => {
    expect(one('The lease had been scheduled to end Friday.', '2013-07-29', 'Friday').date).toBe('2013-07-26');
  });
  it('reads "tomorrow" as the day after publication', () => {
    expect(one('The board meets tomorrow to approve the sale.', '2016-03-01', 'tomorrow')).toMatchObject({
      date: '2016-03-02',
      type: 'relative',
    });
  });
});

describe('months and days without a year', () => {
  it('puts a scheduled day after the article date in the same year', () => {
    expect(find('The runoff is set for March 20.', '2016-03-01').map((e) => e.date)).toEqual(['2016-03-20']);
  });
  it('dates a payment and its record date ahead of publication', () => {
    const xs = find('Coupons become payable Dec. 18 to bondholders on the register Nov. 26.', '2019-11-05');
    expect(xs.map((e) => e.date)).toEqual(['2019-12-18', '2019-11-26']);
  });
  it('reads a month after "should wait until" as the coming one', () => {
    expect(one('Growers should wait until early June to plant.', '2016-03-01', 'until early June')).toMatchObject({
      date: '2016-06',
      qualifier: 'until early',
    });
  });
  it('keeps a past-tense day in the past', () => {
    expect(one('The mill was sold on Oct. 3.', '2016-03-01', 'on Oct. 3').date).toBe('2015-10-03');
    expect(one('The plant has been idle since March.', '2019-11-05', 'since March')).toMatchObject({
      date: '2019-03',
      qualifier: 'since',
    });
  });
  it('takes the nearer year when no word decides, the future counting double', () => {
    expect(one('The next payment: Jan. 2.', '2019-11-05', 'Jan. 2').date).toBe('2020-01-02');
    expect(one('The Aug. 2 payment.', '2019-11-05', 'Aug. 2').date).toBe('2019-08-02');
  });
  it('takes the year a weekday written with the day falls on', () => {
    expect(one('The festival, on Saturday, Oct. 1, drew crowds.', '2011-09-30', 'on Saturday, Oct. 1').date).toBe(
      '2011-10-01',
    );
  });
  it('reads "last <month>" as the one before the month just gone', () => {
    expect(one('The roof collapsed last February.', '2016-03-01', 'last February').date).toBe('2015-02');
    expect(one('Last October, the firm moved.', '2016-03-01', 'Last October').date).toBe('2015-10');
  });
  it('reads "<month> last year"', () => {
    expect(one('In July last year, the firm moved.', '2016-03-01', 'In July last year')).toMatchObject({
      date: '2015-07',
      type: 'month',
    });
  });
  it('reads a month after "for" or an article', () => {
    expect(one('Rainfall for October was high.', '2019-11-05', 'October').date).toBe('2019-10');
    expect(one('The rules follow a June accord.', '2019-11-05', 'June').date).toBe('2019-06');
  });
});

describe('weeks and weekends', () => {
  it('reads "last week" as the week before, named by its Monday', () => {
    expect(one('The envoy arrived last week.', '2019-11-05', 'last week')).toMatchObject({
      date: '2019-10',
      qualifier: 'week of 28',
    });
  });
  it('reads "this week" as the whole week of publication', () => {
    expect(one('The fund was closed this week.', '2019-11-05', 'this week')).toMatchObject({
      date: '2019-11',
      qualifier: 'week of 4',
    });
    expect(one('The club renamed its stadium early this week.', '2019-11-05', 'early this week')).toMatchObject({
      date: '2019-11',
      qualifier: 'early in the week of 4',
    });
    expect(
      one('The exhibition closes at the end of this week.', '2019-11-05', 'at the end of this week'),
    ).toMatchObject({ date: '2019-11', qualifier: 'end of the week of 4' });
  });
  it('reads "N weeks ago" as that week', () => {
    expect(one('The pact was signed three weeks ago.', '2019-11-05', 'three weeks ago')).toMatchObject({
      date: '2019-10',
      qualifier: 'week of 14',
    });
  });
  it('reads "the weekend" as the latest one, or the next one when the sentence looks ahead', () => {
    expect(one('Protesters gathered over the weekend.', '2013-07-29', 'the weekend')).toMatchObject({
      date: '2013-07',
      qualifier: 'weekend of 27',
    });
    expect(one('Shoppers stocked up ahead of the weekend.', '2013-07-29', 'ahead of the weekend')).toMatchObject({
      date: '2013-08',
      qualifier: 'before weekend of 3',
    });
  });
});

describe('counting back', () => {
  it('counts "N days ago" from the publication day even where a calendar date is near', () => {
    expect(one('Talks on Feb. 12 failed, and the envoy left 10 days ago.', '2016-03-01', '10 days ago')).toMatchObject({
      date: '2016-02-20',
      qualifier: null,
    });
  });
});
