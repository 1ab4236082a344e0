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

export interface KnowledgeBaseExport {
  version: 1;
  documents: ExportedDocument[];
  quotes: unknown[];
  people: unknown[];
  events: unknown[];
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
    events: [],
  };
}
