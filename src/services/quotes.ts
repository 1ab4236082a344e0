/**
 * /quote: find quotations by their words, speaker, outlet and dates. Each result is one quote
 * as first published (the earliest document of its cluster), with the others that reported
 * the same words.
 */
import type { IsoDate } from '../analysis/types.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { KnowledgeBase, PersonRecord, QuoteRecord } from '../kb/types.ts';
import type { QuoteIndex } from '../search/quote-index.ts';
import { foldText } from '../text/fold.ts';
import { overlaps } from '../text/iso-date.ts';
import { quotedSpeakerIds } from './kb-facts.ts';
import type { PeopleLookup } from './people-lookup.ts';

export interface QuoteQuery {
  query?: string;
  speaker?: string;
  outlet?: string;
  from?: IsoDate;
  to?: IsoDate;
}

export interface QuoteResult {
  quote: QuoteRecord;
  document: CorpusDocument;
  person: PersonRecord | null;
  /** other documents that report the same words, earliest first */
  alsoReportedBy: CorpusDocument[];
}

export type QuoteAnswer =
  | { kind: 'results'; results: QuoteResult[]; loose?: LooseMatch }
  | { kind: 'ambiguous-speaker'; candidates: PersonRecord[] }
  | { kind: 'unknown-speaker' };

/** No quote had every word of the query: the results have some of them. */
export interface LooseMatch {
  /** the query's words that matched nothing */
  unmatched: string[];
}

// ISO dates and ids: plain comparison (localeCompare is far slower over thousands of quotes)
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byDate = (a: CorpusDocument, b: CorpusDocument): number => cmp(a.published ?? '9999', b.published ?? '9999') || cmp(a.id, b.id);

export class QuoteService {
  private readonly clusters = new Map<string, QuoteRecord[]>();
  private readonly people: Map<string, PersonRecord>;
  // folded once, on first use: speakers' names and documents' outlets are compared per quote
  private readonly foldedSpeakers = new Map<string, string>();
  private readonly foldedOutlets = new Map<string, string>();
  private speakerNames: string[] | null = null;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly index: QuoteIndex,
    private readonly lookup: PeopleLookup,
  ) {
    this.people = new Map(kb.people.map((p) => [p.id, p]));
    for (const q of kb.quotes) {
      if (!q.clusterId) continue;
      const list = this.clusters.get(q.clusterId) ?? [];
      list.push(q);
      this.clusters.set(q.clusterId, list);
    }
    for (const list of this.clusters.values()) list.sort((a, b) => byDate(this.doc(a), this.doc(b)) || a.span.start - b.span.start);
  }

  private doc(q: QuoteRecord): CorpusDocument {
    const d = this.kb.documentsById.get(q.documentId);
    if (!d) throw new Error(`quote ${q.id} names unknown document ${q.documentId}`);
    return d;
  }

  private foldedSpeaker(name: string): string {
    let f = this.foldedSpeakers.get(name);
    if (f === undefined) this.foldedSpeakers.set(name, (f = foldText(name)));
    return f;
  }

  private foldedOutlet(d: CorpusDocument): string {
    let f = this.foldedOutlets.get(d.id);
    if (f === undefined) this.foldedOutlets.set(d.id, (f = foldText(`${d.outlet ?? ''} ${d.original?.outlet ?? ''}`)));
    return f;
  }

  find(q: QuoteQuery): QuoteAnswer {
    let speakerIds: Set<string> | null = null;
    let speakerText: string | null = null;
    if (q.speaker) {
      const quoted = quotedSpeakerIds(this.kb);
      const candidates = this.lookup.find(q.speaker).filter((p) => quoted.has(p.id));
      if (candidates.length > 1) return { kind: 'ambiguous-speaker', candidates };
      if (candidates.length === 1) speakerIds = new Set(candidates.map((p) => p.id));
      else {
        // organisations and documents are speakers without a person record
        const text = foldText(q.speaker);
        speakerText = text;
        this.speakerNames ??= [...new Set(this.kb.quotes.map((x) => x.speaker).filter((x): x is string => !!x))];
        if (!this.speakerNames.some((x) => this.foldedSpeaker(x).includes(text))) return { kind: 'unknown-speaker' };
      }
    }
    const outlet = q.outlet ? foldText(q.outlet) : null;
    const keep = (x: QuoteRecord): boolean => {
      if (speakerIds && !(x.speakerId && speakerIds.has(x.speakerId))) return false;
      if (speakerText && !(x.speaker && this.foldedSpeaker(x.speaker).includes(speakerText))) return false;
      const d = this.doc(x);
      if (outlet && !this.foldedOutlet(d).includes(outlet)) return false;
      return overlaps(d.published, q.from, q.to);
    };
    let loose: LooseMatch | undefined;
    let ordered: QuoteRecord[];
    if (q.query?.trim()) {
      const found = this.index.searchDetailed(q.query, keep);
      if (found.loose && found.hits.length) loose = { unmatched: found.unmatched };
      ordered = found.hits.map((h) => h.quote);
    } else ordered = this.kb.quotes.filter((x) => keep(x) && x.kind !== 'term' && x.kind !== 'title').sort((a, b) => byDate(this.doc(a), this.doc(b)) || a.span.start - b.span.start);
    // one result per cluster, shown from its earliest document
    const seen = new Set<string>();
    const results: QuoteResult[] = [];
    for (const x of ordered) {
      const key = x.clusterId ?? x.id;
      if (seen.has(key)) continue;
      seen.add(key);
      const members = x.clusterId ? (this.clusters.get(x.clusterId) ?? [x]) : [x];
      const first = members.find(keep) ?? x;
      const shownDoc = this.doc(first);
      const others = [...new Map(members.filter((m) => m !== first).map((m) => [m.documentId, this.doc(m)])).values()].filter((d) => d.id !== shownDoc.id);
      results.push({ quote: first, document: shownDoc, person: first.speakerId ? (this.people.get(first.speakerId) ?? null) : null, alsoReportedBy: others.sort(byDate) });
    }
    return loose ? { kind: 'results', results, loose } : { kind: 'results', results };
  }
}
