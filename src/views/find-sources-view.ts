import type { FoundSources } from '../services/find-sources.ts';
import { formatIsoDate } from '../text/iso-date.ts';
import { clip } from './discord-limits.ts';
import { UNKNOWN, type View, type ViewField } from './model.ts';
import { quoteItem } from './quote-view.ts';
import { statementItem } from './statement-view.ts';

/** Why a result was chosen: the claim's words it carries. */
const sharesField = (shares: readonly string[]): ViewField => ({
  name: 'Shares',
  value: shares.length ? shares.join(', ') : 'none of the words as written (a near spelling)',
});

export function findSourcesView(message: string, found: FoundSources): View {
  const excerpt = clip(message.replace(/\s+/g, ' ').trim(), 200);
  if (!found.quotes.length && !found.statements.length && !found.passages.length) {
    return {
      kind: 'info',
      title: 'No sources found',
      description: `Nothing in the corpus is close to: “${excerpt}”`,
      items: [],
      ephemeral: true,
    };
  }
  return {
    kind: 'result',
    title: 'Closest sources in the corpus',
    description: `For the message: “${excerpt}”`,
    // quotes, then what someone is reported as saying, then passages of reporting
    items: [
      ...found.quotes.map((q) => {
        const item = quoteItem(q);
        return { ...item, fields: [...item.fields, sharesField(q.shares)] };
      }),
      ...found.statements.map((st) => {
        const item = statementItem(st);
        return { ...item, fields: [...item.fields, sharesField(st.shares)] };
      }),
      ...found.passages.map((p) => ({
        title: `Passage: ${p.document.title ?? p.document.id}`,
        url: p.document.url ?? p.document.copyUrl,
        text: clip(p.text, 700),
        fields: [
          { name: 'Outlet', value: p.document.outlet ?? UNKNOWN, inline: true },
          { name: 'Date', value: p.document.published ? formatIsoDate(p.document.published) : UNKNOWN, inline: true },
          sharesField(p.shares),
        ],
      })),
    ],
    ephemeral: true,
  };
}
