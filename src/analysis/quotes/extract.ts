/**
 * Quotes of one document: spans, their speakers, kinds and intermediaries. Pure: the
 * document's text, sentences and people in; quote records (analysis offsets) out.
 *
 * Each span goes through, in order:
 *   1. kind rules that need no speaker: words quoted inside a quote (nested), a cited work
 *      (cited-title), a coined name or a phrase modifying a noun (named-term);
 *   2. the speaker rules of speaker-rules.ts (after-quote, continued-paragraph, according-to,
 *      verb-before, colon, quote-only-sentence), the first that finds a speaker standing;
 *   3. the kind: “critics call it a “giveaway”” names a term (calls-it); an organisation's or a
 *      document's words are `document`; a person's are direct or partial. Without a speaker, a
 *      short phrase is a term or title (unattributed), words of a document the sentence names are
 *      that document's (named-document), a summary's quotes are its original outlet's.
 * Every record names the rule that decided it (`rule`), so a wrong speaker can be traced.
 */
import { sentenceIndexAt } from '../sentences.ts';
import { foldWord } from '../tokens.ts';
import type { QuoteKind } from '../types.ts';
import type { Attribution, Speaker } from './attribution.ts';
import {
  isCitedTitle,
  isMidSentenceTitle,
  isModifierPhrase,
  isNamedTerm,
  speechKind,
  unattributedKind,
  wordCount,
} from './kinds.ts';
import { QuoteDocument, type ExtractedQuote, type QuoteInput, type RuleName } from './quote-document.ts';
import { findSpeaker, standsAlone, verbBeforeIndex, type QuoteSite } from './speaker-rules.ts';
import { findQuoteSpans } from './spans.ts';

export type { ExtractedQuote, QuoteInput, RuleName } from './quote-document.ts';

const DOCUMENT_HEADS = new Set(
  'act law bill order treaty accord accords agreement convention directive resolution amendment protocol charter declaration constitution code report statement memo memorandum letter guidance manual regulation rule rules policy strategy'.split(
    ' ',
  ),
);
// rules that run after the verb-before search, whose verb may be a "call" verb
const AFTER_VERB_SEARCH = new Set<RuleName>(['verb-before', 'colon', 'quote-only-sentence']);

/** The document as the attribution rules read it: quoted spans found, no quote recorded yet. */
export function quoteDocument(input: QuoteInput): QuoteDocument {
  return new QuoteDocument(input, findQuoteSpans(input.text));
}

/** Records the quotes of `d` (made from `input`) into `d.quotes` and returns them. */
export function extractQuotes(input: QuoteInput, d: QuoteDocument = quoteDocument(input)): ExtractedQuote[] {
  const { text, sentences, people } = input;
  for (const span of d.spans) {
    const si = sentenceIndexAt(sentences, span.start - 1);
    const ei = sentenceIndexAt(sentences, span.end);
    const sFirst = sentences[si]!;
    const sLast = sentences[Math.max(si, ei)]!;
    const q: QuoteSite = {
      span,
      quote: text.slice(span.start, span.end),
      si,
      sFirst,
      sLast,
      before: text.slice(sFirst.start, span.start - 1),
      prevQuote: d.lastDouble(),
    };
    const context = { start: sFirst.start, end: Math.max(sLast.end, span.end + 1) };
    const record = (
      kind: QuoteKind,
      rule: RuleName,
      speaker: Speaker | null = null,
      attribution: Attribution = 'none',
      via: string | null = null,
    ): void => {
      d.quotes.push({
        start: span.start,
        end: span.end,
        kind,
        speaker,
        attribution,
        via,
        context,
        marks: span.marks,
        rule,
      });
    };
    const { quote, before } = q;

    if (span.marks === 'single' || span.nestedIn !== null) {
      // words quoted inside someone's quote: a term, or words they report (speaker unknown)
      record(wordCount(quote) <= 6 ? 'term' : 'partial', 'nested');
      continue;
    }
    if (isCitedTitle(quote, before) || isMidSentenceTitle(quote, before)) {
      record('title', 'cited-title');
      continue;
    }
    if (isNamedTerm(quote, before) || isModifierPhrase(quote, text.slice(span.closeEnd, span.closeEnd + 30))) {
      record('term', 'named-term');
      continue;
    }
    const found = findSpeaker(d, q);
    if (found) {
      // "critics call it a “giveaway”": calling something a short phrase names it, a term; a named
      // person (or he/she) calling it so is quoted, a partial quote of theirs
      const v = AFTER_VERB_SEARCH.has(found.rule) && found.speaker?.type !== 'person' ? verbBeforeIndex(d, q) : null;
      if (
        v !== null &&
        /^call(?:s|ed|ing)?$/i.test(d.tokens[v]?.text ?? '') &&
        !/^for$/i.test(d.tokens[v + 1]?.text ?? '') &&
        wordCount(quote) <= 4
      ) {
        record('term', 'calls-it');
        continue;
      }
      const sp = found.speaker;
      const kind =
        sp?.type === 'org' || sp?.type === 'document'
          ? 'document'
          : speechKind(quote, before, found.introduced || standsAlone(d, q));
      // an unresolved pronoun: someone's words, not a term, and no speaker named
      if (!sp) record(kind, found.rule, null, 'none', null);
      else record(kind, found.rule, sp, found.attribution, found.via);
      continue;
    }
    const kind = unattributedKind(quote, before);
    if (kind) {
      record(kind, 'unattributed');
      continue;
    }
    // words of a document the sentence names (“a directive known as X … to establish “…””)
    const doc = people.others.find(
      (o) =>
        o.start >= sFirst.start &&
        o.end <= sLast.end &&
        o.type === 'org' &&
        DOCUMENT_HEADS.has(foldWord(o.text.split(/\s+/).at(-1) ?? '')) &&
        !d.inQuote(o.start),
    );
    if (doc) {
      const num = text.slice(doc.end).match(/^ (\d[\d.-]*)/);
      record(
        'document',
        'named-document',
        { type: 'document', person: null, text: doc.text + (num ? ` ${num[1]}` : '') },
        'implicit',
      );
      continue;
    }
    if (input.originalOutlet) {
      // a summary quoting the article it summarises
      record('document', 'original-outlet', { type: 'org', person: null, text: input.originalOutlet }, 'implicit');
      continue;
    }
    record(speechKind(quote, before, false), 'no-speaker');
  }
  return d.quotes;
}
