/**
 * /who: everything the corpus says about one person: the names and roles it gives them, what
 * they are quoted saying (most-cited first) and reported as saying, where they are mentioned, the
 * dated events they take part in, and who is mentioned with them. A name that can mean several people is answered with
 * the candidates, never a guess.
 */
import { sameWords, wordingOf } from '../analysis/quotes/cluster.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { EventRecord, KnowledgeBase, PersonRecord, QuoteRecord, StatementRecord } from '../kb/types.ts';
import { foldText, foldWords } from '../text/fold.ts';
import { CoMentions, type CoMention } from './co-mentions.ts';
import type { PeopleLookup } from './people-lookup.ts';
import { mostReported, type ReportedStatement } from './reported-statements.ts';
import { actorTest, eventSortKey, type TimelineEntry } from './timeline.ts';

export interface RoleSeen {
  /** as first written */
  text: string;
  /** the documents giving this role, earliest first */
  documents: CorpusDocument[];
}

export interface CitedQuote {
  /** the words as first published (the earliest document of the cluster) */
  quote: QuoteRecord;
  /** every document reporting these words, earliest first */
  documents: CorpusDocument[];
}

export interface Appearance {
  document: CorpusDocument;
  /** quote records of the person in this document */
  quotes: number;
}

export interface Profile {
  person: PersonRecord;
  /** aliases other than the name, each spelling once */
  otherNames: string[];
  roles: RoleSeen[];
  /** quote records attributed to the person */
  quoteCount: number;
  /** the same words reported by several documents count once */
  distinctQuotes: number;
  topQuotes: CitedQuote[];
  /** statements (reported speech) attributed to the person */
  statementCount: number;
  /** a few of them, the most reported first */
  statements: ReportedStatement[];
  /** every document naming or quoting the person, earliest first (undated last) */
  appearances: Appearance[];
  /** dated events they take part in, in date order, one per cluster */
  events: TimelineEntry[];
  coMentioned: CoMention[];
}

export interface Candidate {
  person: PersonRecord;
  role: string | null;
  outlets: string[];
  documents: number;
}

export type ProfileAnswer =
  | { kind: 'profile'; profile: Profile }
  /** `candidates`: the first `limits.candidates` of `total`, in lookup order */
  | { kind: 'ambiguous'; candidates: Candidate[]; total: number }
  /** `quotedSpeaker`: the name is a quoted speaker with no person record (an organisation, a document) */
  | { kind: 'unknown'; quotedSpeaker: string | null };

export interface ProfileLimits {
  topQuotes: number;
  /** statements shown (default DEFAULT_STATEMENTS) */
  statements?: number;
  coMentioned: number;
  /** candidates described for an ambiguous name (a common first name can match hundreds) */
  candidates: number;
}

// a heading embed and one per candidate: Discord allows 10 embeds a message
const DEFAULT_LIMITS: ProfileLimits = { topQuotes: 3, coMentioned: 5, candidates: 9 };
const DEFAULT_STATEMENTS = 3;

/** Profiles made in `prepare`: of the people named in at least this many documents, the most named first, at most `max`. */
export const PREPARED_PROFILES = { minDocuments: 100, max: 300 } as const;

const docDate = (d: CorpusDocument): string => d.published ?? '9999';
// ISO dates and ids: plain comparison (localeCompare is far slower over thousands of records)
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byDate = (a: CorpusDocument, b: CorpusDocument): number => cmp(docDate(a), docDate(b)) || cmp(a.id, b.id);

function groupBy<T>(items: readonly T[], key: (t: T) => string | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    if (k === null) continue;
    const list = out.get(k) ?? [];
    list.push(t);
    out.set(k, list);
  }
  return out;
}

/** What profiles are read from, indexed once for all people. */
interface ProfileTables {
  quotesBySpeaker: Map<string, QuoteRecord[]>;
  statementsBySpeaker: Map<string, StatementRecord[]>;
  quoteClusters: Map<string, QuoteRecord[]>;
  eventClusters: Map<string, EventRecord[]>;
  documentIds: Map<string, Set<string>>;
  coMentions: CoMentions;
  /** the documents in date order (byDate), and each one's place in it: sorting a person's thousands of documents is then sorting numbers */
  inDateOrder: CorpusDocument[];
  dateRank: Map<string, number>;
}

