/**
 * The knowledge-base export read by outside tools (the contract's §2). Keep field names and
 * meanings stable; extensions are added beside them, never in their place.
 */
import type { IsoDate, QuoteKind } from '../analysis/types.ts';
import type { OriginalRef } from '../documents/types.ts';
import type { KnowledgeBase, QuoteRecord, StatementRecord } from './types.ts';

export interface ExportedDocument {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  author: string | null;
  published: IsoDate | null;
  original: OriginalRef | null;
  body: string;
  // extensions
  reposted: IsoDate | null;
  copyUrl: string | null;
  subtitle: string | null;
  commentary: string | null;
}

export interface ExportedEvent {
  id: string;
  documentId: string;
  date: IsoDate | null;
  qualifier: string | null;
  /** the other end of a range ("between 2003 and 2006"); absent when the event has one date */
  rangeEnd?: IsoDate;
  dateText: string;
  text: string;
  peopleIds: string[];
  clusterId: string | null;
  // extension
  summary: string;
}

export interface ExportedQuote {
  id: string;
  documentId: string;
  text: string;
  kind: QuoteKind;
  speaker: string | null;
  speakerId: string | null;
  via: string | null;
  clusterId: string | null;
  // extensions
  speakerType: QuoteRecord['speakerType'];
  description: string | null;
  attribution: QuoteRecord['attribution'];
  start: number;
  end: number;
  /** with --explain: the extraction rule that decided the speaker or kind */
  rule?: string;
}

/** Reported speech (contract §2 `statements`): the reported clause, not the exact words. */
export interface ExportedStatement {
  id: string;
  documentId: string;
  text: string;
  speaker: string | null;
  speakerId: string | null;
  cue: string;
  start: number;
  end: number;
  // extensions
  speakerType: StatementRecord['speakerType'];
  description: string | null;
  attribution: StatementRecord['attribution'];
  /** with --explain: the statement rule that found it and the rule that decided its speaker */
  rule?: string;
}

export interface ExportedPerson {
  id: string;
  name: string;
  aliases: string[];
  roles: string[];
  documentIds: string[];
  // extension: each role with the document that states it
  roleSources: { text: string; documentId: string }[];
}

export interface KnowledgeBaseExport {
  version: 1;
  documents: ExportedDocument[];
  quotes: ExportedQuote[];
  statements: ExportedStatement[];
  people: ExportedPerson[];
  events: ExportedEvent[];
}

export function exportKnowledgeBase(kb: KnowledgeBase, options: { explain?: boolean } = {}): KnowledgeBaseExport {
  return {
    version: 1,
    documents: kb.documents.map((d) => ({
      id: d.id,
      file: d.file,
      title: d.title,
      outlet: d.outlet,
      url: d.url,
      author: d.author,
      published: d.published,
      original: d.original,
      body: d.body,
      reposted: d.reposted,
      copyUrl: d.copyUrl,
      subtitle: d.subtitle,
      commentary: d.commentary?.text ?? null,
    })),
    quotes: kb.quotes.map((q) => ({
      id: q.id,
      documentId: q.documentId,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker,
      speakerId: q.speakerId,
      via: q.via,
      clusterId: q.clusterId,
      speakerType: q.speakerType,
      description: q.description,
      attribution: q.attribution,
      start: q.span.start,
      end: q.span.end,
      ...(options.explain ? { rule: q.rule } : {}),
    })),
    statements: kb.statements.map((st) => ({
      id: st.id,
      documentId: st.documentId,
      text: st.text,
      speaker: st.speaker,
      speakerId: st.speakerId,
      cue: st.cue,
      start: st.span.start,
      end: st.span.end,
      speakerType: st.speakerType,
      description: st.description,
      attribution: st.attribution,
      ...(options.explain ? { rule: st.rule } : {}),
    })),
    people: kb.people.map((p) => ({
      id: p.id,
      name: p.name,
      aliases: p.aliases,
      roles: [...new Set(p.roles.map((r) => r.text))],
      documentIds: p.documentIds,
      roleSources: p.roles,
    })),
    events: kb.events.map((e) => ({
      id: e.id,
      documentId: e.documentId,
      date: e.date,
      qualifier: e.qualifier,
      ...(e.rangeEnd ? { rangeEnd: e.rangeEnd } : {}),
      dateText: e.dateText,
      text: e.text,
      peopleIds: e.peopleIds,
      clusterId: e.clusterId,
      summary: e.summary,
    })),
  };
}
