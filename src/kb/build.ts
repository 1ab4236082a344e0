/**
 * Corpus → knowledge base: every document is analysed on its own (analyseDocument), then the
 * analyses are assembled: people merged across documents, quote speakers and event
 * participants linked to them, the same quotes and events clustered across documents.
 */
import { collectGarbage } from '../collect-garbage.ts';
import { clusterEvents, type EventClusterInput } from '../analysis/dates/cluster.ts';
import { clusterQuotes, type ClusterInput } from '../analysis/quotes/cluster.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { analyseDocument } from './analyse-document.ts';
import type { DocumentAnalysis, LocalQuote, LocalStatement } from './document-analysis.ts';
import { lowerCaseWords } from './lower-case-words.ts';
import { localRef, mergePeople } from './merge-people.ts';
import type { EventRecord, KnowledgeBase, PersonRecord, QuoteRecord, StatementRecord } from './types.ts';

export function buildKnowledgeBase(corpus: Corpus): KnowledgeBase {
  return assembleKnowledgeBase(corpus, corpus.documents.map(analyseDocument));
}

/** The analyses must be in the order of `corpus.documents` (one per document). */
export function assembleKnowledgeBase(corpus: Corpus, analyses: readonly DocumentAnalysis[]): KnowledgeBase {
  const kb = assembleRecords(corpus, analyses);
  const quoteClusters = clusterQuotes(quoteClusterInputs(analyses));
  collectGarbage();
  applyClusters(kb, quoteClusters, clusterEvents(eventClusterInputs(analyses)));
  return kb;
}

const quoteId = (documentId: string, i: number): string => `${documentId}:q${i + 1}`;
const statementId = (documentId: string, i: number): string => `${documentId}:s${i + 1}`;
const eventId = (documentId: string, i: number): string => `${documentId}:e${i + 1}`;

/** What quote clustering reads of each quote the knowledge base will have (from the analyses alone: it needs no people). */
export function quoteClusterInputs(analyses: readonly DocumentAnalysis[]): ClusterInput[] {
  const out: ClusterInput[] = [];
  for (const a of analyses)
    a.quotes.forEach((q, i) => out.push({ id: quoteId(a.documentId, i), documentId: a.documentId, text: q.text }));
  return out;
}

/** What event clustering reads of each event the knowledge base will have. */
export function eventClusterInputs(analyses: readonly DocumentAnalysis[]): EventClusterInput[] {
  const out: EventClusterInput[] = [];
  for (const a of analyses)
    a.events.forEach((e, i) => out.push({ id: eventId(a.documentId, i), date: e.date, summary: e.summary }));
  return out;
}

/** Each quote's and event's cluster, as clusterQuotes and clusterEvents give them. */
export function applyClusters(
  kb: KnowledgeBase,
  quoteClusters: ReadonlyMap<string, string>,
  eventClusters: ReadonlyMap<string, string>,
): void {
  for (const q of kb.quotes) q.clusterId = quoteClusters.get(q.id) ?? null;
  for (const e of kb.events) e.clusterId = eventClusters.get(e.id) ?? null;
}

/**
 * The knowledge base but for its clusters (every clusterId null): people merged across
 * documents, quote speakers and event participants linked to them.
 */
