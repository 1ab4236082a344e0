/**
 * What every analysis step receives and returns. Analysis is pure: text in, records out.
 * Offsets are into `AnalysisInput.text` (the normalised body); the knowledge base maps them
 * back to the exact source characters with `AnalysisInput.source`.
 */
export interface AnalysisInput {
  documentId: string;
  /** normalised article body (see src/text/normalize.ts): paragraphs separated by "\n\n" */
  text: string;
  /** the document's publication date, YYYY, YYYY-MM or YYYY-MM-DD; null when unknown */
  published: string | null;
  title: string | null;
  /** exact source characters for a range of `text` (quotes are shown from the source) */
  source(start: number, end: number): string;
}

export type QuoteKind = 'direct' | 'partial' | 'term' | 'title' | 'document';

/** ISO date precision used across the project: YYYY, YYYY-MM or YYYY-MM-DD. */
export type IsoDate = string;
