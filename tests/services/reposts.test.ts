/**
 * Issue 14: a repost's link is labelled with the outlet it points to, with the copy named beside
 * it ("via <blog domain>"); when only the copy's URL is known, the copy is linked under its own outlet.
 */
import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.ts';
import { timeline } from '../../commands/timeline.ts';
import { createAppFromKnowledgeBase } from '../../src/app/app.ts';
import { buildKnowledgeBase } from '../../src/kb/build.ts';
import { toDiscordMessage } from '../../src/views/discord.ts';
import { documentLink } from '../../src/views/model.ts';
import { renderText } from '../../src/views/text.ts';
import { doc, kbOf, quoteIn } from '../support/kb-fixture.ts';

const ORIGINAL_URL = 'https://gazette.example/2015/harbor';
const COPY_URL = 'https://www.townblog.example/posts/harbor';
const body =
  'In 2015, Mayor Ann Lee opened harbor section number 15. Lee said: “The harbor will reopen in June after the repairs.”';
// a blog's verbatim repost: its canonical url is the original's, the blog's own page is the copy
const repost = doc('repost', body, {
  outlet: 'Town Blog',
  url: ORIGINAL_URL,
  copyUrl: COPY_URL,
  published: '2015-03-01',
  original: { title: null, outlet: 'Harbor Gazette', url: ORIGINAL_URL, author: null, published: '2015-03-01' },
});
// a repost whose original is named but not linked: only the copy's address is known
const copyOnly = doc('copy-only', body.replace('15', '16').replace('2015', '2016'), {
  outlet: 'Town Blog',
  url: null,
  copyUrl: 'https://townblog.example/posts/harbor-2',
  published: '2016-03-01',
  original: { title: null, outlet: 'Harbor Gazette', url: null, author: null, published: null },
});

describe('repost links (issue 14)', () => {
  it('documentLink: the label names the outlet the link points to, the copy is named beside it', () => {
    expect(documentLink(repost, 'x')).toEqual({ label: 'Harbor Gazette', url: ORIGINAL_URL, via: 'townblog.example' });
    expect(documentLink(copyOnly, 'x')).toEqual({ label: 'Town Blog', url: 'https://townblog.example/posts/harbor-2' });
  });

  it('/timeline: the repost line links the original under its outlet, via the blog', () => {
    const app = createAppFromKnowledgeBase(buildKnowledgeBase({ root: '/fixture', documents: [repost], warnings: [] }));
    const v = timeline.run(app, { options: { topic: 'harbor' }, page: 1 });
    const links = v.items.flatMap((i) => i.lines ?? []).flatMap((l) => l.links);
    expect(links).toContainEqual({ label: 'Harbor Gazette', url: ORIGINAL_URL, via: 'townblog.example' });
    expect(links.some((l) => l.label === 'Town Blog')).toBe(false);
    expect(renderText(v)).toContain(`Harbor Gazette <${ORIGINAL_URL}> (via townblog.example)`);
    const discord = toDiscordMessage(v)
      .embeds.map((e) => e.description ?? '')
      .join('\n');
    expect(discord).toContain(`[Harbor Gazette](${ORIGINAL_URL}) (via townblog.example)`);
  });

  it('/quote: a quote from the repost names the linked outlet, via the blog', () => {
    const app = createAppFromKnowledgeBase(
      kbOf(
        [repost, copyOnly],
        [
          quoteIn(repost, 1, 'The harbor will reopen in June after the repairs.', { speaker: 'Ann Lee' }),
          quoteIn(copyOnly, 1, 'The harbor will reopen in June after the repairs.', { speaker: 'Ann Lee' }),
        ],
        [],
      ),
    );
    const v = quote.run(app, { options: { query: 'harbor reopen' }, page: 1 });
    const byUrl = new Map(v.items.map((i) => [i.url, i.fields?.find((f) => f.name === 'Outlet')?.value]));
    expect(byUrl.get(ORIGINAL_URL)).toBe('Harbor Gazette (via townblog.example)');
    expect(byUrl.get('https://townblog.example/posts/harbor-2')).toBe('Town Blog');
  });
});