export function assembleRecords(corpus: Corpus, analyses: readonly DocumentAnalysis[]): KnowledgeBase {
  const outlets = [
    ...new Set(corpus.documents.flatMap((d) => [d.outlet, d.original?.outlet]).filter((o): o is string => !!o)),
  ];
  // a word the corpus writes in lower case is an ordinary word ("crooked"), for epithets before a given name
  let ordinary: Set<string> | undefined;
  const ordinaryWord = (w: string): boolean => {
    // one pass over the bodies the first time it is asked, not one regex scan of them per word
    ordinary ??= lowerCaseWords(corpus.documents.map((d) => d.body));
    return /^\p{Ll}+$/u.test(w) && ordinary.has(w);
  };
  const { people, idOf, unattached } = mergePeople(analyses, outlets, ordinaryWord);
  // each step's garbage is dropped before the next adds its own (see collect-garbage.ts)
  collectGarbage();
  const byId = new Map<string, PersonRecord>(people.map((p) => [p.id, p]));
  const documentsById = new Map(corpus.documents.map((d) => [d.id, d]));
  const quotes: QuoteRecord[] = [];
  const statements: StatementRecord[] = [];
  const events: EventRecord[] = [];
  for (const a of analyses) {
    const doc = documentsById.get(a.documentId);
    const speakerOf = (q: LocalQuote | LocalStatement): ResolvedSpeaker =>
      resolveSpeaker(q, a.documentId, idOf, byId, unattached);
    a.quotes.forEach((q, i) => {
      const sp = speakerOf(q);
      quotes.push({
        id: quoteId(a.documentId, i),
        documentId: a.documentId,
        text: q.text,
        kind: q.kind,
        ...sp,
        description: q.description,
        via: q.via,
        clusterId: null,
        span: q.span,
        context: doc ? doc.body.slice(q.context.start, q.context.end) : q.text,
      });
    });
    a.statements.forEach((st, i) => {
      statements.push({
        id: statementId(a.documentId, i),
        documentId: a.documentId,
        text: st.text,
        cue: st.cue,
        ...speakerOf(st),
        // reported speech names its source as written when it is no one named ("Officials said …")
        ...(st.speakerType === 'anonymous' && st.description ? { speaker: st.description } : {}),
        description: st.description,
        span: st.span,
        context: doc ? doc.body.slice(st.context.start, st.context.end) : st.text,
      });
    });
    a.events.forEach((e, i) => {
      const ids = e.people.map((k) => idOf.get(localRef(a.documentId, k))).filter((x): x is string => !!x);
      events.push({
        id: eventId(a.documentId, i),
        documentId: a.documentId,
        date: e.date,
        qualifier: e.qualifier,
        ...(e.rangeEnd ? { rangeEnd: e.rangeEnd } : {}),
        dateText: e.dateText,
        text: e.text,
        summary: e.summary,
        peopleIds: [...new Set(ids)],
        clusterId: null,
        span: e.span,
      });
    });
  }
  return {
    root: corpus.root,
    documents: corpus.documents,
    documentsById,
    quotes,
    statements,
    people,
    events,
    warnings: corpus.warnings,
  };
}

type ResolvedSpeaker = Pick<QuoteRecord, 'speaker' | 'speakerId' | 'speakerType' | 'attribution' | 'rule'>;

/**
 * A quote's or statement's speaker as the knowledge base knows them: a bare name the corpus cannot
 * tell apart is shown as the text gives it ("Bush"), with no person record; a speaker that turned
 * out not to be a person is unknown, never guessed.
 */
function resolveSpeaker(
  q: LocalQuote | LocalStatement,
  documentId: string,
  idOf: ReadonlyMap<string, string>,
  byId: ReadonlyMap<string, PersonRecord>,
  unattached: ReadonlySet<string>,
): ResolvedSpeaker {
  const personId = q.speakerPerson !== null ? (idOf.get(localRef(documentId, q.speakerPerson)) ?? null) : null;
  const person = personId ? byId.get(personId) : undefined;
  const bare = q.speakerPerson !== null && !person && unattached.has(localRef(documentId, q.speakerPerson));
  const lostPerson = q.speakerType === 'person' && !person && !bare;
  return {
    speaker: person ? person.name : q.speakerType === 'anonymous' || lostPerson ? null : q.speakerName,
    speakerId: person?.id ?? null,
    speakerType: lostPerson ? null : q.speakerType,
    attribution: lostPerson ? 'none' : q.attribution,
    rule: lostPerson ? `${q.rule}, speaker not a person` : q.rule,
  };
}
