import type { PersonRecord } from '../kb/types.ts';
import type { LooseMatch, QuoteResult } from '../services/quotes.ts';
import { formatIsoDate } from '../text/iso-date.ts';
import { coarseDateNote } from './timeline-view.ts';
import { documentLink, errorView, paginate, UNKNOWN, type View, type ViewField } from './model.ts';

export const QUOTES_PER_PAGE = 4;

const KIND_LABEL = {
  direct: null,
  partial: 'partial quote (a fragment of their words)',
  term: 'quoted term, not a statement',
  title: 'title of a work',
  document: 'words of a document or organisation',
} as const;

/** The role to show beside a quote: what its own article says, the shortest (a title before a life story). */
export function shortRole(person: PersonRecord, documentId: string): string | undefined {
  // the first of the shortest, in one pass (a much-quoted person has thousands of roles)
  let best: { text: string } | undefined;
  let bestHere: { text: string } | undefined;
  for (const r of person.roles) {
    if (!best || r.text.length < best.text.length) best = r;
    if (r.documentId === documentId && (!bestHere || r.text.length < bestHere.text.length)) bestHere = r;
  }
  return (bestHere ?? best)?.text;
}

function speakerLine(r: QuoteResult): string {
  const q = r.quote;
  if (r.person) {
    const role = shortRole(r.person, q.documentId);
    return role
      ? `${r.person.name}, ${role.length > 90 ? role.slice(0, role.lastIndexOf(' ', 88)) + '…' : role}`
      : r.person.name;
  }
  if (q.speaker) return q.speaker;
  if (q.description) return `${q.description} (not named)`;
  return q.kind === 'term' || q.kind === 'title' ? 'no speaker (a quoted term)' : 'speaker not identified';
}

export function quoteItem(
  r: QuoteResult,
  opts: { withContext?: boolean; filter?: { from?: string; to?: string } } = {},
): { title: string; url: string | null; text: string; fields: ViewField[] } {
  const q = r.quote;
  const d = r.document;
  // the outlet the link points to; a repost names the copy it was found in beside it
  const link = documentLink(d, UNKNOWN);
  const fields: ViewField[] = [
    { name: 'Outlet', value: link.via ? `${link.label} (via ${link.via})` : link.label, inline: true },
    {
      name: 'Date',
      value: d.published ? `${formatIsoDate(d.published)}${dateNote(d.published, opts.filter)}` : UNKNOWN,
      inline: true,
    },
  ];
  const kind = KIND_LABEL[q.kind];
  if (kind) fields.push({ name: 'Kind', value: kind, inline: true });
  if (q.via) fields.push({ name: 'Via', value: q.via, inline: true });
  if (d.original?.outlet)
    fields.push({
      name: 'Originally',
      value: [d.original.outlet, d.original.author, d.original.published].filter(Boolean).join(', '),
    });
  if (r.alsoReportedBy.length) {
    const more = r.alsoReportedCount - r.alsoReportedBy.length;
    fields.push({
      name: 'Also reported by',
      value:
        r.alsoReportedBy.map((o) => `${o.outlet ?? o.title ?? o.id} (${formatIsoDate(o.published)})`).join('; ') +
        (more > 0 ? `; and ${more} more` : ''),
    });
  }
  if (!d.url && !d.copyUrl) fields.push({ name: 'Link', value: UNKNOWN });
  const showContext = opts.withContext ?? (q.kind !== 'direct' && q.context && q.context.length > q.text.length + 4);
  const text = `“${q.text}”${showContext ? `\n…in: ${q.context}` : ''}`;
  return { title: speakerLine(r), url: link.url, text, fields };
}

/** " (dated only to Mar 2021)" for a publication date coarser than the from/to filter it passed */
function dateNote(date: string, filter?: { from?: string; to?: string }): string {
  const note = coarseDateNote(date, filter);
  return note ? ` (${note})` : '';
}

/** The line above a looser answer: no quote has every word, which words matched nothing. */
export function looseMatchNote(query: string, loose: LooseMatch): string {
  const missing = loose.unmatched.map((w) => `“${w}”`);
  const which = missing.length ? `; ${missing.join(', ')} matched nothing` : '';
  return `No quote has all of “${query.trim()}”${which}. Showing quotes with some of the words:`;
}

export function quoteResultsView(
  results: readonly QuoteResult[],
  page: number,
  asked: string,
  filter: { from?: string; to?: string } = {},
  looseNote?: string,
  more = false,
): View {
  if (!results.length)
    return {
      kind: 'info',
      title: 'No quotes found',
      description: `Nothing in the corpus matches ${asked}. Try fewer words, another spelling, or /who to see who is quoted.`,
      items: [],
      ephemeral: true,
    };
  const p = paginate(results, page, QUOTES_PER_PAGE);
  return {
    kind: 'result',
    // past the best few hundred the answer says so rather than give a count it did not make
    title: `Quotes: ${more ? 'the best ' : ''}${results.length} result${results.length === 1 ? '' : 's'} for ${asked}${looseNote ? ' (some of the words)' : ''}`,
    ...(looseNote ? { description: looseNote } : {}),
    items: p.items.map((r) => quoteItem(r, { filter })),
    page: p.page,
  };
}

export function ambiguousSpeakerView(name: string, candidates: readonly PersonRecord[]): View {
  return {
    ...errorView(`“${name}” could mean ${candidates.length} people`, 'Say which one with their full name:'),
    items: candidates.slice(0, 10).map((p) => ({
      title: p.name,
      text:
        p.roles[0]?.text ??
        (p.aliases.length > 1
          ? `also written ${p.aliases
              .filter((a) => a !== p.name)
              .slice(0, 3)
              .join(', ')}`
          : undefined),
    })),
  };
}
