/**
 * Quotes of one document: spans, their speakers, kinds and intermediaries. Pure: the
 * document's text, sentences and people in; quote records (analysis offsets) out.
 */
import { sentenceIndexAt, type Sentence } from '../sentences.ts';
import { foldWord, tokenAt } from '../tokens.ts';
import { GROUP_NOUNS, ROLE_NOUNS, STOP_WORDS } from '../people/lexicon.ts';
import { isCapitalised } from '../people/mentions.ts';
import type { DocPeople } from '../people/local-people.ts';
import type { QuoteKind } from '../types.ts';
import { Attributor, type Attribution, type Speaker } from './attribution.ts';
import { isCitedTitle, isMidSentenceTitle, isModifierPhrase, isNamedTerm, speechKind, unattributedKind, wordCount } from './kinds.ts';
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
// a role noun and the abbreviations of titles that mean it
const TITLE_SHORT: Record<string, string[]> = {
  senator: ['sen'], representative: ['rep'], governor: ['gov'], general: ['gen'], president: ['pres'],
  secretary: ['sec'], professor: ['prof'], lieutenant: ['lt'], colonel: ['col'], captain: ['capt'], admiral: ['adm'],
  congressman: ['rep'], congresswoman: ['rep'], lawmaker: ['sen', 'rep', 'senator', 'representative', 'congressman', 'congresswoman'],
};
const MODIFIED_BY_NAMES = new Set('campaign administration team camp era presidency family allies aides supporters loyalists voters base rally rallies doctrine policy policies plan plans'.split(' '));
const isGapWord = (w: string): boolean => /^(?:also|then|later|again|once|further|\p{Ll}+ly)$/iu.test(w);
const DOCUMENT_HEADS = new Set('act law bill order treaty accord accords agreement convention directive resolution amendment protocol charter declaration constitution code report statement memo memorandum letter guidance manual regulation rule rules policy strategy'.split(' '));

