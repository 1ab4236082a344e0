/**
 * Quotes of one document: spans, their speakers, kinds and intermediaries. Pure: the
 * document's text, sentences and people in; quote records (analysis offsets) out.
 */
import type { Sentence } from '../sentences.ts';
import { foldWord, tokenize } from '../tokens.ts';
import type { DocPeople } from '../people/local-people.ts';
import type { QuoteKind } from '../types.ts';
import { Attributor, tokenAt, type Attribution, type Speaker } from './attribution.ts';
import { speechKind, unattributedKind, wordCount } from './kinds.ts';
import { findQuoteSpans, type QuoteSpan } from './spans.ts';

export interface ExtractedQuote {
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: Speaker | null;
  attribution: Attribution;
  via: string | null;
  /** the sentence(s) around the quote */
  context: { start: number; end: number };
  marks: QuoteSpan['marks'];
}

export interface QuoteInput {
  text: string;
  sentences: readonly Sentence[];
  people: DocPeople;
  /** the outlet of the article this text republishes or summarises: its words stand unattributed */
  originalOutlet: string | null;
}

// between a speech verb and the quote it introduces: an addressee, a comma or colon, "that"
const INTRODUCED = /^\s*(?:(?:to\s+)?(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.’'-]*)*|me|us|him|her|them|reporters|\p{Ll}+ly)?\s*[,:]?\s*(?:that\s*)?$/u;
const DOCUMENT_HEADS = new Set('act law bill order treaty accord accords agreement convention directive resolution amendment protocol charter declaration constitution code report statement memo memorandum letter guidance manual regulation rule rules policy strategy'.split(' '));

function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function extractQuotes(input: QuoteInput): ExtractedQuote[] {
  const { text, sentences, people } = input;
  const spans = findQuoteSpans(text);
  const tokens = tokenize(text);
  const quoted = spans.map((s) => ({ start: s.start - 1, end: s.end + 1 }));
  const at = new Attributor({ text, tokens, sentences, mentions: people.mentions, others: people.others, quoted });
  const inQuote = (pos: number): boolean => quoted.some((q) => pos >= q.start && pos < q.end);

  /** subject of the nearest earlier sentence naming a person (outside quotes) */
  const resolvePronoun = (pos: number): number | null => {
    let si = sentenceIndexAt(sentences, pos);
    const stopParagraph = (sentences[si]?.paragraph ?? 0) - 1;
    for (let hops = 0; hops < 4 && si >= 0; hops++, si--) {
      const s = sentences[si]!;
      if (s.paragraph < stopParagraph) break;
      const first = people.mentions.find((m) => m.mention.start >= s.start && m.mention.end <= Math.min(s.end, pos) && !inQuote(m.mention.start));
      if (first) return first.person;
    }
    return null;
  };
  /** "the President": the last person mentioned with that title */
  const resolveTitle = (pos: number, word: string): number | null => {
    for (let i = people.mentions.length - 1; i >= 0; i--) {
      const m = people.mentions[i]!;
      if (m.mention.start >= pos || !m.mention.title) continue;
      if (m.mention.title.split(/\s+/).some((w) => foldWord(w) === word)) return m.person;
    }
    return null;
  };
  const toSpeaker = (np: ReturnType<Attributor['npEndingAt']> | ReturnType<Attributor['npStartingAt']>, pos: number): { speaker: Speaker | null; attribution: Attribution } | null => {
    if (!np) return null;
    if (np.speaker === 'pronoun') {
      const p = resolvePronoun(pos);
      return p === null ? null : { speaker: { type: 'person', person: p, text: null }, attribution: 'pronoun' };
    }
    if (np.speaker === 'plural') return null;
    if (np.speaker === 'the-title') {
      const p = resolveTitle(pos, np.titleWord ?? '');
      return p === null ? null : { speaker: { type: 'person', person: p, text: null }, attribution: 'pronoun' };
    }
    return { speaker: np.speaker, attribution: 'explicit' };
  };

  const out: ExtractedQuote[] = [];
  /** the speaker each sentence introduces without quoting (“X told me of a conclusion.”) */
  const introducedBy = (si: number): { speaker: Speaker; attribution: Attribution } | null => {
    const s = sentences[si];
    if (!s || spans.some((q) => q.start >= s.start && q.start < s.end)) return null;
    for (let v = tokenAt(tokens, s.end) - 1; v >= tokenAt(tokens, s.start); v--) {
      if (!at.isVerb(v)) continue;
      const r = toSpeaker(at.subjectOf(v, s.start), tokens[v]!.start);
      if (r?.speaker) return { speaker: r.speaker, attribution: 'explicit' };
    }
    return null;
  };

  spans.forEach((span, idx) => {
    const quote = text.slice(span.start, span.end);
    const si = sentenceIndexAt(sentences, span.start - 1);
    const ei = sentenceIndexAt(sentences, span.end);
    const sFirst = sentences[si]!;
    const sLast = sentences[Math.max(si, ei)]!;
    const context = { start: sFirst.start, end: Math.max(sLast.end, span.end + 1) };
    const before = text.slice(sFirst.start, span.start - 1);
    const afterEnd = Math.min(sLast.end + (sentences[ei + 1] && sentences[ei + 1]!.start - sLast.end < 4 ? sentences[ei + 1]!.end - sLast.end : 0), text.length);
    const record = (kind: QuoteKind, speaker: Speaker | null, attribution: Attribution, via: string | null = null): void => {
      out.push({ start: span.start, end: span.end, kind, speaker, attribution, via, context, marks: span.marks });
    };

    if (span.marks === 'single' || span.nestedIn !== null) {
      // words quoted inside someone's quote: a term, or words they report (speaker unknown)
      record(wordCount(quote) <= 6 ? 'term' : 'partial', null, 'none');
      return;
    }
    let found: { speaker: Speaker | null; attribution: Attribution } | null = null;
    let via: string | null = null;
    let introduced = false;

    // a continued paragraph of the same quote
    const prevQuote = out.filter((q) => q.marks === 'double').at(-1);
    if (span.continued && prevQuote?.speaker) found = { speaker: prevQuote.speaker, attribution: 'continuation' };

    // after the quote: “…,” said X / “…,” X said
    if (!found) {
      let j = tokenAt(tokens, span.end + 1);
      while (tokens[j] && !tokens[j]!.word && /^[,—–\-:;]$/.test(tokens[j]!.text)) j++;
      const t = tokens[j];
      if (t && t.start < afterEnd + 1 && !inQuote(t.start) && t.start - span.end < 6 && !text.slice(span.end, t.start).includes('\n')) {
        if (at.isVerb(j)) found = toSpeaker(at.npStartingAt(j + 1), t.start);
        if (!found) {
          const np = at.npStartingAt(j);
          if (np) {
            let k = np.endIndex + 1;
            while (tokens[k] && tokens[k]!.word && /^(?:also|then|later|has|had|have|would|once|recently|previously|reportedly|further|again|\p{L}+ly)$/iu.test(tokens[k]!.text)) k++;
            if (at.isVerb(k)) {
              found = toSpeaker(np, t.start);
              via = at.viaAfter(k);
            }
          }
        }
      }
    }
    // according to X / in the words of X, anywhere in the sentence
    if (!found) {
      const np = at.accordingTo(sFirst.start, sLast.end);
      if (np) found = toSpeaker(np, span.start);
    }
    // a speech verb before the quote in its sentence
    if (!found) {
      const short = wordCount(quote) <= 5;
      const v = at.verbBefore(span.start - 1, sFirst.start, short ? 12 : undefined);
      if (v !== null) {
        const verb = tokens[v]!;
        const participle = /ing$/i.test(verb.text);
        let np = participle ? null : at.subjectOf(v, sFirst.start);
        if (!np) np = at.clauseSubject(sFirst.start, verb.start);
        found = toSpeaker(np, verb.start);
        if (found) {
          via = at.viaAfter(v);
          const between = text.slice(verb.end, span.start - 1);
          introduced = INTRODUCED.test(between);
        }
      }
    }
    // a colon introduces the subject's words
    if (!found && /:\s*$/.test(before)) {
      const np = at.clauseSubject(sFirst.start, span.start - 1);
      if (np) found = toSpeaker(np, span.start);
      introduced = true;
    }
    // a sentence that is only the quote
    const alone = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(text.slice(span.end + 1, sLast.end));
    if (!found && alone) {
      const intro = introducedBy(si - 1);
      if (intro) found = intro;
      else if (prevQuote?.speaker && sentences[sentenceIndexAt(sentences, prevQuote.start)]!.paragraph >= sFirst.paragraph - 1) {
        found = { speaker: prevQuote.speaker, attribution: 'continuation' };
      }
      introduced = true;
    }
    if (via && /^(?:me|us|him|her|them|reporters)$/i.test(via)) via = null;

    if (found?.speaker) {
      const sp = found.speaker;
      if (sp.type === 'org' || sp.type === 'document') {
        record('document', sp, found.attribution, via);
      } else {
        record(speechKind(quote, before, introduced || alone), sp, found.attribution, via);
      }
      return;
    }
    const kind = unattributedKind(quote, before);
    if (kind) {
      record(kind, null, 'none');
      return;
    }
    // words of a document the sentence names (“a directive known as X … to establish “…””)
    const doc = people.others.find((o) => o.start >= sFirst.start && o.end <= sLast.end && o.type === 'org' && DOCUMENT_HEADS.has(foldWord(o.text.split(/\s+/).at(-1) ?? '')) && !inQuote(o.start));
    if (doc) {
      const num = text.slice(doc.end).match(/^ (\d[\d.\-]*)/);
      record('document', { type: 'document', person: null, text: doc.text + (num ? ` ${num[1]}` : '') }, 'implicit');
      return;
    }
    if (input.originalOutlet) {
      // a summary quoting the article it summarises
      record('document', { type: 'org', person: null, text: input.originalOutlet }, 'implicit');
      return;
    }
    record(speechKind(quote, before, false), null, 'none');
    void idx;
  });
  return out;
}
