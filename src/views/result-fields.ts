/**
 * What quotes and reported statements show alike: who said it (the title) and where it was
 * published (the fields under it).
 */
import type { CorpusDocument } from '../documents/types.ts';
import type { PersonRecord } from '../kb/types.ts';
import { formatIsoDate } from '../text/iso-date.ts';
import { documentLink, UNKNOWN, type ViewField } from './model.ts';
import { coarseDateNote } from './timeline-view.ts';

/** The role to show beside a quote or statement: what its own article says, the shortest (a title before a life story). */
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

/** A record's speaker as a result's title: the person and their role here, else the name or description the text gives. */
export function speakerLine(
  person: PersonRecord | null,
  x: { documentId: string; speaker: string | null; description: string | null },
  unknown: string,
): string {
  if (person) {
    const role = shortRole(person, x.documentId);
    return role
      ? `${person.name}, ${role.length > 90 ? role.slice(0, role.lastIndexOf(' ', 88)) + '…' : role}`
      : person.name;
  }
  if (x.speaker) return x.speaker;
  if (x.description) return `${x.description} (not named)`;
  return unknown;
}

/** What a shown result (a quote or a statement) was published in, and who else reported it. */
export interface Published {
  document: CorpusDocument;
  alsoReportedBy: readonly CorpusDocument[];
  alsoReportedCount: number;
}

/**
 * A result's link and its fields: outlet and date, then `extra` (what kind of words these are),
 * the original it republishes, the other outlets reporting it, and "unknown" for a missing link.
 */
export function publishedFields(
  r: Published,
  filter: { from?: string; to?: string } | undefined,
  extra: readonly ViewField[],
): { url: string | null; fields: ViewField[] } {
  const d = r.document;
  // the outlet the link points to; a repost names the copy it was found in beside it
  const link = documentLink(d, UNKNOWN);
  const fields: ViewField[] = [
    { name: 'Outlet', value: link.via ? `${link.label} (via ${link.via})` : link.label, inline: true },
    {
      name: 'Date',
      value: d.published ? `${formatIsoDate(d.published)}${dateNote(d.published, filter)}` : UNKNOWN,
      inline: true,
    },
    ...extra,
  ];
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
  return { url: link.url, fields };
}

/** " (dated only to Mar 2021)" for a publication date coarser than the from/to filter it passed */
function dateNote(date: string, filter?: { from?: string; to?: string }): string {
  const note = coarseDateNote(date, filter);
  return note ? ` (${note})` : '';
}