export function extractQuotes(input: QuoteInput): ExtractedQuote[] {
  const { text, sentences, people } = input;
  const spans = findQuoteSpans(text);
  const tokens = people.index.tokens;
  const quoted = spans.filter((s) => s.nestedIn === null).map((s) => ({ start: s.start - 1, end: s.end + 1 }));
  // a weak one-word name ("Read more") is nobody's antecedent
  const salient = people.mentions.filter((m) => people.people[m.person]?.salient);
  // "Romney campaign manager Matt Rhoades": a name used as a modifier is not who the sentence is about
  const confirmed = salient.filter((m) => {
    const next = tokens[tokenAt(tokens, m.mention.end)];
    const w = next && next.word && /^\p{Ll}/u.test(next.text) ? foldWord(next.text) : '';
    return !(w && (ROLE_NOUNS.has(w) || GROUP_NOUNS.has(w) || MODIFIED_BY_NAMES.has(w)));
  });
  // outer spans do not overlap and are sorted: the one that may hold pos is the last starting before it
  const inQuote = (pos: number): boolean => {
    const q = quoted[sentenceIndexAt(quoted, pos)];
    return !!q && pos >= q.start && pos < q.end;
  };
  const at = new Attributor({ text, tokens, sentences, mentions: people.mentions, others: people.others, inQuote, confirmed: (p) => !!people.people[p]?.confirmed });
  /** the punctuation token k ends a sentence (not "N.Y.," or "Jr.,"): a space and a capital or quote follow */
  const endsSentence = (k: number): boolean => {
    const next = tokens[k + 1];
    if (!next) return true;
    const prev = tokens[k - 1];
    if (prev && /^\p{Lu}$/u.test(prev.text)) return false;
    return /\s/.test(text.slice(tokens[k]!.end, next.start)) && /^[\p{Lu}“"‘']/u.test(next.text);
  };

  /**
   * he/she: the person the text is about at that point. In the clause before the pronoun, its
   * first person; else the subject of the latest earlier sentence naming a person, unless a
   * later quote was attributed to someone (a pronoun continues the last speaker).
   */
  /** the person a speech verb of sentence k (outside quotes) has as its named subject */
  const speakerOfSentence = (k: number): { person: number; at: number } | 'pronoun' | null => {
    const s = sentences[k]!;
    for (let v = tokenAt(tokens, s.start); v < tokens.length && tokens[v]!.start < s.end; v++) {
      if (!at.isVerb(v)) continue;
      const np = at.subjectOf(v, s.start) ?? (at.takesAddressee(v) ? null : at.npStartingAt(v + 1));
      // "“…,” he told the Magazine’s X": the sentence is about someone named before
      if (np?.speaker === 'pronoun') return 'pronoun';
      if (np && typeof np.speaker === 'object' && np.speaker.type === 'person' && np.speaker.person !== null && people.people[np.speaker.person]?.salient) {
        return { person: np.speaker.person, at: tokens[v]!.start };
      }
    }
    return null;
  };
  /** "In an interview with ABC's X, he said": a name in an opening phrase is not the sentence's subject */
  const mainClauseStart = (s: Sentence, limit: number): number => {
    if (!/^(?:in|on|at|after|before|during|with|when|as|while|speaking|asked|according)\b/i.test(text.slice(s.start, s.start + 12))) return s.start;
    const comma = text.indexOf(',', s.start);
    return comma > 0 && comma < Math.min(limit, s.end) ? comma : s.start;
  };
  const resolvePronoun = (pos: number, pronoun: string): number | null => {
    const want = /^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : null;
    const fits = (m: { person: number }): boolean => {
      const g = people.people[m.person]?.gender ?? null;
      return !want || !g || g === want;
    };
    const si = sentenceIndexAt(sentences, pos);
    const here = sentences[si]!;
    const clauseStart = mainClauseStart(here, pos);
    const inClause = confirmed.find((m) => m.mention.start >= clauseStart && m.mention.end <= pos && !inQuote(m.mention.start) && fits(m));
    if (inClause) return inClause.person;
    let subject: { person: number; at: number } | null = null;
    for (let k = si - 1; k >= 0 && si - k <= 12; k--) {
      const s = sentences[k]!;
      if (here.paragraph - s.paragraph > 5) break;
      // "He said he started drinking the day X touched him": a sentence about "he" names him only further back
      // "In an interview with X, he …": the sentence's subject is after its opening phrase
      let o = tokenAt(tokens, mainClauseStart(s, s.end) + (mainClauseStart(s, s.end) > s.start ? 1 : 0));
      if (/^(?:and|but|then|so|yet)$/i.test(tokens[o]?.text ?? '')) o++;
      if (tokens[o] && /^(?:he|she)$/i.test(tokens[o]!.text)) continue;
      // "A mother who attended … told reporters …": the text is about someone it does not name
      if (tokens[o] && /^(?:a|an|one)$/i.test(tokens[o]!.text) && /^\p{Ll}/u.test(tokens[o + 1]?.text ?? '') && !confirmed.some((m) => m.mention.start >= s.start && m.mention.start < (tokens[o + 4]?.start ?? s.end))) return null;
      // the person a speech verb of the sentence has as subject ("…, Mr. Sargent notes"), else its first person
      const speaking = speakerOfSentence(k);
      if (speaking === 'pronoun') continue;
      if (speaking !== null && fits({ person: speaking.person })) {
        subject = speaking;
        break;
      }
      const first = confirmed.find((m) => m.mention.start >= mainClauseStart(s, s.end) && m.mention.end <= s.end && !inQuote(m.mention.start) && fits(m));
      if (first) {
        subject = { person: first.person, at: first.mention.start };
        break;
      }
    }
    const last = [...out].reverse().find((q) => q.speaker?.type === 'person' && q.start < pos && q.speaker.person !== null && fits({ person: q.speaker.person }));
    if (last && last.speaker!.person !== null && (!subject || last.start > subject.at) && here.paragraph - (sentences[sentenceIndexAt(sentences, last.start)]?.paragraph ?? 0) <= 3) return last.speaker!.person;
    return subject?.person ?? null;
  };
  /** "the President", "the senator": the last person mentioned with that title or role */
  const resolveTitle = (pos: number, word: string): number | null => {
    const forms = new Set([word, ...(TITLE_SHORT[word] ?? [])]);
    for (let i = confirmed.length - 1; i >= 0; i--) {
      const m = confirmed[i]!;
      if (m.mention.start >= pos) continue;
      const roles = [m.mention.title ?? '', ...(people.people[m.person]?.roles ?? [])].join(' ');
      if (roles.split(/\s+/).some((w) => forms.has(foldWord(w)))) return m.person;
    }
    return null;
  };
  const toSpeaker = (np: ReturnType<Attributor['npEndingAt']> | ReturnType<Attributor['npStartingAt']>, pos: number): { speaker: Speaker | null; attribution: Attribution } | null => {
    if (!np) return null;
    if (np.speaker === 'pronoun') {
      const p = resolvePronoun(pos, np.titleWord ?? '');
      return p === null ? null : { speaker: { type: 'person', person: p, text: null }, attribution: 'pronoun' };
    }
    if (np.speaker === 'plural') {
      // "they said", "it states": the group or document quoted just before
      const last = lastDouble();
      if (last?.speaker && last.speaker.type !== 'person' && pos - last.end < 600) return { speaker: last.speaker, attribution: 'pronoun' };
      return null;
    }
    if (np.speaker === 'the-title') {
      const p = resolveTitle(pos, np.titleWord ?? '');
      if (p === null) return np.phrase ? { speaker: { type: 'anonymous', person: null, text: np.phrase }, attribution: 'explicit' } : null;
      return { speaker: { type: 'person', person: p, text: null }, attribution: 'pronoun' };
    }
    return { speaker: np.speaker, attribution: 'explicit' };
  };

  const out: ExtractedQuote[] = [];
  /** the last quote recorded that is not nested in another */
  const lastDouble = (): ExtractedQuote | undefined => {
    for (let i = out.length - 1; i >= 0; i--) if (out[i]!.marks === 'double') return out[i];
    return undefined;
  };
  /** the speaker each sentence introduces without quoting (“X told me of a conclusion.”) */
  const introducedBy = (si: number): { speaker: Speaker; attribution: Attribution } | null => {
    const s = sentences[si];
    if (!s || spans.some((q) => q.start - 1 < s.end && q.closeEnd > s.start)) return null;
    for (let v = tokenAt(tokens, s.end) - 1; v >= tokenAt(tokens, s.start); v--) {
      if (!at.isVerb(v)) continue;
      // "…, says Howard Bunsis, a professor." then the quote: the inverted speaker introduces it too
      const r = toSpeaker(at.subjectOf(v, s.start) ?? (at.takesAddressee(v) ? null : at.npStartingAt(v + 1)), tokens[v]!.start);
      if (r?.speaker) return { speaker: r.speaker, attribution: 'explicit' };
    }
    return null;
  };

  spans.forEach((span) => {
    const quote = text.slice(span.start, span.end);
    const si = sentenceIndexAt(sentences, span.start - 1);
    const ei = sentenceIndexAt(sentences, span.end);
    const sFirst = sentences[si]!;
    const sLast = sentences[Math.max(si, ei)]!;
    const context = { start: sFirst.start, end: Math.max(sLast.end, span.end + 1) };
    const before = text.slice(sFirst.start, span.start - 1);
    const record = (kind: QuoteKind, speaker: Speaker | null, attribution: Attribution, via: string | null = null): void => {
      out.push({ start: span.start, end: span.end, kind, speaker, attribution, via, context, marks: span.marks });
    };

    if (span.marks === 'single' || span.nestedIn !== null) {
      // words quoted inside someone's quote: a term, or words they report (speaker unknown)
      record(wordCount(quote) <= 6 ? 'term' : 'partial', null, 'none');
      return;
    }
    if (isCitedTitle(quote, before) || isMidSentenceTitle(quote, before)) {
      record('title', null, 'none');
      return;
    }
    if (isNamedTerm(quote, before) || isModifierPhrase(quote, text.slice(span.closeEnd, span.closeEnd + 30))) {
      record('term', null, 'none');
      return;
    }
    let found: { speaker: Speaker | null; attribution: Attribution } | null = null;
    let via: string | null = null;
    let introduced = false;
    let lastVerb: number | null = null;

    const prevQuote = lastDouble();

    // after the quote: “…,” said X / “…,” X said / “…,” former official and retired Admiral X said /
    // “…” or other advantages, says X. A quote that ends its own sentence takes only “X said.”
    if (!found) {
      let j = tokenAt(tokens, span.closeEnd);
      while (tokens[j] && !tokens[j]!.word && /^[,—–\-:;'"]$/.test(tokens[j]!.text)) j++;
      const t = tokens[j];
      const sameParagraph = (x: { start: number }): boolean => !text.slice(span.end, x.start).includes('\n');
      const ended = /[.!?…]\s*$/.test(quote) && !/,\s*$/.test(text.slice(span.closeEnd, span.closeEnd + 2));
      // after a quote that ended its sentence, the next words must open a noun phrase (“X, a professor, said.”)
      const opensNp = !!t && (/^(?:the|a|an|one|two|three|another|several|some|many|his|her|their)$/i.test(t.text) || (isCapitalised(t) && !STOP_WORDS.has(t.text.toLowerCase())) || /^(?:he|she|they)$/i.test(t.text));
      const reach = ended ? (opensNp ? 30 : 0) : 30;
      if (t && !inQuote(t.start) && sameParagraph(t)) {
        for (let k = j; k < j + reach && tokens[k] && sameParagraph(tokens[k]!); k++) {
          const x = tokens[k]!;
          if (inQuote(x.start) || /^[“";]$/.test(x.text) || (/^[.!?]$/.test(x.text) && endsSentence(k))) break;
          if (!at.isVerb(k)) continue;
          // “…?” Strzok replied: “…”: a verb before a colon or a new quote introduces the next quote, not this one
          const next = tokens[k + 1];
          if (ended && next && (next.text === ':' || /^[“"]$/.test(next.text))) break;
          // after a quote that ended its sentence, “X said.” ends there too (or goes on with when and
          // where: “in a statement”, “Monday”); “Leaders say it’s important …” is a new statement
          if (ended && next && next.word && !/^(?:in|on|at|during|after|before|from|to|via|through|of|with|last|this|earlier|later|today|yesterday|recently|again|also|then)$/i.test(next.text) && !/^\p{Lu}/u.test(next.text)) break;
          // “…,” said X · “…” to the complex, said X: a verb right after a comma takes the name after it
          const afterComma = tokens[k - 1]?.text === ',' && !at.takesAddressee(k) && !!at.npStartingAt(k + 1);
          const inverted = k === j || (k === j + 1 && isGapWord(tokens[j]!.text)) || afterComma;
          const subject = inverted ? null : at.subjectOf(k, t.start, true);
          if (ended && !inverted && subject && subject.start > t.start && !confirmed.some((m) => m.mention.start === t.start || m.mention.nameStart === t.start)) break;
          found = inverted ? toSpeaker(at.npStartingAt(k + 1), x.start) : toSpeaker(subject, t.start);
          if (!found && !inverted) {
            // “…,” Mike Thompson from London, told the BBC: the person between the quote and the verb
            const named = confirmed.find((m) => m.mention.start >= t.start && m.mention.end <= x.start);
            if (named) found = { speaker: { type: 'person', person: named.person, text: null }, attribution: 'explicit' };
          }
          if (found) via = at.viaAfter(k);
          break;
        }
      }
    }
    // a continued paragraph of the same quote, unless it names its own speaker
    if (span.continued && prevQuote?.speaker && (!found || found.attribution === 'pronoun')) found = { speaker: prevQuote.speaker, attribution: 'continuation' };
    // according to X / in the words of X, anywhere in the sentence
    if (!found) {
      const np = at.accordingTo(sFirst.start, sLast.end);
      if (np) found = toSpeaker(np, span.start);
    }
    // a speech verb before the quote in its sentence
    if (!found) {
      const short = wordCount(quote) <= 5;
      const v = at.verbBefore(span.start - 1, sFirst.start, short ? 12 : undefined);
      lastVerb = v;
      if (v !== null) {
        const verb = tokens[v]!;
        const participle = /ing$/i.test(verb.text);
        let np: ReturnType<Attributor['npEndingAt']> | ReturnType<Attributor['npStartingAt']> = participle ? null : at.subjectOf(v, sFirst.start, true);
        // "Blair quoted Clinton as saying, “…”": the one quoted speaks; the one quoting is the intermediary
        const quotedAs = /^(?:saying|says)$/i.test(verb.text) && /^as$/i.test(tokens[v - 1]?.text ?? '') ? at.quotedBy(v - 1, sFirst.start) : null;
        if (quotedAs) {
          np = quotedAs.np;
          via = quotedAs.via;
        }
        // “…,” said Raymond, “…”: the second part of a split quote
        if (!np && !participle && !at.takesAddressee(v)) np = at.npStartingAt(v + 1);
        if (!np) np = at.clauseSubject(sFirst.start, verb.start);
        found = toSpeaker(np, verb.start);
        if (found) {
          via ??= at.viaAfter(v);
          const between = text.slice(verb.end, span.start - 1);
          introduced = INTRODUCED.test(between);
        }
      }
    }
    // a colon introduces the subject's words
    if (!found && /:\s*$/.test(before)) {
      // the clause with the colon: after the last ", and" / ", but" / ";" of the sentence
      const cut = Math.max(before.lastIndexOf(', and '), before.lastIndexOf(', but '), before.lastIndexOf('; '));
      const np = at.clauseSubject(cut > 0 ? sFirst.start + cut + 2 : sFirst.start, span.start - 1);
      if (np) found = toSpeaker(np, span.start);
      introduced = true;
    }
    // a sentence that is only the quote
    // only the quote: no words before it in its sentence, none after it (nor a lower-case word going on in the next)
    const goesOn = /^[\s,;:—–-]*\p{Ll}/u.test(text.slice(span.closeEnd, span.closeEnd + 40).split('\n')[0] ?? '');
    const alone = !goesOn && !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(text.slice(span.end + 1, sLast.end));
    if (!found && alone) {
      const intro = introducedBy(si - 1);
      if (intro) found = intro;
      else if (prevQuote?.speaker && sentences[sentenceIndexAt(sentences, prevQuote.start)]!.paragraph >= sFirst.paragraph - 1) {
        found = { speaker: prevQuote.speaker, attribution: 'continuation' };
      }
      introduced = true;
    }
    if (via && /^(?:me|us|him|her|them|reporters)$/i.test(via)) via = null;

    // "critics call it a “giveaway”": calling something a short phrase names it, a term
    if (found?.speaker && lastVerb !== null && /^call(?:s|ed|ing)?$/i.test(tokens[lastVerb]?.text ?? '') && wordCount(quote) <= 4) {
      record('term', null, 'none');
      return;
    }
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
  });
  return out;
}
