/**
 * What the analysis of one document produces, before anything is merged across documents.
 * It is plain JSON (no functions, no Maps), so it can be computed in a worker thread and
 * cached on disk per document; `assembleKnowledgeBase` turns a corpus' analyses into the KB.
 */
import type { FurnitureReason } from '../analysis/people/mentions.ts';
import type { IsoDate, QuoteKind } from '../analysis/types.ts';
import type { BodySpan } from './types.ts';

/** A person as one document names them: every mention, merged within the document only. */
export interface LocalPerson {
  /** index in `DocumentAnalysis.people` */
  key: number;
  /** the fullest name the document gives ("Victor Petrov") */
  name: string;
  /** every surface form seen in the document (titles included: "Gen. Marquez") */
  aliases: string[];
  roles: string[];
  /** body spans of every mention */
  mentions: (BodySpan & { surface: string; sentence?: number })[];
  /** named with evidence; an unconfirmed one-word name is a person only if the corpus names someone so */
  confirmed: boolean;
  /** only ever seen as a place word ("London"): a person only if the corpus has that surname */
  placeLike: boolean;
  /** seen where only a person could stand (a speech verb, a title): a place word that may join a surname elsewhere */
  placeContext: boolean;
}

export interface LocalQuote {
  span: BodySpan;
  text: string;
  kind: QuoteKind;
  /** the speaker: a person of this document, or a named organisation/document, or an anonymous description */
  speakerPerson: number | null;
  speakerName: string | null;
  speakerType: 'person' | 'org' | 'document' | 'anonymous' | null;
  description: string | null;
  via: string | null;
  attribution: 'explicit' | 'pronoun' | 'continuation' | 'implicit' | 'none';
  /** the extraction rule that decided the speaker or kind (src/analysis/quotes/extract.ts) */
  rule: string;
  /** the sentence around the quote (body span) */
  context: BodySpan;
}

/**
 * Reported speech without quotation marks around (most of) it: "Lee said the plan would fail" is the
 * statement "the plan would fail", cue "said", speaker Lee (src/analysis/statements/).
 */
export interface LocalStatement {
  /** from the first to the last character of the reported clause (body span) */
  span: BodySpan;
  /**
   * the reported clause as the article words it: the source characters of `span`, with quotation
   * marks left out and an attribution inside it ("The plan, Lee said, would fail") cut out
   */
  text: string;
  /** the reporting words as written ("said", "told reporters", "according to") */
  cue: string;
  speakerPerson: number | null;
  speakerName: string | null;
  speakerType: LocalQuote['speakerType'];
  description: string | null;
  attribution: LocalQuote['attribution'];
  /** the statement rule that found it (src/analysis/statements/statement-rules.ts) */
  rule: string;
  /** the sentence holding the statement (body span) */
  context: BodySpan;
}

export interface LocalEvent {
  date: IsoDate;
  qualifier: string | null;
  /** the other end of a range ("between 2003 and 2006"), when the text gives one */
  rangeEnd?: IsoDate;
  dateText: string;
  text: string;
  summary: string;
  span: BodySpan;
  /** people of this document taking part (keys into `people`) */
  people: number[];
}

/**
 * A capitalised run the people analysis refused as page furniture ("Play Video", "Jo Park/AP"):
 * shown by the check report, so that a name that vanished can be traced. Not exported.
 */
export interface LocalFurniture {
  span: BodySpan;
  /** exactly as in the body */
  text: string;
  reason: FurnitureReason;
}

export interface DocumentAnalysis {
  documentId: string;
  people: LocalPerson[];
  quotes: LocalQuote[];
  statements: LocalStatement[];
  events: LocalEvent[];
  furniture: LocalFurniture[];
}