export class ProfileService {
  private tables_: ProfileTables | null = null;

  /** Nothing is indexed until the first profile (see `prepare`). */
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly lookup: PeopleLookup,
  ) {}

  /**
   * Index now (for a moment when nobody is waiting, such as while the bot connects), and make
   * the profiles of the people named most: theirs are the ones asked for most, and each costs
   * tens to hundreds of milliseconds (thousands of events and co-mentions to weigh).
   */
  prepare(prepared: { minDocuments: number; max: number } = PREPARED_PROFILES): void {
    for (const step of this.prepareSteps(prepared)) step();
  }

  /**
   * `prepare` in steps (the tables, then one profile a step), for a caller that gives the event
   * loop back between them; each step is made once the one before has run.
   */
  *prepareSteps(prepared: { minDocuments: number; max: number } = PREPARED_PROFILES): Generator<() => void> {
    yield () => void this.tables();
    yield () => void this.otherSpeakers();
    const { documentIds } = this.tables();
    const heavy = this.kb.people
      .filter((p) => (documentIds.get(p.id)?.size ?? 0) >= prepared.minDocuments)
      .sort((a, b) => documentIds.get(b.id)!.size - documentIds.get(a.id)!.size)
      .slice(0, prepared.max);
    for (const p of heavy) yield () => void this.cached(p, DEFAULT_LIMITS);
  }

  private tables(): ProfileTables {
    if (this.tables_) return this.tables_;
    const kb = this.kb;
    const quotesBySpeaker = groupBy(kb.quotes, (q) => q.speakerId);
    const documentIds = new Map<string, Set<string>>();
    for (const p of kb.people) {
      // a person is in a document however the record says so: listed, mentioned or quoted there
      const ids = new Set([
        ...p.documentIds,
        ...p.mentions.map((m) => m.documentId),
        ...(quotesBySpeaker.get(p.id) ?? []).map((q) => q.documentId),
      ]);
      documentIds.set(p.id, new Set([...ids].filter((id) => kb.documentsById.has(id))));
    }
    const inDateOrder = [...kb.documentsById.values()].sort(byDate);
    this.tables_ = {
      quotesBySpeaker,
      statementsBySpeaker: groupBy(kb.statements, (s) => s.speakerId),
      quoteClusters: groupBy(kb.quotes, (q) => q.clusterId),
      eventClusters: groupBy(kb.events, (e) => e.clusterId),
      documentIds,
      coMentions: new CoMentions(kb.documentsById, (p) => documentIds.get(p.id) ?? new Set(), kb.people),
      inDateOrder,
      dateRank: new Map(inDateOrder.map((d, i) => [d.id, i])),
    };
    return this.tables_;
  }

  find(name: string, limits: ProfileLimits = DEFAULT_LIMITS): ProfileAnswer {
    const found = this.lookup.find(name);
    if (found.length > 1)
      return {
        kind: 'ambiguous',
        candidates: found.slice(0, limits.candidates).map((p) => this.candidate(p)),
        total: found.length,
      };
    const person = found[0];
    if (!person) {
      const f = foldText(name);
      const speaker = f ? this.otherSpeakers().find((s) => s.folded.includes(f))?.speaker : undefined;
      return { kind: 'unknown', quotedSpeaker: speaker ?? null };
    }
    return { kind: 'profile', profile: this.cached(person, limits) };
  }

  /** The knowledge base does not change while the bot runs: a profile, once made, is kept. */
  private cached(person: PersonRecord, limits: ProfileLimits): Profile {
    const key = `${person.id}\0${limits.topQuotes}\0${limits.statements}\0${limits.coMentioned}`;
    let profile = this.cache.get(key);
    if (!profile) this.cache.set(key, (profile = this.profile(person, limits)));
    return profile;
  }

  /** speakers that are no person (organisations, documents), each folded once, on first use */
  private others: { speaker: string; folded: string }[] | null = null;
  private otherSpeakers(): { speaker: string; folded: string }[] {
    if (!this.others) {
      const seen = new Map<string, string>();
      for (const q of this.kb.quotes)
        if (!q.speakerId && q.speaker && !seen.has(q.speaker)) seen.set(q.speaker, foldText(q.speaker));
      this.others = [...seen].map(([speaker, folded]) => ({ speaker, folded }));
    }
    return this.others;
  }

  private readonly cache = new Map<string, Profile>();
  /** events naming each person, indexed on first use */
  private eventsByPerson: Map<string, EventRecord[]> | null = null;

  private documentsOf(p: PersonRecord): ReadonlySet<string> {
    return this.tables().documentIds.get(p.id) ?? new Set();
  }

  /** The documents (each once, unknown ids left out), earliest first. */
  private docs(ids: Iterable<string>): CorpusDocument[] {
    const { dateRank, inDateOrder } = this.tables();
    const ranks: number[] = [];
    for (const id of ids) {
      const r = dateRank.get(id);
      if (r !== undefined) ranks.push(r);
    }
    ranks.sort((a, b) => a - b);
    const out: CorpusDocument[] = [];
    for (let i = 0; i < ranks.length; i++) if (i === 0 || ranks[i] !== ranks[i - 1]) out.push(inDateOrder[ranks[i]!]!);
    return out;
  }

  private candidate(p: PersonRecord): Candidate {
    const ids = this.documentsOf(p);
    const { dateRank, inDateOrder } = this.tables();
    // each outlet at its earliest document, without sorting the documents (a common surname has thousands)
    const firstRank = new Map<string, number>();
    for (const id of ids) {
      const r = dateRank.get(id);
      const outlet = r === undefined ? undefined : inDateOrder[r]!.outlet;
      if (outlet && !(firstRank.get(outlet)! <= r!)) firstRank.set(outlet, r!);
    }
    const outlets = [...firstRank].sort((a, b) => a[1] - b[1]).map(([o]) => o);
    return { person: p, role: p.roles[0]?.text ?? null, outlets, documents: ids.size };
  }

  private profile(p: PersonRecord, limits: ProfileLimits): Profile {
    const nameKey = foldWords(p.name);
    const seen = new Set([nameKey]);
    const otherNames: string[] = [];
    for (const a of p.aliases) {
      const k = foldWords(a);
      if (k && !seen.has(k)) otherNames.push(a);
      seen.add(k);
    }
    const roles = [...groupBy(p.roles, (r) => foldWords(r.text) || null).values()].map((rs) => ({
      text: rs[0]!.text,
      documents: this.docs(rs.map((r) => r.documentId)),
    }));
    const quotes = this.tables().quotesBySpeaker.get(p.id) ?? [];
    const statements = this.tables().statementsBySpeaker.get(p.id) ?? [];
    const perDoc = groupBy(quotes, (q) => q.documentId);
    return {
      person: p,
      otherNames,
      roles,
      quoteCount: quotes.length,
      distinctQuotes: new Set(quotes.map((q) => q.clusterId ?? q.id)).size,
      topQuotes: this.mostCited(quotes, limits.topQuotes),
      statementCount: statements.length,
      statements: mostReported(statements, (ids) => this.docs(ids), limits.statements ?? DEFAULT_STATEMENTS),
      appearances: this.docs(this.documentsOf(p)).map((document) => ({
        document,
        quotes: perDoc.get(document.id)?.length ?? 0,
      })),
      events: this.events(p),
      coMentioned: this.tables().coMentions.of(p, limits.coMentioned),
    };
  }

  /**
   * Most-cited: the words reported by the most documents; ties go to the earliest published.
   * A cluster is reported by at most as many documents as it has members, so clusters are
   * weighed biggest first and the rest skipped once they cannot reach the last place kept.
   */
  private mostCited(quotes: readonly QuoteRecord[], limit: number): CitedQuote[] {
    const groups: { q: QuoteRecord; members: QuoteRecord[]; seen: number }[] = [];
    const done = new Set<string>();
    for (const q of quotes) {
      // quoted terms and titles are not the person's own words
      if (q.kind === 'term' || q.kind === 'title') continue;
      const key = q.clusterId ?? q.id;
      if (done.has(key)) continue;
      done.add(key);
      groups.push({
        q,
        members: q.clusterId ? (this.tables().quoteClusters.get(q.clusterId) ?? [q]) : [q],
        seen: groups.length,
      });
    }
    groups.sort((a, b) => b.members.length - a.members.length || a.seen - b.seen);
    const earliest = (c: CitedQuote): string => (c.documents[0] ? docDate(c.documents[0]) : '9999');
    const order = (a: CitedQuote & { seen: number }, b: CitedQuote & { seen: number }): number =>
      b.documents.length - a.documents.length ||
      cmp(earliest(a), earliest(b)) ||
      cmp(a.quote.documentId, b.quote.documentId) ||
      a.quote.span.start - b.quote.span.start ||
      a.seen - b.seen;
    const top: (CitedQuote & { seen: number })[] = [];
    for (const g of groups) {
      if (top.length >= limit && (limit === 0 || g.members.length < top[top.length - 1]!.documents.length)) break;
      const c = { ...this.cited(g.q, g.members), seen: g.seen };
      let i = top.length;
      while (i > 0 && order(c, top[i - 1]!) < 0) i--;
      top.splice(i, 0, c);
      if (top.length > limit) top.pop();
    }
    return top.map(({ quote, documents }) => ({ quote, documents }));
  }

  /** One cluster's words as first published, and the documents carrying them. */
  private cited(q: QuoteRecord, members: readonly QuoteRecord[]): CitedQuote {
    const earliest = this.docs(members.map((x) => x.documentId))[0]?.id;
    const first = members.filter((m) => m.documentId === earliest).sort((a, b) => a.span.start - b.span.start)[0] ?? q;
    // a document counts when it carries these words (or a variant or cut of them), not merely
    // another part of the cluster's longest wording
    const shown = wordingOf(first.text);
    const carrying = members.filter((m) => m === first || m.text === first.text || sameWords(wordingOf(m.text), shown));
    return { quote: first, documents: this.docs(carrying.map((m) => m.documentId)) };
  }

  /** Like /timeline for one person; each event lists every document reporting it. */
  private events(p: PersonRecord): TimelineEntry[] {
    const entries: TimelineEntry[] = [];
    const done = new Set<string>();
    if (!this.eventsByPerson) {
      this.eventsByPerson = new Map();
      for (const e of this.kb.events)
        for (const id of e.peopleIds) (this.eventsByPerson.get(id) ?? this.eventsByPerson.set(id, []).get(id)!).push(e);
    }
    const actor = actorTest([p.name, ...p.aliases]);
    for (const e of this.eventsByPerson.get(p.id) ?? []) {
      // as /timeline person: their events are those they are the subject or agent of
      if (!e.date || actor(e.text) === false) continue;
      const key = e.clusterId ?? e.id;
      if (done.has(key)) continue;
      done.add(key);
      const members = (e.clusterId ? (this.tables().eventClusters.get(e.clusterId) ?? [e]) : [e]).filter((m) => m.date);
      const documents = this.docs(members.map((m) => m.documentId));
      // stated as its earliest document states it, preferring a member that names the person
      const first =
        members
          .filter((m) => m.documentId === documents[0]?.id)
          .sort((a, b) => Number(b.peopleIds.includes(p.id)) - Number(a.peopleIds.includes(p.id)))[0] ?? e;
      if (documents.length) entries.push({ event: first, documents });
    }
    // each entry's sort key made once, not once per comparison
    const keys = new Map(entries.map((x) => [x, eventSortKey(x.event)]));
    return entries.sort((a, b) => cmp(keys.get(a)!, keys.get(b)!) || byDate(a.documents[0]!, b.documents[0]!));
  }
}
