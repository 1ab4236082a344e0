/**
 * What a command answers, independent of where it is shown. The console renders a View as
 * text (views/text.ts); the bot renders the same View as Discord embeds.
 */
export interface ViewField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface ViewLink {
  label: string;
  url: string | null;
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

export function errorView(title: string, description: string): View {
  return { kind: 'error', title, description, items: [], ephemeral: true };
}

/** Split a list into pages; the page number is clamped into range. */
export function paginate<T>(items: readonly T[], page: number, perPage: number): { items: T[]; page: ViewPage } {
  const count = Math.max(1, Math.ceil(items.length / perPage));
  const index = Math.min(Math.max(1, Math.trunc(page) || 1), count);
  return { items: items.slice((index - 1) * perPage, index * perPage), page: { index, count } };
}
