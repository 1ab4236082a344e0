/**
 * "Find sources" on a message: the quotes, reported statements and passages of the corpus
 * closest to a claim someone posted, so a server can check it in place.
 */
import type { App } from '../app/app.ts';
import { STOP_WORDS } from '../analysis/people/lexicon.ts';
import type { CorpusDocument } from '../documents/types.ts';
import { foldText } from '../text/fold.ts';
import type { PersonRecord, QuoteRecord, StatementRecord } from '../kb/types.ts';
import { meaningWords, type MeaningHit } from '../search/meaning-index.ts';
import { namesSpeaker, readClaim } from './claim.ts';
import type { QuoteResult, StatementResult } from './quotes.ts';

/** quotes, statements and passages the searches return, re-ranked by how much of the claim they carry */
const CANDIDATES = 30;

/** what a result shares with the claim: the claim's content words it carries, in the claim's order */
type Sharing = { shares: string[] };

export interface PassageResult {
  document: CorpusDocument;
  text: string;
  /** the claim's content words this passage carries, in the claim's order */
  shares: string[];
}

export interface FoundSources {
  quotes: (QuoteResult & Sharing)[];
  /** reported statements (not the exact words), shown after the quotes */
  statements: (StatementResult & Sharing)[];
  /** the quotes and statements above in the order they were ranked (for measuring lookups) */
  ranked: (QuoteResult | StatementResult)[];
  passages: PassageResult[];
}

/** How many results: `said` quotes and statements together (ranked alike), then `passages`. */
export interface FindLimits {
  said: number;
  passages: number;
}

