/**
 * Reported statements for /quote ("Lee said the plan would fail"): found by their words (an index
 * of their own) or by their speaker, with the same filters as quotes, and listed after the quotes.
 * The same words of the same speaker in several articles (a repost) are one result, shown from the
 * earliest, listing the others.
 */
import type { CorpusDocument } from '../documents/types.ts';
import type { KnowledgeBase, PersonRecord, StatementRecord } from '../kb/types.ts';
import type { StatementIndex } from '../search/statement-index.ts';
import { byDate, otherReports } from './reports.ts';
import { BySpeaker, type SpeechFilter } from './speech-filter.ts';

export interface StatementResult {
  statement: StatementRecord;
  document: CorpusDocument;
  person: PersonRecord | null;
  /** other documents reporting the same words of the same speaker, earliest first (the first MAX_ALSO_REPORTED) */
  alsoReportedBy: readonly CorpusDocument[];
  alsoReportedCount: number;
}

export interface StatementsFound {
  results: StatementResult[];
  /** more statements matched than were ranked */
  more: boolean;
  /** no statement had every word of the query */
  loose: boolean;
  /** (when loose) the query's words that matched no statement */
  unmatched: string[];
}

export class StatementFinder {
  private readonly bySpeaker: BySpeaker<StatementRecord>;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly index: StatementIndex,
    private readonly docOf: (x: StatementRecord) => CorpusDocument,
    private readonly personOf: (id: string) => PersonRecord | null,
  ) {
    this.bySpeaker = new BySpeaker(() => kb.statements);
  }

  /** `strict`: only statements with every word of the query (none when no statement has them all). */
  find(query: string | undefined, filter: SpeechFilter, strict = false): StatementsFound {
    if (query?.trim()) {
      const found = this.index.search(query, filter.filtered ? filter.keep : null, strict);
      const ordered = found.hits.map((h) => h.record);
      return { results: this.grouped(ordered), more: found.more, loose: found.loose, unmatched: found.unmatched };
    }
    const pool = filter.speakerIds ? [...filter.speakerIds].flatMap((id) => this.bySpeaker.of(id)) : this.kb.statements;
    return {
      results: this.grouped(pool.filter(filter.keep).sort(this.inDateOrder)),
      more: false,
      loose: false,
      unmatched: [],
    };
  }

  /** Results for statements found some other way (by meaning), one per speaker and wording. */
  resultsOf(statements: readonly StatementRecord[]): StatementResult[] {
    return this.grouped(statements);
  }

  private readonly inDateOrder = (a: StatementRecord, b: StatementRecord): number =>
    byDate(this.docOf(a), this.docOf(b)) || a.span.start - b.span.start;

  /** One result per speaker and wording, in the order of their first record. */
  private grouped(ordered: readonly StatementRecord[]): StatementResult[] {
    const groups = new Map<string, StatementRecord[]>();
    for (const s of ordered) {
      const key = `${s.speakerId ?? s.speaker ?? s.description ?? ''}\0${this.index.words(s)}`;
      (groups.get(key) ?? groups.set(key, []).get(key)!).push(s);
    }
    return [...groups.values()].map((members) => {
      const dated = members.length > 1 ? [...members].sort(this.inDateOrder) : members;
      const first = dated[0]!;
      const document = this.docOf(first);
      const others = otherReports(document, dated, this.docOf);
      return {
        statement: first,
        document,
        person: first.speakerId ? this.personOf(first.speakerId) : null,
        alsoReportedBy: others.list,
        alsoReportedCount: others.count,
      };
    });
  }
}
