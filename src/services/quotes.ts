/**
 * /quote: find quotations by their words, speaker, outlet and dates. Each result is one quote
 * as first published in the words found (the earliest document of its cluster with that
 * wording), with the others that reported it.
 */
import type { IsoDate } from '../analysis/types.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { KnowledgeBase, PersonRecord, QuoteRecord } from '../kb/types.ts';
import type { QuoteIndex } from '../search/quote-index.ts';
import { foldText, foldWords } from '../text/fold.ts';
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
  /** other documents that report the quote, earliest first: the first MAX_ALSO_REPORTED (made when first read: only a shown page reads it) */
  readonly alsoReportedBy: readonly CorpusDocument[];
  /** how many other documents report it in all */
  readonly alsoReportedCount: number;
}

/** documents listed under "also reported by": a quote carried by hundreds of outlets lists the first few and counts the rest */
export const MAX_ALSO_REPORTED = 10;

export type QuoteAnswer =
  /** `more`: more quotes matched than the best ones given (MAX_HITS) */
  | { kind: 'results'; results: QuoteResult[]; loose?: LooseMatch; more?: boolean }
  | { kind: 'ambiguous-speaker'; candidates: PersonRecord[] }
  | { kind: 'unknown-speaker' };

/** No quote had every word of the query: the results have some of them. */
export interface LooseMatch {
  /** the query's words that matched nothing */
  unmatched: string[];
}

/** Whether folded `words` have the word `t` (or, for a half-typed last word, a word it begins). */
function hasWord(words: string, t: string, prefix: boolean): boolean {
  return ` ${words} `.includes(` ${t}${prefix ? '' : ' '}`);
}

// ISO dates and ids: plain comparison (localeCompare is far slower over thousands of quotes)
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byDate = (a: CorpusDocument, b: CorpusDocument): number =>
  cmp(a.published ?? '9999', b.published ?? '9999') || cmp(a.id, b.id);

export class QuoteService {
  private clusters_: Map<string, QuoteRecord[]> | null = null;
  private people_: Map<string, PersonRecord> | null = null;
  // folded once, on first use: speakers' names and documents' outlets are compared per quote
  private readonly foldedSpeakers = new Map<string, string>();
  private readonly foldedOutlets = new Map<string, string>();
  private speakerNames: string[] | null = null;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly index: QuoteIndex,
    private readonly lookup: PeopleLookup,
  ) {}

  /** Index now (for a moment when nobody is waiting, such as while the bot connects). */
  prepare(): void {
    void this.clusters;
    void this.people;
  }

  /** each cluster's quotes, earliest first, on first use */
  private get clusters(): Map<string, QuoteRecord[]> {
    if (this.clusters_) return this.clusters_;
    const clusters = new Map<string, QuoteRecord[]>();
    for (const q of this.kb.quotes) {
      if (!q.clusterId) continue;
      const list = clusters.get(q.clusterId) ?? [];
      list.push(q);
      clusters.set(q.clusterId, list);
    }
    for (const list of clusters.values())
      list.sort((a, b) => byDate(this.doc(a), this.doc(b)) || a.span.start - b.span.start);
    return (this.clusters_ = clusters);
  }

  private get people(): Map<string, PersonRecord> {
    return (this.people_ ??= new Map(this.kb.people.map((p) => [p.id, p])));
  }

  /** each speaker's quotes, listed on first use */
  private bySpeaker: Map<string, QuoteRecord[]> | null = null;
  private quotesBy(personId: string): QuoteRecord[] {
    if (!this.bySpeaker) {
      this.bySpeaker = new Map();
      for (const x of this.kb.quotes)
        if (x.speakerId)
          (this.bySpeaker.get(x.speakerId) ?? this.bySpeaker.set(x.speakerId, []).get(x.speakerId)!).push(x);
    }
    return this.bySpeaker.get(personId) ?? [];
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

  /** The result for a quote shown from `first`; the other reports are listed when first read. */
  private result(first: QuoteRecord, members: readonly QuoteRecord[]): QuoteResult {
    const shownDoc = this.doc(first);
    let others: { list: CorpusDocument[]; count: number } | null = null;
    const othersOf = (): { list: CorpusDocument[]; count: number } => {
      if (others) return others;
      // members are in date order: the first distinct documents are the earliest
      const ids = new Set<string>([shownDoc.id]);
      const list: CorpusDocument[] = [];
      for (const m of members) {
        if (ids.has(m.documentId)) continue;
        ids.add(m.documentId);
        if (list.length < MAX_ALSO_REPORTED) list.push(this.doc(m));
      }
      return (others = { list, count: ids.size - 1 });
    };
    return {
      quote: first,
      document: shownDoc,
      person: first.speakerId ? (this.people.get(first.speakerId) ?? null) : null,
      get alsoReportedBy() {
        return othersOf().list;
      },
      get alsoReportedCount() {
        return othersOf().count;
      },
    };
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
    const filtered = !!(speakerIds || speakerText || outlet || q.from || q.to);
    let loose: LooseMatch | undefined;
    let more = false;
    let ordered: QuoteRecord[];
    if (q.query?.trim()) {
      const found = this.index.searchDetailed(q.query, filtered ? keep : null);
      if (found.loose && found.hits.length) loose = { unmatched: found.unmatched };
      more = found.more;
      ordered = found.hits.map((h) => h.quote);
    } else {
      // a named speaker's quotes are read from their own list, not from every quote
      const pool = speakerIds ? [...speakerIds].flatMap((id) => this.quotesBy(id)) : this.kb.quotes;
      ordered = pool
        .filter((x) => keep(x) && x.kind !== 'term' && x.kind !== 'title')
        .sort((a, b) => byDate(this.doc(a), this.doc(b)) || a.span.start - b.span.start);
    }
    // one result per cluster, shown from its earliest document that has the words the hit has
    // (a near variant printed earlier may lack some of them)
    const asked = q.query ? foldWords(q.query).split(' ').filter(Boolean) : [];
    const last = asked[asked.length - 1];
    const seen = new Set<string>();
    const results: QuoteResult[] = [];
    for (const x of ordered) {
      const key = x.clusterId ?? x.id;
      if (seen.has(key)) continue;
      seen.add(key);
      const members = x.clusterId ? (this.clusters.get(x.clusterId) ?? [x]) : [x];
      const found = asked.filter((t) => hasWord(this.index.words(x), t, t === last));
      const first =
        members.find((m) => (m === x || found.every((t) => hasWord(this.index.words(m), t, t === last))) && keep(m)) ??
        x;
      results.push(this.result(first, members));
    }
    return { kind: 'results', results, ...(loose ? { loose } : {}), ...(more ? { more } : {}) };
  }
}
