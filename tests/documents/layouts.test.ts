/**
 * Page layouts that differ from the shipped five, written for these tests: a WordPress post
 * with comments, a news page with a cookie banner and "Related articles", a Markdown file with
 * front-matter.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { tempCorpus } from '../support/temp-corpus.ts';

const WORDPRESS = `Home | About | Archive | Contact

City council approves new bike lanes downtown

Posted on March 3, 2021 by Maria Lopez

The city council voted 7-2 on Tuesday to approve a network of protected bike lanes downtown, ending a two-year debate over parking and safety.

“We have waited long enough for safer streets,” said council member Ana Ruiz, who sponsored the measure.

Opponents said the lanes would hurt small businesses that depend on street parking.

Share this:

Twitter
Facebook

Like this:

Related

12 thoughts on “City council approves new bike lanes downtown”

  1. Bob says: About time! The lanes are great.

    Reply

Leave a Reply

You are commenting using your WordPress.com account.
`;

const NEWS_PAGE = `We use cookies to improve your experience. By continuing to browse you accept our cookie policy.
Accept all cookies
Manage preferences

WORLD NEWS
Flooding forces thousands from homes in river valley
By Jane Doe and John Roe | Example Wire
Published: 2023-05-14 08:30 UTC
Photo: Rivers overflowed their banks on Sunday. (AP Photo/Sam Smith)

Thousands of residents left their homes on Sunday as the river rose above its banks for the second time this spring, officials said.

Advertisement

Emergency crews opened three shelters and asked people in low-lying areas to leave before nightfall.

Related articles
Storm season starts early this year
Insurers brace for record claims after spring storms

The regional governor said the state would ask for federal disaster aid once the water recedes and the damage can be counted.

Jane Doe is a reporter at Example Wire covering climate and disasters. Follow her on Twitter.

Copyright © 2023 Example Wire. All rights reserved.
`;

const MARKDOWN = `---
title: Port strike ends after ten days
outlet: Harbour Times
url: https://example.org/port-strike-ends
author: Sam Lee
published: 2022-10-01
original:
  outlet: Example Wire
  published: 2022-09-30
---
# Port strike ends after ten days

Dock workers returned to work on Saturday after the union and the port authority agreed on a new contract.

**Read more:** [Port wages explained](https://example.org/wages)

The deal raises wages by 4 percent a year for three years.
`;

const c = tempCorpus();
c.write('wp/bike-lanes.txt', WORDPRESS);
c.write('news/flooding.txt', NEWS_PAGE);
c.write('md/port-strike.md', MARKDOWN);
// the manifest says otherwise about the Markdown file's outlet: its front-matter wins
c.write(
  'manifest.json',
  JSON.stringify({
    version: 1,
    documents: { 'md/port-strike.md': { outlet: 'Manifest Outlet', note: 'from the manifest' } },
  }),
);
const corpus = await loadCorpus(c.dir);
afterAll(() => c.remove());
const doc = (id: string) => {
  const d = corpus.documents.find((x) => x.id === id);
  if (!d) throw new Error(`${id} missing`);
  return d;
};

describe('a WordPress post with comments', () => {
  const d = doc('bike-lanes');
  it('finds the headline, the date and the author of a "Posted on … by" line', () => {
    expect(d.title).toBe('City council approves new bike lanes downtown');
    expect(d.published).toBe('2021-03-03');
    expect(d.author).toBe('Maria Lopez');
  });
  it('keeps the article and strips navigation, share widgets and the comment thread', () => {
    expect(d.body.startsWith('The city council voted 7-2')).toBe(true);
    expect(d.body.trimEnd().endsWith('depend on street parking.')).toBe(true);
    for (const junk of [
      'Home | About',
      'Share this',
      'Twitter',
      'thoughts on',
      'About time',
      'Leave a Reply',
      'commenting using',
    ])
      expect(d.body).not.toContain(junk);
  });
});

describe('a news page with a cookie banner and related articles', () => {
  const d = doc('flooding');
  it('skips the cookie banner and the section label to find the headline', () => {
    expect(d.title).toBe('Flooding forces thousands from homes in river valley');
    expect(d.author).toBe('Jane Doe and John Roe');
    expect(d.published).toBe('2023-05-14');
  });
  it('keeps all three article paragraphs around the ad and the related-articles list', () => {
    expect(d.body).toContain('Thousands of residents left their homes');
    expect(d.body).toContain('Emergency crews opened three shelters');
    expect(d.body).toContain('The regional governor said');
    for (const junk of [
      'cookie',
      'Advertisement',
      'Related articles',
      'Storm season starts early',
      'Insurers brace',
      'AP Photo',
      'Copyright',
      'is a reporter at',
    ])
      expect(d.body).not.toContain(junk);
    expect(d.bodySpans.length).toBe(3);
  });
  it('records why each stripped line was stripped', () => {
    const reasons = new Set(d.stripped.map((s) => s.reason));
    for (const r of [
      'cookie banner',
      'section label',
      'image credit',
      'advertisement',
      'related-articles list',
      'author bio',
    ])
      expect(reasons).toContain(r);
  });
});

describe('a Markdown file with front-matter', () => {
  const d = doc('port-strike');
  it('takes metadata from the front-matter, over the manifest', () => {
    expect(d.title).toBe('Port strike ends after ten days');
    expect(d.outlet).toBe('Harbour Times');
    expect(d.sources.outlet).toBe('front-matter');
    expect(d.sources.title).toBe('front-matter');
    expect(d.note).toBe('from the manifest');
    expect(d.url).toBe('https://example.org/port-strike-ends');
    expect(d.published).toBe('2022-10-01');
    expect(d.original).toEqual({
      title: null,
      outlet: 'Example Wire',
      url: null,
      author: null,
      published: '2022-09-30',
    });
  });
  it('strips the heading that repeats the title and the "Read more" link', () => {
    expect(d.body.startsWith('Dock workers returned')).toBe(true);
    expect(d.body).toContain('The deal raises wages');
    expect(d.body).not.toContain('Port wages explained');
  });
  it('loads without warnings', () => {
    expect(corpus.warnings).toEqual([]);
  });
});
