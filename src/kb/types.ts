import type { CorpusWarning } from '../corpus/load-corpus.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { IsoDate, QuoteKind } from '../analysis/types.ts';

/** A range of a document's `body`. */
export interface BodySpan {
  start: number;
  end: number;
}

export interface QuoteRecord {
  id: string;
  documentId: string;
  /** exactly the characters between the quotation marks, as in the source */
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  speakerId: string | null;
  speakerType: 'person' | 'org' | 'document' | 'anonymous' | null;
  /** an anonymous source's description ("a former senior official") */
  description: string | null;
  via: string | null;
  clusterId: string | null;
  attribution: 'explicit' | 'pronoun' | 'continuation' | 'implicit' | 'none';
  /** the extraction rule that decided the speaker or kind (exported with --explain) */
  rule: string;
  /** where the quote is in the document body */
  span: BodySpan;
  /** the sentence around the quote, exactly as in the source */
  context: string;
}

/** Reported speech (see LocalStatement): never the exact words, never shown in quotation marks. */
export interface StatementRecord {
  id: string;
  documentId: string;
  /** the reported clause as the article words it (quotation marks left out) */
  text: string;
  /** the reporting words as written ("said", "told reporters", "according to") */
  cue: string;
  speaker: string | null;
  speakerId: string | null;
  speakerType: QuoteRecord['speakerType'];
  /** an anonymous source's description ("a spokesman for the ministry") */
  description: string | null;
  attribution: QuoteRecord['attribution'];
  /** the statement rule that found it (exported with --explain) */
  rule: string;
  /** where the reported clause is in the document body */
  span: BodySpan;
  /** the sentence around the statement, exactly as in the source */
  context: string;
}

export interface PersonRecord {
  id: string;
  name: string;
  aliases: string[];
  roles: { text: string; documentId: string }[];
  documentIds: string[];
  /** every mention, with the index of its sentence in the document (when the analysis knows it) */
  mentions: { documentId: string; start: number; end: number; surface: string; sentence?: number }[];
}

export interface EventRecord {
  id: string;
  documentId: string;
  date: IsoDate | null;
  qualifier: string | null;
  /** the other end of a range ("between 2003 and 2006"), when the text gives one */
  rangeEnd?: IsoDate;
  dateText: string;
  /** the clause that states the event, exactly as in the source */
  text: string;
  summary: string;
  peopleIds: string[];
  clusterId: string | null;
  span: BodySpan;
}

/**
 * Everything the bot knows, built once from the corpus. Every record points back at its
 * document; documents are kept once and records hold offsets, not copies of articles.
 */
export interface KnowledgeBase {
  root: string;
  documents: CorpusDocument[];
  documentsById: Map<string, CorpusDocument>;
  quotes: QuoteRecord[];
  statements: StatementRecord[];
  people: PersonRecord[];
  events: EventRecord[];
  warnings: CorpusWarning[];
}
