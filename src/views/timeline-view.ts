import type { PersonRecord } from '../kb/types.ts';
import type { TimelineEntry } from '../services/timeline.ts';
import { formatIsoDate, isoRange } from '../text/iso-date.ts';
import { documentLink, errorView, paginate, type View, type ViewItem } from './model.ts';

export const TIMELINE_LINES_PER_PAGE = 12;

/** The date as precisely as the text gives it: "late 2017", "1 Sep 2018", "since Feb 2017", "2003–2006". */
export function eventDate(date: string | null, qualifier: string | null, rangeEnd?: string | null): string {
  const d = rangeEnd && date ? `${formatIsoDate(date)}–${formatIsoDate(rangeEnd)}` : formatIsoDate(date);
  if (!qualifier || (qualifier === 'decade' && rangeEnd)) return d;
  if (qualifier === 'end') return `end of ${d}`;
  if (qualifier === 'mid' && date && date.length === 4) return `mid-${d}`;
  return `${qualifier} ${d}`;
}

/**
 * A note for a date coarser than the filter it passed: a month or a year overlaps a narrower
 * `from`/`to` without being known to fall inside it ("dated only to Jul 2020"); null otherwise.
 */
export function coarseDateNote(date: string | null, filter: { from?: string; to?: string } = {}): string | null {
  if (!date || (!filter.from && !filter.to)) return null;
  const [start, end] = isoRange(date);
  const outside =
    (filter.from !== undefined && start < isoRange(filter.from)[0]) ||
    (filter.to !== undefined && end > isoRange(filter.to)[1]);
  return outside ? `dated only to ${formatIsoDate(date)}` : null;
}

export function timelineView(
  entries: readonly TimelineEntry[],
  page: number,
  asked: string,
  filter: { from?: string; to?: string } = {},
): View {
  if (!entries.length)
    return {
      kind: 'info',
      title: 'No dated events found',
      description: `Nothing dated in the corpus matches ${asked}.`,
      items: [],
      ephemeral: true,
    };
  const p = paginate(entries, page, TIMELINE_LINES_PER_PAGE);
  const items: ViewItem[] = [];
  for (const e of p.items) {
    const year = e.event.date?.slice(0, 4) ?? 'Undated';
    let item = items[items.length - 1];
    if (!item || item.title !== year) {
      item = { title: year, lines: [] };
      items.push(item);
    }
    const note = coarseDateNote(e.event.date, filter);
    item.lines!.push({
      text: `${eventDate(e.event.date, e.event.qualifier, e.event.rangeEnd)}: ${e.event.summary}${note ? ` (${note})` : ''}`,
      links: e.documents.map((d) => documentLink(d, d.title ?? d.id)),
    });
  }
  return {
    kind: 'result',
    title: `Timeline: ${entries.length} dated event${entries.length === 1 ? '' : 's'}${asked ? ` for ${asked}` : ''}`,
    items,
    page: p.page,
  };
}

export function ambiguousPersonView(name: string, candidates: readonly PersonRecord[]): View {
  return {
    ...errorView(`“${name}” could mean ${candidates.length} people`, 'Say which one with their full name:'),
    items: candidates.slice(0, 10).map((p) => ({ title: p.name, text: p.roles[0]?.text })),
  };
}
