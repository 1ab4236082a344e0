/**
 * The knowledge-base export read by outside tools (the contract's §2). Keep field names and
 * meanings stable; extensions are added beside them, never in their place.
 */
import type { IsoDate } from '../analysis/types.ts';
import type { OriginalRef } from '../documents/types.ts';
import type { KnowledgeBase } from './types.ts';

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
  dateText: string;
  text: string;
  peopleIds: string[];
  clusterId: string | null;
  // extension
  summary: string;
}

export interface KnowledgeBaseExport {
  version: 1;
  documents: ExportedDocument[];
  quotes: unknown[];
  people: unknown[];
  events: ExportedEvent[];
}

export function exportKnowledgeBase(kb: KnowledgeBase): KnowledgeBaseExport {
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
    quotes: [],
    people: [],
    events: kb.events.map((e) => ({
      id: e.id,
      documentId: e.documentId,
      date: e.date,
      qualifier: e.qualifier,
      dateText: e.dateText,
      text: e.text,
      peopleIds: e.peopleIds,
      clusterId: e.clusterId,
      summary: e.summary,
    })),
  };
}