const fold = (w: string): string => foldText(w).replace(/['’]s$/, '');
const wordsOf = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
// "sanction" and "sanctions", "halt" and "halted": one word, for what a passage shares with the claim
const same = (a: string, b: string): boolean =>
  a === b ||
  (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 3);

/**
 * How much of the claim a text carries: the share of the claim's distinct content words it has,
 * plus a bonus for each pair of them it has next to each other in the claim's order (a phrase).
 */
export function claimOverlap(claim: readonly string[], text: string): { score: number; shares: string[] } {
  const words = wordsOf(text);
  const distinct = [...new Set(claim)];
  const shares = distinct.filter((c) => words.some((w) => same(w, c)));
  let pairs = 0;
  for (let i = 0; i + 1 < claim.length; i++) {
    const a = claim[i]!;
    const b = claim[i + 1]!;
    if (words.some((w, j) => same(w, a) && j + 1 < words.length && same(words[j + 1]!, b))) pairs++;
  }
  const score = distinct.length
    ? shares.length / distinct.length + (claim.length > 1 ? (0.5 * pairs) / (claim.length - 1) : 0)
    : 0;
  return { score, shares };
}

/** Words that carry the claim: long enough to be content, most of a long message's filler dropped. */
export function claimWords(message: string): string {
  return (
    message
      .replace(/<a?:\w+:\d+>|<[@#][!&]?\d+>|https?:\/\/\S+/g, ' ')
      .replace(/[^\p{L}\p{N}'’\s-]+/gu, ' ')
      .split(/\s+/)
      // function words ("the", "with", "that") match everything and rank nothing
      .filter((w) => w.length >= 3 && !STOP_WORDS.has(w.toLowerCase()))
      .slice(0, 40)
      .join(' ')
  );
}

export function findSources(app: App, message: string, limits: FindLimits = { said: 3, passages: 2 }): FoundSources {
  // "Lee said the plan would fail": the words said are searched, Lee's are preferred
  const { speaker, content } = readClaim(message);
  const words = claimWords(content);
  if (!words) return { quotes: [], statements: [], ranked: [], passages: [] };
  const claim = words.split(/\s+/).map(fold).filter(Boolean);
  const { pool, nearness } = candidatesFor(app, words, speaker, content);
  const { quotes, statements, ranked: order } = pool ? said(claim, pool, limits.said, speaker, nearness) : NOTHING_SAID;
  const ranked = app
    .passages()
    .search(words, CANDIDATES)
    .map((p, i) => {
      const document = app.kb.documentsById.get(p.documentId);
      const text = document ? document.body.slice(p.start, p.end) : '';
      return { document, text, i, o: claimOverlap(claim, text) };
    })
    .sort((x, y) => y.o.score - x.o.score || x.i - y.i);
  const shown = [
    ...quotes.map((q) => [q.document, q.quote.text] as const),
    ...statements.map((s) => [s.document, s.statement.text] as const),
  ];
  const passages: PassageResult[] = [];
  for (const { document, text, o } of ranked) {
    if (!document) continue;
    // a passage that only repeats a quote or statement already shown adds nothing
    if (shown.some(([d, t]) => d.id === document.id && text.includes(t))) continue;
    passages.push({ document, text, shares: o.shares });
    if (passages.length >= limits.passages) break;
  }
  return { quotes, statements, ranked: order, passages };
}

/**
 * The quotes and statements worth weighing against a claim: those the search finds by its words, the
 * named speaker's with some of them and (since a paraphrase may share none) those of theirs nearest the
 * claim in meaning, and anyone's nearest in meaning; with how near in meaning each is (0 without word
 * vectors).
 */
function candidatesFor(
  app: App,
  words: string,
  speaker: string | null,
  content: string,
): { pool: Said | null; nearness: (r: QuoteRecord | StatementRecord) => number } {
  const answer = app.quotes.find({ query: words });
  const theirs = speaker ? app.quotes.find({ query: words, speaker }) : null;
  const meaning = app.meaning();
  const v = meaning?.vectorOf(meaningWords(content)) ?? null;
  // (only those near enough: the nearest of all may still be about something else)
  const near = meaning && v ? meaning.nearest(v, CANDIDATES).filter((h) => h.cosine >= MIN_NEARNESS) : [];
  // and what the named speaker said nearest in meaning, since a paraphrase may share none of the words
  const named = speaker ? app.people.find(speaker) : [];
  const theirsNear = meaning && v && named.length === 1 ? meaning.nearestOf(named[0]!.id, v, CANDIDATES) : [];
  const resultsOf = (hits: readonly MeaningHit[]): Said | null =>
    hits.length
      ? app.quotes.resultsOf(
          hits.flatMap((h) => ('quote' in h ? [h.quote] : [])),
          hits.flatMap((h) => ('statement' in h ? [h.statement] : [])),
        )
      : null;
  const sources = [
    [answer.kind === 'results' ? answer : null, CANDIDATES],
    [theirs?.kind === 'results' ? theirs : null, CANDIDATES],
    [resultsOf(theirsNear), CANDIDATES],
    [resultsOf(near), CANDIDATES],
  ] as const;
  const pool = sources.some(([a]) => a) ? merged(sources) : null;
  return { pool, nearness: (r) => (meaning && v ? Math.max(0, meaning.cosine(r, v)) : 0) };
}

const NOTHING_SAID: Pick<FoundSources, 'quotes' | 'statements' | 'ranked'> = { quotes: [], statements: [], ranked: [] };
const SPEAKER_WEIGHT = 0.8;
/** how much nearness in meaning (a cosine, 0 to 1) weighs beside the share of the claim's words */
const MEANING_WEIGHT = 1;
/** a record found by meaning alone must be at least this near (a cosine, the corpus' common direction taken out) */
const MIN_NEARNESS = 0.3;

type Said = { results: readonly QuoteResult[]; statements: readonly StatementResult[] };

/** The best candidates of the searches, each record once (the general search's order first). */
function merged(sources: readonly (readonly [Said | null, number])[]): Said {
  const results = new Map<string, QuoteResult>();
  const statements = new Map<string, StatementResult>();
  for (const [a, n] of sources) {
    for (const q of a?.results.slice(0, n) ?? []) if (!results.has(q.quote.id)) results.set(q.quote.id, q);
    for (const st of a?.statements.slice(0, n) ?? [])
      if (!statements.has(st.statement.id)) statements.set(st.statement.id, st);
  }
  return { results: [...results.values()], statements: [...statements.values()] };
}

/** Every name a record's speaker goes by: the person's name and aliases, or the name as the text gives it. */
function speakerNames(person: PersonRecord | null, as: string | null): string[] {
  return [...(person ? [person.name, ...person.aliases] : []), ...(as ? [as] : [])];
}

/**
 * The quotes and statements that carry the most of the claim, `limit` in all: the search's own
 * order favours rare words, so its best candidates of each kind are ranked again by how much of
 * the claim each carries, a statement as a quote (ties to the quote, then to the search's order).
 */
function said(
  claim: readonly string[],
  answer: Said,
  limit: number,
  speaker: string | null,
  nearness: (r: QuoteRecord | StatementRecord) => number,
): Pick<FoundSources, 'quotes' | 'statements' | 'ranked'> {
  // the speaker the claim names weighs as much as most of its words (not a filter: the name may be wrong)
  const bonus = (spoken: { person: PersonRecord | null }, as: string | null): number =>
    speaker && namesSpeaker(speaker, speakerNames(spoken.person, as)) ? SPEAKER_WEIGHT : 0;
  const candidates = [
    ...answer.results.map((q, i) => ({
      q,
      s: null,
      i,
      o: claimOverlap(claim, q.quote.text),
      b: bonus(q, q.quote.speaker) + MEANING_WEIGHT * nearness(q.quote),
    })),
    ...answer.statements.map((s, i) => ({
      q: null,
      s,
      i,
      o: claimOverlap(claim, s.statement.text),
      b: bonus(s, s.statement.speaker) + MEANING_WEIGHT * nearness(s.statement),
    })),
  ]
    .sort((x, y) => y.o.score + y.b - (x.o.score + x.b) || Number(!!x.s) - Number(!!y.s) || x.i - y.i)
    .slice(0, limit);
  const out: Pick<FoundSources, 'quotes' | 'statements' | 'ranked'> = { quotes: [], statements: [], ranked: [] };
  for (const { q, s, o } of candidates) {
    if (q) out.quotes.push({ ...q, shares: o.shares });
    if (s) out.statements.push({ ...s, shares: o.shares });
    out.ranked.push(q ?? s);
  }
  return out;
}
