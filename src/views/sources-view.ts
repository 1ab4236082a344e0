import type { SourceSummary } from '../services/sources.ts';
import { paginate, UNKNOWN, type View } from './model.ts';

export const SOURCES_PER_PAGE = 5;

export function sourcesView(sources: readonly SourceSummary[], page = 1, filter?: string): View {
  if (!sources.length) {
    return {
      kind: 'info',
      title: 'No articles',
      description: filter ? `No article's outlet matches “${filter}”.` : 'The corpus holds no articles.',
      items: [],
      ephemeral: true,
    };
  }
  const p = paginate(sources, page, SOURCES_PER_PAGE);
  return {
    kind: 'result',
    title: `Sources: ${sources.length} article${sources.length === 1 ? '' : 's'}`,
    items: p.items.map((s) => ({
      title: s.title ?? `${UNKNOWN} title (${s.file})`,
      url: s.url ?? s.copyUrl,
      fields: [
        { name: 'Outlet', value: s.outlet ?? UNKNOWN, inline: true },
        {
          name: 'Date',
          value: (s.published ?? UNKNOWN) + (s.reposted ? ` (reposted ${s.reposted})` : ''),
          inline: true,
        },
        { name: 'Author', value: s.author ?? UNKNOWN, inline: true },
        { name: 'Origin', value: s.basedOn ?? `${UNKNOWN} (no original article is named)` },
        ...(s.copyUrl && s.url ? [{ name: 'This copy', value: s.copyUrl }] : []),
        ...(s.url || s.copyUrl ? [] : [{ name: 'Link', value: UNKNOWN }]),
      ],
    })),
    page: p.page,
  };
}
