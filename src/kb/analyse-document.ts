/**
 * One document → its DocumentAnalysis (pure; no cross-document knowledge). Sentences are
 * split once and shared by every step: people first, then quotes (whose speakers are the
 * document's people), then dated events (with the people their clause names).
 */
import { startDocument } from '../analysis/nlp.ts';
import { extractEvents } from '../analysis/dates/index.ts';
import { findDocPeople } from '../analysis/people/local-people.ts';
import type { Speaker } from '../analysis/quotes/attribution.ts';
import { extractQuotes, quoteDocument } from '../analysis/quotes/extract.ts';
import { extractStatements, type ExtractedStatement } from '../analysis/statements/extract.ts';
import { sentences } from '../analysis/sentences.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { AnalysisInput } from '../analysis/types.ts';
import { analysisInput, bodySpan } from './document-text.ts';
import type {
  DocumentAnalysis,
  LocalEvent,
  LocalFurniture,
  LocalPerson,
  LocalQuote,
  LocalStatement,
} from './document-analysis.ts';

export function analyseDocument(doc: CorpusDocument): DocumentAnalysis {
  const input = analysisInput(doc);
  // the sentence splitter as the model has it, whatever was read before (see nlp.ts)
  startDocument();
  const sents = sentences(input.text);
  // outlets the metadata names are organisations wherever the text mentions them
  const outlets = [doc.outlet, doc.original?.outlet].filter((o): o is string => !!o);
  const found = findDocPeople(input.text, sents, outlets);
  const people: LocalPerson[] = found.people.map((p) => ({
    key: p.key,
    name: p.name,
    aliases: p.aliases,
    roles: p.roles,
    mentions: p.mentions.map((m) => ({
      ...bodySpan(doc, m.start, m.end),
      surface: input.source(m.start, m.end),
      sentence: m.sentence,
    })),
    confirmed: p.confirmed,
    placeLike: p.placeLike,
    placeContext: p.placeContext,
  }));
  // the original's outlet speaks for unattributed words only when this text is a copy or summary of it
  const originalOutlet = doc.original?.outlet && doc.original.outlet !== doc.outlet ? doc.original.outlet : null;
  const quoteInput = { text: input.text, sentences: sents, people: found, originalOutlet };
  const speech = quoteDocument(quoteInput);
  const extracted = extractQuotes(quoteInput, speech);
  // someone a speech verb names as a quote's speaker is a person, even if nothing else said so
  for (const q of extracted) {
    const key = q.attribution === 'explicit' && q.speaker?.type === 'person' ? q.speaker.person : null;
    const p = key !== null ? people[key] : undefined;
    // a lone capitalised word that only ever opens a sentence ("Speaking at a rally, …") is no such name
    const lone =
      key !== null &&
      !/\s/.test(found.people[key]!.name) &&
      found.people[key]!.mentions.every((m) => sents[m.sentence]?.start === m.start);
    // (a place word stays one: across the corpus it is a person only if someone has that surname)
    if (p && !lone && !p.confirmed && (!p.placeLike || p.placeContext)) p.confirmed = true;
  }
  const quotes: LocalQuote[] = extracted.map((q) => ({
    span: bodySpan(doc, q.start, q.end),
    text: input.source(q.start, q.end),
    kind: q.kind,
    ...speakerFields(q.speaker, people),
    via: q.via,
    attribution: q.attribution,
    rule: q.rule,
    context: bodySpan(doc, q.context.start, q.context.end),
  }));
  const events: LocalEvent[] = [];
  // mentions by start, so each clause finds its own by binary search (a long text has thousands of both)
  const byStart = found.mentions
    .map((m, i) => ({ start: m.mention.start, end: m.mention.end, i }))
    .sort((a, b) => a.start - b.start || a.i - b.i);
  const mentionsWithin = (start: number, end: number): number[] => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: number[] = [];
    for (let k = lo; k < byStart.length && byStart[k]!.start < end; k++)
      if (byStart[k]!.end <= end) out.push(byStart[k]!.i);
    // in the order the people analysis gave them
    return out.sort((a, b) => a - b);
  };
  for (const e of extractEvents(input, sents)) {
    if (!e.expression.date) continue;
    const inClause = new Set(mentionsWithin(e.clause.start, e.clause.end).map((i) => found.mentions[i]!.person));
    // "who retired in mid-2019 …" says who only through the name before it: the summary names them
    let summary = e.summary;
    const at = /^who\b/i.test(summary) ? input.text.indexOf(summary.slice(0, 40), e.clause.start) : -1;
    const antecedent =
      at >= 0
        ? found.mentions.find((m) => m.mention.end <= at && /^[,\s]*$/.test(input.text.slice(m.mention.end, at)))
        : undefined;
    if (antecedent) {
      const name = found.people[antecedent.person]!.name;
      const room = 200 - name.length - 2;
      // make room at a word boundary: the summary stays within 200 characters and never cuts a word
      const body = summary.length <= room ? summary : `${summary.slice(0, summary.lastIndexOf(' ', room - 1))}…`;
      summary = `${name}, ${body}`;
      inClause.add(antecedent.person);
    }
    events.push({
      date: e.expression.date,
      qualifier: e.expression.qualifier,
      ...(e.expression.rangeEnd ? { rangeEnd: e.expression.rangeEnd } : {}),
      dateText: input.source(e.expression.start, e.expression.end),
      text: input.source(e.clause.start, e.clause.end),
      summary,
      span: bodySpan(doc, e.clause.start, e.clause.end),
      people: [...inClause],
    });
  }
  const statements = extractStatements(speech).map((st) => localStatement(doc, input, people, st));
  const furniture: LocalFurniture[] = found.furniture.map((f) => ({
    span: bodySpan(doc, f.start, f.end),
    text: input.source(f.start, f.end),
    reason: f.reason,
  }));
  return { documentId: doc.id, people, quotes, statements, events, furniture };
}

/** A statement as the document analysis keeps it: body spans, source characters without quotation marks. */
function localStatement(
  doc: CorpusDocument,
  input: AnalysisInput,
  people: readonly LocalPerson[],
  st: ExtractedStatement,
): LocalStatement {
  const text = st.parts
    .map((p) => input.source(p.start, p.end))
    .join(' ')
    .replace(/[“”"«»]|``|''/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:.]+$/, '')
    .trim();
  return {
    span: bodySpan(doc, st.start, st.end),
    text,
    cue: input.source(st.cue.start, st.cue.end).replace(/\s+/g, ' '),
    ...speakerFields(st.speaker, people),
    attribution: st.attribution,
    rule: st.rule,
    context: bodySpan(doc, st.sentence.start, st.sentence.end),
  };
}

/** A quote's or statement's speaker as the analysis keeps it: a person of the document by key, else the text's name or description. */
function speakerFields(
  sp: Speaker | null,
  people: readonly LocalPerson[],
): Pick<LocalQuote, 'speakerPerson' | 'speakerName' | 'speakerType' | 'description'> {
  const person = sp?.type === 'person' ? sp.person : null;
  return {
    speakerPerson: person,
    speakerName: person !== null ? (people[person]?.name ?? null) : (sp?.text ?? null),
    speakerType: sp?.type ?? null,
    description: sp?.type === 'anonymous' ? sp.text : null,
  };
}
