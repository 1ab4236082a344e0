import { describe, expect, it } from 'vitest';
import { clusterEvents, extractEvents } from '../../../src/analysis/dates/index.ts';

function events(text: string, published: string | null) {
  return extractEvents({ documentId: 't', text, published, title: null, source: (a, b) => text.slice(a, b) });
}

describe('extractEvents', () => {
  it('gives one event per dated statement, with its clause', () => {
    const text = 'The port reopened in 2014; the railway followed in mid-2016.\n\nThe vote was held on Friday.';
    const xs = events(text, null);
    // "on Friday" cannot be dated without a publication date: no event
    expect(xs.map((e) => [e.expression.text, e.expression.date, e.summary])).toEqual([
      ['in 2014', '2014', 'The port reopened in 2014'],
      ['in mid-2016', '2016', 'the railway followed in mid-2016.'],
    ]);
    for (const e of xs) expect(text.slice(e.clause.start, e.clause.end)).toContain(e.expression.text);
  });

  it('dates a quarter and its year-earlier comparison as events with Q qualifiers', () => {
    const text = 'Second-quarter profit at the ferry line rose to $2 million from $1 million a year earlier.';
    const xs = events(text, '2033-07-20');
    expect(xs.map((e) => [e.expression.text, e.expression.date, e.expression.qualifier])).toEqual([
      ['Second-quarter', '2033', 'Q2'],
      ['a year earlier', '2032', 'Q2'],
    ]);
  });

  it('keeps a whole short sentence when the clause alone says little', () => {
    const text = 'Prices rose through May 2019. By then, the firm had left.';
    const e = events(text, '2020-01-01').find((x) => x.expression.text === 'By then')!;
    expect(e.expression.date).toBe('2019-05');
    expect(e.summary).toBe('By then, the firm had left.');
  });

  it('trims a long sentence at clause boundaries to 200 characters, never mid-word', () => {
    const filler =
      'the committee, which had met in secret for months under pressure from donors and party officials across the region';
    const text = `According to a spokesman for ${filler}, the mayor, who until March 2012 ran the transport office, approved the contract, and ${filler}, later denied it.`;
    const [e] = events(text, '2020-01-01');
    expect(e!.expression.text).toBe('until March 2012');
    expect(e!.summary.length).toBeLessThanOrEqual(200);
    expect(e!.summary).toContain('until March 2012');
    expect(text).toContain(e!.summary);
    // starts and ends on word boundaries
    const at = text.indexOf(e!.summary);
    expect(/[\p{L}\d]/u.test(text[at - 1] ?? ' ') && /[\p{L}\d]/u.test(e!.summary[0]!)).toBe(false);
    const after = text[at + e!.summary.length] ?? ' ';
    expect(/[\p{L}\d]/u.test(after) && /[\p{L}\d]/u.test(e!.summary.at(-1)!)).toBe(false);
  });

  it('cuts a single very long clause by words around the date', () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`);
    words.splice(40, 0, 'in', 'late', '2011');
    const text = `${words.join(' ')}.`;
    const [e] = events(text, '2020-01-01');
    expect(e!.summary.length).toBeLessThanOrEqual(200);
    expect(e!.summary).toContain('in late 2011');
    for (const w of e!.summary.split(' ')) expect(text.split(/[ .]/)).toContain(w.replace(/\.$/, ''));
  });
});

describe('clusterEvents', () => {
  it('joins the same event from several outlets and keeps different ones apart', () => {
    const m = clusterEvents([
      {
        id: 'a1',
        date: '2018-12',
        summary: 'the envoy, who served in the administration until December 2018, criticised the policy',
      },
      {
        id: 'b1',
        date: '2018-12',
        summary: 'The envoy, who served until December 2018, criticised the policy on Russia',
      },
      { id: 'c1', date: '2018-12', summary: 'The airline cut routes to three cities in December 2018' },
      {
        id: 'd1',
        date: '2019-12',
        summary: 'the envoy, who served in the administration until December 2019, criticised the policy',
      },
      { id: 'e1', date: '2018', summary: 'The envoy served until 2018 and criticised the policy' },
    ]);
    expect(m.get('b1')).toBe(m.get('a1'));
    expect(m.get('e1')).toBe(m.get('a1'));
    expect(m.get('c1')).not.toBe(m.get('a1'));
    expect(m.get('d1')).not.toBe(m.get('a1'));
    expect(m.get('c1')).toBe('c1');
  });
});
