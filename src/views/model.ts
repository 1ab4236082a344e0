/**
 * What a command answers, independent of where it is shown. The console renders a View as
 * text (views/text.ts); the bot renders the same View as Discord embeds.
 */
import type { Metadata } from '../documents/types.ts';

export interface ViewField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface ViewLink {
  /** the outlet the link points to */
  label: string;
  url: string | null;
  /** for a repost: the copy the text was found in (its domain, or its outlet), named beside the link */
  via?: string;
}

/** A line of a list (a timeline entry): text, then links to where it was reported. */
export interface ViewLine {
  text: string;
  links: ViewLink[];
}

export interface ViewItem {
  title: string;
  url?: string | null;
  /** a paragraph of text (a quote, a summary) */
  text?: string;
  lines?: ViewLine[];
  fields?: ViewField[];
}

export interface ViewPage {
  /** 1-based */
  index: number;
  count: number;
}

export interface View {
  kind: 'result' | 'info' | 'error';
  title: string;
  description?: string;
  items: ViewItem[];
  footer?: string;
  page?: ViewPage;
  /** answer only to the person who asked (errors always are) */
  ephemeral?: boolean;
}

export const UNKNOWN = 'unknown';

/** The host of a URL without "www.", or null when it is not one. */
export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./i, '') || null;
  } catch {
    return null;
  }
}

type LinkedDocument = Pick<Metadata, 'outlet' | 'url' | 'copyUrl' | 'original'>;

/**
 * A document's link, labelled with the outlet it points to. For a repost whose canonical `url`
 * is the original article's, the label is the original outlet (or that URL's domain) and the
 * copy is named beside it (`via`: the copy's domain, else the reposting outlet). When only the
 * copy's URL is known, the copy is linked and labelled with its own outlet. Never invents a link.
 */
export function documentLink(d: LinkedDocument, fallback: string): ViewLink {
  const own = d.outlet ?? fallback;
  const url = d.url ?? null;
  const copy = d.copyUrl && d.copyUrl !== url ? d.copyUrl : null;
  const pointsToOriginal =
    !!url && (!!copy || (!!d.original?.url && d.original.url === url && d.original.outlet !== d.outlet));
  if (!url) return { label: own, url: d.copyUrl ?? null };
  if (!pointsToOriginal) return { label: own, url };
  const label = d.original?.outlet ?? domainOf(url) ?? own;
  const via = domainOf(copy) ?? d.outlet ?? undefined;
  return via && via !== label ? { label, url, via } : { label, url };
}

export function errorView(title: string, description: string): View {
  return { kind: 'error', title, description, items: [], ephemeral: true };
}

/** Split a list into pages; the page number is clamped into range. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): { items: T[]; page: ViewPage } {
  const count = Math.max(1, Math.ceil(items.length / perPage));
  const index = Math.min(Math.max(1, Math.trunc(page) || 1), count);
  return { items: items.slice((index - 1) * perPage, index * perPage), page: { index, count } };
}
