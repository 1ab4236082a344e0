import { describe, expect, it } from 'vitest';
import { parseDateline, publishedOf } from '../../src/documents/datelines.ts';

const published = (line: string): string | null => {
  const d = parseDateline(line);
  return d ? (publishedOf(d)?.date ?? null) : null;
};

describe('datelines', () => {
  it.each([
    ['Wednesday, July 08, 2020', '2020-07-08'],
    ['Jul 8, 2020', '2020-07-08'],
    ['Apr 7, 2024\u00A0-\u00A014:59', '2024-04-07'],
    ['Updated Jul. 08, 2020 7:17PM ET / Published Jul. 08, 2020 7:02PM ET', '2020-07-08'],
    ['Published Jul. 07, 2020 7:02PM ET | Updated Jul. 09, 2020 1:00AM ET', '2020-07-07'],
    ['Sept. 1, 2018', '2018-09-01'],
    ['8 July 2020', '2020-07-08'],
    ['Tuesday 8 July 2020 10.30 BST'.replace('10.30', '10:30'), '2020-07-08'],
    ['2020-07-08T19:02:00Z', '2020-07-08'],
    ['Published: 2023-05-14 08:30 UTC', '2023-05-14'],
    ['07/08/2020', '2020-07-08'],
    ['March 3rd, 2021', '2021-03-03'],
    ['Published: March 3, 2021 at 10:15 a.m. EST', '2021-03-03'],
  ])('%s → %s', (line, iso) => {
    expect(published(line)).toBe(iso);
  });

  it('prefers Published over Updated, whatever the order', () => {
    expect(published('Updated Jul. 09, 2020 / Published Jul. 08, 2020')).toBe('2020-07-08');
  });

  it('reads the author of "Posted on … by …"', () => {
    expect(parseDateline('Posted on July 8, 2020 by Jane Doe')?.author).toBe('Jane Doe');
  });

  it.each([
    'July 8, 2020 in a report',
    'Spencer Smith',
    'February 30, 2020',
    'In 2020 the war began',
    'The 2020 election',
  ])('%s is not a dateline', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});
