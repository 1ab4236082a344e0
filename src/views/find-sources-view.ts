import type { FoundSources } from '../services/find-sources.ts';
import { formatIsoDate } from '../text/iso-date.ts';
import { clip } from './discord-limits.ts';
import { UNKNOWN, type View } from './model.ts';
import { quoteItem } from './quote-view.ts';

export function findSourcesView(message: string, found: FoundSources): View {
  const excerpt = clip(message.replace(/\s+/g, ' ').trim(), 200);
  if (!found.quotes.length && !found.passages.length) {
    return { kind: 'info', title: 'No sources found', description: `Nothing in the corpus is close to: “${excerpt}”`, items: [], ephemeral: true };
  }
  return {
    kind: 'result',
    title: 'Closest sources in the corpus',
    description: `For the message: “${excerpt}”`,
    items: [
      ...found.quotes.map((q) => quoteItem(q)),
      ...found.passages.map((p) => ({
        title: `Passage: ${p.document.title ?? p.document.id}`,
        url: p.document.url ?? p.document.copyUrl,
        text: clip(p.text, 700),
        fields: [
          { name: 'Outlet', value: p.document.outlet ?? UNKNOWN, inline: true },
          { name: 'Date', value: p.document.published ? formatIsoDate(p.document.published) : UNKNOWN, inline: true },
        ],
      })),
    ],
    ephemeral: true,
  };
}
