/**
 * Corpus → knowledge base: every document is analysed on its own (analyseDocument), then the
 * analyses are assembled: people merged across documents, quote speakers and event
 * participants linked to them, the same quotes and events clustered across documents.
 */
import { clusterEvents } from '../analysis/dates/index.ts';
import { clusterQuotes } from '../analysis/quotes/cluster.ts';
import type { Corpus } from '../corpus/load-corpus.ts';
import { analyseDocument } from './analyse-document.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { localRef, mergePeople } from './merge-people.ts';
import type { EventRecord, KnowledgeBase, PersonRecord, QuoteRecord } from './types.ts';

export function buildKnowledgeBase(corpus: Corpus): KnowledgeBase {
  return assembleKnowledgeBase(corpus, corpus.documents.map(analyseDocument));
}

/** The analyses must be in the order of `corpus.documents` (one per document). */
export function assembleKnowledgeBase(corpus: Corpus, analyses: readonly DocumentAnalysis[]): KnowledgeBase {
  const outlets = [...new Set(corpus.documents.flatMap((d) => [d.outlet, d.original?.outlet]).filter((o): o is string => !!o))];
  // a word the corpus writes in lower case is an ordinary word ("crooked"), for epithets before a given name
  const ordinary = new Map<string, boolean>();
  const ordinaryWord = (w: string): boolean => {
    let known = ordinary.get(w);
    if (known === undefined) {
      // (a word of running text, between spaces or punctuation: not part of a handle or an address, "@ivo_crooked")
      const re = new RegExp(`(?<=^|[\\s"“‘(])${w.replace(/[^\p{L}]/gu, '')}(?=$|[\\s,;:!?"”’)]|\\.(?:\\s|$))`, 'mu');
      known = /^\p{Ll}+$/u.test(w) && corpus.documents.some((d) => re.test(d.body));
      ordinary.set(w, known);
    }
    return known;
  };
  const { people, idOf, unattached } = mergePeople(analyses, outlets, ordinaryWord);
  const byId = new Map<string, PersonRecord>(people.map((p) => [p.id, p]));
  const documentsById = new Map(corpus.documents.map((d) => [d.id, d]));
  const quotes: QuoteRecord[] = [];
  const events: EventRecord[] = [];
  for (const a of analyses) {
    const doc = documentsById.get(a.documentId);
    a.quotes.forEach((q, i) => {
      const personId = q.speakerPerson !== null ? (idOf.get(localRef(a.documentId, q.speakerPerson)) ?? null) : null;
      const person = personId ? byId.get(personId) : undefined;
      // a bare name the corpus cannot tell apart is shown as the text gives it ("Bush"), with no
      // person record; a speaker that turned out not to be a person is unknown, never guessed
      const bare = q.speakerPerson !== null && !person && unattached.has(localRef(a.documentId, q.speakerPerson));
      const lostPerson = q.speakerType === 'person' && !person && !bare;
      quotes.push({
        id: `${a.documentId}:q${i + 1}`,
        documentId: a.documentId,
        text: q.text,
        kind: q.kind,
        speaker: person ? person.name : q.speakerType === 'anonymous' || lostPerson ? null : q.speakerName,
        speakerId: person?.id ?? null,
        speakerType: lostPerson ? null : q.speakerType,
        description: q.description,
        via: q.via,
        clusterId: null,
        attribution: lostPerson ? 'none' : q.attribution,
        rule: lostPerson ? `${q.rule}, speaker not a person` : q.rule,
        span: q.span,
        context: doc ? doc.body.slice(q.context.start, q.context.end) : q.text,
      });
    });
    a.events.forEach((e, i) => {
      const ids = e.people.map((k) => idOf.get(localRef(a.documentId, k))).filter((x): x is string => !!x);
      events.push({
        id: `${a.documentId}:e${i + 1}`,
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
  const qClusters = clusterQuotes(quotes.map((q) => ({ id: q.id, documentId: q.documentId, text: q.text })));
  for (const q of quotes) q.clusterId = qClusters.get(q.id) ?? null;
  const eClusters = clusterEvents(events.map((e) => ({ id: e.id, date: e.date ?? '', summary: e.summary })));
  for (const e of events) e.clusterId = eClusters.get(e.id) ?? null;
  return {
    root: corpus.root,
    documents: corpus.documents,
    documentsById,
    quotes,
    people,
    events,
    warnings: corpus.warnings,
  };
}
