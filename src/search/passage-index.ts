/**
 * Paragraphs of article bodies, searchable: what "Find sources" shows beside quotes when a
 * claim matches reporting rather than anyone's words. Built on first use, since only that
 * command needs it.
 */
import MiniSearch from 'minisearch';
import { paragraphs } from '../analysis/sentences.ts';
import type { CorpusDocument } from '../documents/types.ts';
import { foldTerm, tokenizeWords } from './terms.ts';

export interface Passage {
  documentId: string;
  /** range in the document body */
  start: number;
  end: number;
}

export class PassageIndex {
  private readonly index = new MiniSearch<{ id: number; text: string }>({
    fields: ['text'],
    storeFields: [],
    tokenize: tokenizeWords,
    processTerm: foldTerm,
  });
  private readonly passages: Passage[] = [];

  constructor(documents: readonly CorpusDocument[]) {
    for (const d of documents) {
      for (const p of paragraphs(d.body)) {
        if (p.end - p.start < 40) continue;
        this.index.add({ id: this.passages.length, text: d.body.slice(p.start, p.end) });
        this.passages.push({ documentId: d.id, start: p.start, end: p.end });
      }
    }
  }

  search(text: string, limit: number): Passage[] {
    return this.index
      .search(text, { combineWith: 'OR', fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false) })
      .slice(0, limit)
      .map((r) => this.passages[r.id as number])
      .filter((p): p is Passage => !!p);
  }
}
