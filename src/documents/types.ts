import type { IsoDate } from '../analysis/types.ts';
import type { MappedText } from '../text/mapped-text.ts';

/** A range of the raw file text. */
export interface RawSpan {
  start: number;
  end: number;
}

/** The article another text republishes or summarises. */
export interface OriginalRef {
  title: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  published: IsoDate | null;
}

export const META_FIELDS = [
  'title',
  'outlet',
  'url',
  'author',
  'published',
  'reposted',
  'copyUrl',
  'original',
] as const;
export type MetaField = (typeof META_FIELDS)[number];

/**
 * Metadata of one article. `url` is the canonical address of the text (for a verbatim repost:
 * the original's, when the page names it); `copyUrl` is where this copy was published when that
 * differs; `reposted` is the date of the copy when it differs from the text's own date.
 */
export interface Metadata {
  title: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  published: IsoDate | null;
  reposted: IsoDate | null;
  copyUrl: string | null;
  original: OriginalRef | null;
}

export type FieldSource = 'front-matter' | 'manifest' | 'detected';

/** A partial metadata layer: a key that is present (even as null) is stated by that layer. */
export type MetadataLayer = Partial<Metadata> & { note?: string };

export interface StrippedBlock extends RawSpan {
  reason: string;
  text: string;
}

/** What header detection found in the raw text, before metadata layers are merged. */
export interface DetectedHeader {
  title: string | null;
  subtitle: string | null;
  author: string | null;
  url: string | null;
  published: IsoDate | null;
  /** date of the page (blog post) when it differs from the article's own dateline */
  reposted: IsoDate | null;
  /** the dateline text the published date was read from */
  datelineText: string | null;
}

export interface Segmentation {
  header: DetectedHeader;
  /** where the article text starts (raw offset of the first body line) */
  bodySpans: RawSpan[];
  commentary: StrippedBlock | null;
  stripped: StrippedBlock[];
}

export interface CorpusDocument extends Metadata {
  id: string;
  /** path relative to the corpus directory, with "/" separators */
  file: string;
  /** the decoded file text (front-matter included); all raw offsets point into it */
  raw: string;
  /** the article text: body spans of `raw`, joined by a blank line */
  body: string;
  bodySpans: RawSpan[];
  /** the reposting blogger's own words after the article (not the outlet's text) */
  commentary: StrippedBlock | null;
  subtitle: string | null;
  stripped: StrippedBlock[];
  /** which layer each metadata field came from (absent: unknown) */
  sources: Partial<Record<MetaField, FieldSource>>;
  note: string | null;
  warnings: string[];
  /** the body normalised for analysis, mapped back to `body` offsets */
  analysis: MappedText;
}

/** Documents by position (an array is one); a list may make each document only when first asked for. */
export interface DocumentList {
  readonly length: number;
  at(index: number): CorpusDocument | undefined;
}
