/**
 * /quote: find quotations by their words, speaker, outlet and dates. Each result is one quote
 * as first published in the words found (the earliest document of its cluster with that
 * wording), with the others that reported it. Reported statements matching the same options
 * come after the quotes (statements.ts).
 */
import type { IsoDate } from '../analysis/types.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { KnowledgeBase, PersonRecord, QuoteRecord, StatementRecord } from '../kb/types.ts';
import type { QuoteIndex } from '../search/quote-index.ts';
import type { StatementIndex } from '../search/statement-index.ts';
import { foldWords } from '../text/fold.ts';
import type { PeopleLookup } from './people-lookup.ts';
import { byDate, otherReports, type OtherReports } from './reports.ts';
import { BySpeaker, SpeechFilters, type SpeakerProblem, type SpeechFilter } from './speech-filter.ts';
import { StatementFinder, type StatementResult, type StatementsFound } from './statements.ts';

export { MAX_ALSO_REPORTED } from './reports.ts';
export type { StatementResult } from './statements.ts';

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

export type QuoteAnswer =
  /**
   * `results`: the quotes; `statements`: reported statements, shown after them; `more`: more
   * quotes matched than the best ones given (MAX_HITS), `statementsMore` the same for statements
   */
  | {
      kind: 'results';
      results: QuoteResult[];
      statements: StatementResult[];
      loose?: LooseMatch;
      more?: boolean;
      statementsMore?: boolean;
    }
  | SpeakerProblem;

/** No quote or statement had every word of the query: the results have some of them. */
export interface LooseMatch {
  /** the query's words that matched nothing */
  unmatched: string[];
}

/** Whether folded `words` have the word `t` (or, for a half-typed last word, a word it begins). */
function hasWord(words: string, t: string, prefix: boolean): boolean {
  return ` ${words} `.includes(` ${t}${prefix ? '' : ' '}`);
}

export class QuoteService {
  private clusters_: Map<string, QuoteRecord[]> | null = null;
  private people_: Map<string, PersonRecord> | null = null;
  private readonly bySpeaker: BySpeaker<QuoteRecord>;
  private readonly filters: SpeechFilters;
  private readonly statements: StatementFinder;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly index: QuoteIndex,
    lookup: PeopleLookup,
    statementIndex: StatementIndex,
  ) {
    this.bySpeaker = new BySpeaker(() => kb.quotes);
    this.filters = new SpeechFilters(kb, lookup, this.doc);
    this.statements = new StatementFinder(kb, statementIndex, this.doc, (id) => this.people.get(id) ?? null);
  }

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

  private readonly doc = (q: { id: string; documentId: string }): CorpusDocument => {
    const d = this.kb.documentsById.get(q.documentId);
    if (!d) throw new Error(`record ${q.id} names unknown document ${q.documentId}`);
    return d;
  };

  /** The result for a quote shown from `first`; the other reports are listed when first read. */
  private result(first: QuoteRecord, members: readonly QuoteRecord[]): QuoteResult {
    const shownDoc = this.doc(first);
    let others: OtherReports | null = null;
    const othersOf = (): OtherReports => (others ??= otherReports(shownDoc, members, this.doc));
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
    const filter = this.filters.of(q);
    if (!('keep' in filter)) return filter;
    const quotes = this.findQuotes(q, filter);
    // words that all stand in one kind of record beat some of them in the other (so when quotes
    // have them all, statements with only some are never looked for)
    const statements = this.statements.find(q.query, filter, !quotes.loose && quotes.results.length > 0);
    const dropQuotes = quotes.loose && !statements.loose && statements.results.length > 0;
    const dropStatements = statements.loose && !quotes.loose && quotes.results.length > 0;
    const results = dropQuotes ? [] : quotes.results;
    const said = dropStatements ? [] : statements.results;
    const loose =
      quotes.loose && statements.loose && (results.length || said.length)
        ? { unmatched: quotes.unmatched.filter((w) => statements.unmatched.includes(w)) }
        : null;
    return {
      kind: 'results',
      results,
      statements: said,
      ...(loose ? { loose } : {}),
      ...(quotes.more && !dropQuotes ? { more: true } : {}),
      ...(statements.more && !dropStatements ? { statementsMore: true } : {}),
    };
  }

  /** Results for quotes and statements found some other way (by meaning): one a cluster or wording, in their order. */
  resultsOf(
    quotes: readonly QuoteRecord[],
    statements: readonly StatementRecord[],
  ): { results: QuoteResult[]; statements: StatementResult[] } {
    const all: SpeechFilter = { keep: () => true, filtered: false, speakerIds: null };
    return { results: this.clustered(quotes, undefined, all), statements: this.statements.resultsOf(statements) };
  }

  /** The quotes for the options, one result per cluster, as `StatementFinder.find` gives statements. */
  private findQuotes(
    q: QuoteQuery,
    filter: SpeechFilter,
  ): Omit<StatementsFound, 'results'> & { results: QuoteResult[] } {
    const found = q.query?.trim() ? this.index.searchDetailed(q.query, filter.filtered ? filter.keep : null) : null;
    let ordered: QuoteRecord[];
    if (found) ordered = found.hits.map((h) => h.quote);
    else {
      // a named speaker's quotes are read from their own list, not from every quote
      const pool = filter.speakerIds ? [...filter.speakerIds].flatMap((id) => this.bySpeaker.of(id)) : this.kb.quotes;
      ordered = pool
        .filter((x) => filter.keep(x) && x.kind !== 'term' && x.kind !== 'title')
        .sort((a, b) => byDate(this.doc(a), this.doc(b)) || a.span.start - b.span.start);
    }
    return {
      results: this.clustered(ordered, q.query, filter),
      more: found?.more ?? false,
      loose: !!found?.loose,
      unmatched: found?.unmatched ?? [],
    };
  }

  /**
   * One result per cluster, shown from its earliest document that has the words the hit has (a
   * near variant printed earlier may lack some of them).
   */
  private clustered(ordered: readonly QuoteRecord[], query: string | undefined, filter: SpeechFilter): QuoteResult[] {
    const asked = query ? foldWords(query).split(' ').filter(Boolean) : [];
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
        members.find(
          (m) => (m === x || found.every((t) => hasWord(this.index.words(m), t, t === last))) && filter.keep(m),
        ) ?? x;
      results.push(this.result(first, members));
    }
    return results;
  }
}
