/**
 * What the attribution rules know of one document: its text, tokens, sentences and people, the
 * Attributor that reads noun phrases and verbs, and the quotes recorded so far (a pronoun or a
 * quote-only sentence looks back at them). Resolving a pronoun or "the senator" to a person of
 * the document happens here, so that every rule resolves them the same way.
 */
import { paragraphs, sentenceIndexAt, type Sentence, type TextRange } from '../sentences.ts';
import { foldWord, tokenAt, type Token } from '../tokens.ts';
import { GROUP_NOUNS, ROLE_NOUNS } from '../people/lexicon.ts';
import type { DocPeople } from '../people/local-people.ts';
import type { QuoteKind } from '../types.ts';
import { Attributor, type Attribution, type Speaker } from './attribution.ts';
import type { QuoteSpan } from './spans.ts';

/** Which rule gave a quote its speaker or its kind (the export shows it with --explain). */
export type RuleName =
  | 'nested'
  | 'cited-title'
  | 'named-term'
  | 'transcript-label'
  | 'after-quote'
  | 'credit-line'
  | 'continued-paragraph'
  | 'according-to'
  | 'as-put-it'
  | 'verb-before'
  | 'colon'
  | 'quote-only-sentence'
  | 'possessive-before'
  | 'clause-subject'
  | 'calls-it'
  | 'unattributed'
  | 'named-document'
  | 'original-outlet'
  | 'no-speaker';

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
  rule: RuleName;
}

export interface QuoteInput {
  text: string;
  sentences: readonly Sentence[];
  people: DocPeople;
  /** the outlet of the article this text republishes or summarises: its words stand unattributed */
  originalOutlet: string | null;
}

/** A noun phrase as the Attributor reads it: a speaker, or a pronoun/title still to resolve. */
export type NounPhrase = ReturnType<Attributor['npEndingAt']> | ReturnType<Attributor['npStartingAt']>;

// a role noun and the abbreviations of titles that mean it
const TITLE_SHORT: Record<string, string[]> = {
  senator: ['sen'],
  representative: ['rep'],
  governor: ['gov'],
  general: ['gen'],
  president: ['pres'],
  secretary: ['sec'],
  professor: ['prof'],
  lieutenant: ['lt'],
  colonel: ['col'],
  captain: ['capt'],
  admiral: ['adm'],
  congressman: ['rep'],
  congresswoman: ['rep'],
  lawmaker: ['sen', 'rep', 'senator', 'representative', 'congressman', 'congresswoman'],
};
const MODIFIED_BY_NAMES = new Set(
  'campaign administration team camp era presidency family allies aides supporters loyalists voters base rally rallies doctrine policy policies plan plans'.split(
    ' ',
  ),
);

type PersonMention = DocPeople['mentions'][number];

export class QuoteDocument {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly people: DocPeople;
  readonly tokens: readonly Token[];
  readonly spans: QuoteSpan[];
  readonly at: Attributor;
  /** mentions of people who can be antecedents: salient, and not a modifier ("Romney campaign manager X") */
  readonly confirmed: PersonMention[];
  /** person mentions by where they start (name or title) and end, for the rules' lookups */
  private readonly mentionByStart = new Map<number, PersonMention>();
  private readonly mentionByEnd = new Map<number, PersonMention>();
  private readonly confirmedByEnd = new Map<number, PersonMention>();
  private readonly confirmedByStart = new Map<number, PersonMention>();
  /** the quotes recorded so far, in text order */
  readonly quotes: ExtractedQuote[] = [];
  private readonly quoted: { start: number; end: number }[];
  private readonly paragraphs: TextRange[];

  constructor(input: QuoteInput, spans: QuoteSpan[]) {
    this.text = input.text;
    this.sentences = input.sentences;
    this.people = input.people;
    this.spans = spans;
    this.paragraphs = paragraphs(input.text);
    const tokens = input.people.index.tokens;
    this.tokens = tokens;
    this.quoted = spans.filter((s) => s.nestedIn === null).map((s) => ({ start: s.start - 1, end: s.end + 1 }));
    // a weak one-word name ("Read more") is nobody's antecedent
    const salient = input.people.mentions.filter((m) => input.people.people[m.person]?.salient);
    // "Romney campaign manager Matt Rhoades": a name used as a modifier is not who the sentence is about
    this.confirmed = salient.filter((m) => {
      const next = tokens[tokenAt(tokens, m.mention.end)];
      const w = next && next.word && /^\p{Ll}/u.test(next.text) ? next.folded : '';
      return !(w && (ROLE_NOUNS.has(w) || GROUP_NOUNS.has(w) || MODIFIED_BY_NAMES.has(w)));
    });
    for (const m of input.people.mentions) {
      if (!this.mentionByStart.has(m.mention.start)) this.mentionByStart.set(m.mention.start, m);
      if (!this.mentionByStart.has(m.mention.nameStart)) this.mentionByStart.set(m.mention.nameStart, m);
      if (!this.mentionByEnd.has(m.mention.end)) this.mentionByEnd.set(m.mention.end, m);
    }
    for (const m of this.confirmed) {
      if (!this.confirmedByEnd.has(m.mention.end)) this.confirmedByEnd.set(m.mention.end, m);
      for (const at of [m.mention.start, m.mention.nameStart])
        if (!this.confirmedByStart.has(at)) this.confirmedByStart.set(at, m);
    }
    this.at = new Attributor({
      text: input.text,
      tokens,
      sentences: input.sentences,
      mentions: input.people.mentions,
      others: input.people.others,
      inQuote: (pos) => this.inQuote(pos),
      confirmed: (p) => !!input.people.people[p]?.confirmed,
    });
  }

  /** the person mention starting (name or title) at pos */
  mentionStartingAt(pos: number): PersonMention | undefined {
    return this.mentionByStart.get(pos);
  }

  /** the person mention ending at pos */
  mentionEndingAt(pos: number): PersonMention | undefined {
    return this.mentionByEnd.get(pos);
  }

  /** the antecedent-worthy mention starting (name or title) at pos */
  confirmedStartingAt(pos: number): PersonMention | undefined {
    return this.confirmedByStart.get(pos);
  }

  /** the antecedent-worthy mention ending at pos */
  confirmedEndingAt(pos: number): PersonMention | undefined {
    return this.confirmedByEnd.get(pos);
  }

  /** the position is inside an outer quoted span, marks included */
  inQuote(pos: number): boolean {
    // outer spans do not overlap and are sorted: the one that may hold pos is the last starting before it
    const q = this.quoted[sentenceIndexAt(this.quoted, pos)];
    return !!q && pos >= q.start && pos < q.end;
  }

  /** the punctuation token k ends a sentence (not "N.Y.," or "Jr.,"): a space and a capital or quote follow */
  endsSentence(k: number): boolean {
    const next = this.tokens[k + 1];
    if (!next) return true;
    const prev = this.tokens[k - 1];
    if (prev && /^\p{Lu}$/u.test(prev.text)) return false;
    return /\s/.test(this.text.slice(this.tokens[k]!.end, next.start)) && /^[\p{Lu}“"‘']/u.test(next.text);
  }

  /** the last quote recorded that someone says (no title or term), not nested in another */
  lastSpeech(): ExtractedQuote | undefined {
    for (let i = this.quotes.length - 1; i >= 0; i--) {
      const q = this.quotes[i]!;
      if (q.marks === 'double' && q.kind !== 'title' && q.kind !== 'term') return q;
    }
    return undefined;
  }

  /** the paragraph holding pos */
  paragraphOf(pos: number): TextRange {
    return this.paragraphs[sentenceIndexAt(this.paragraphs, pos)]!;
  }

  paragraphAfter(p: TextRange): TextRange | undefined {
    return this.paragraphs[sentenceIndexAt(this.paragraphs, p.start) + 1];
  }

  paragraphBefore(p: TextRange): TextRange | undefined {
    const i = sentenceIndexAt(this.paragraphs, p.start);
    return i > 0 ? this.paragraphs[i - 1] : undefined;
  }

  /** where the paragraph of sentence si starts */
  paragraphStart(si: number): number {
    return this.paragraphs[this.sentences[si]!.paragraph]?.start ?? -1;
  }

  /** the last quote recorded that is not nested in another */
  lastDouble(): ExtractedQuote | undefined {
    for (let i = this.quotes.length - 1; i >= 0; i--) if (this.quotes[i]!.marks === 'double') return this.quotes[i];
    return undefined;
  }

  /** the person a speech verb of sentence k (outside quotes) has as its named subject */
  speakerOfSentence(k: number): { person: number; at: number } | 'pronoun' | { title: string; at: number } | null {
    const s = this.sentences[k]!;
    const tokens = this.tokens;
    for (let v = tokenAt(tokens, s.start); v < tokens.length && tokens[v]!.start < s.end; v++) {
      if (!this.at.isVerb(v)) continue;
      const np = this.at.subjectOf(v, s.start) ?? (this.at.invertsSubject(v) ? this.at.npStartingAt(v + 1) : null);
      // "“…,” he told the Magazine’s X": the sentence is about someone named before
      if (np?.speaker === 'pronoun') return 'pronoun';
      // "The president said …": the sentence is about whoever holds that title
      if (np?.speaker === 'the-title' && np.titleWord) return { title: np.titleWord, at: tokens[v]!.start };
      if (
        np &&
        typeof np.speaker === 'object' &&
        np.speaker.type === 'person' &&
        np.speaker.person !== null &&
        this.people.people[np.speaker.person]?.salient
      ) {
        return { person: np.speaker.person, at: tokens[v]!.start };
      }
    }
    return null;
  }

  /** "In an interview with ABC's X, he said": a name in an opening phrase is not the sentence's subject */
  mainClauseStart(s: Sentence, limit: number): number {
    const opening = this.text.slice(s.start, s.start + 16);
    if (/^\p{Lu}\p{Ll}+ing\b/u.test(opening) && !/^(?:during|according)\b/i.test(opening)) {
      // "Addressing leaders - including X - he said": an opening participial phrase runs to the last
      // comma or dash before the clause's subject
      const head = this.text.slice(s.start, Math.min(limit, s.end));
      const cut = Math.max(
        head.lastIndexOf(','),
        head.lastIndexOf(' - '),
        head.lastIndexOf('—'),
        head.lastIndexOf('–'),
      );
      return cut > 0 ? s.start + cut : s.start;
    }
    if (!/^(?:in|on|at|after|before|during|with|when|as|while|speaking|asked|according)\b/i.test(opening))
      return s.start;
    const comma = this.text.indexOf(',', s.start);
    return comma > 0 && comma < Math.min(limit, s.end) ? comma : s.start;
  }

  /**
   * he/she: the person the text is about at that point. In the clause before the pronoun, its
   * first person; else the subject of the latest earlier sentence naming a person, unless a
   * later quote was attributed to someone (a pronoun continues the last speaker).
   */
  resolvePronoun(pos: number, pronoun: string): number | null {
    const { sentences, tokens, people, confirmed } = this;
    const want = /^she$/i.test(pronoun) ? 'f' : /^he$/i.test(pronoun) ? 'm' : null;
    const fits = (m: { person: number }): boolean => {
      const g = people.people[m.person]?.gender ?? null;
      return !want || !g || g === want;
    };
    const si = sentenceIndexAt(sentences, pos);
    const here = sentences[si]!;
    const clauseStart = this.mainClauseStart(here, pos);
    const inClause = confirmed.find(
      (m) => m.mention.start >= clauseStart && m.mention.end <= pos && !this.inQuote(m.mention.start) && fits(m),
    );
    if (inClause) return inClause.person;
    let subject: { person: number; at: number } | null = null;
    for (let k = si - 1; k >= 0 && si - k <= 12; k--) {
      const s = sentences[k]!;
      if (here.paragraph - s.paragraph > 5) break;
      // "He said he started drinking the day X touched him": a sentence about "he" names him only further back
      // "In an interview with X, he …": the sentence's subject is after its opening phrase
      const main = this.mainClauseStart(s, s.end);
      let o = tokenAt(tokens, main + (main > s.start ? 1 : 0));
      if (/^(?:and|but|then|so|yet)$/i.test(tokens[o]?.text ?? '')) o++;
      if (tokens[o] && /^(?:he|she)$/i.test(tokens[o]!.text)) continue;
      // "A mother who attended … told reporters …": the text is about someone it does not name
      if (
        tokens[o] &&
        /^(?:a|an|one)$/i.test(tokens[o]!.text) &&
        /^\p{Ll}/u.test(tokens[o + 1]?.text ?? '') &&
        !confirmed.some((m) => m.mention.start >= s.start && m.mention.start < (tokens[o + 4]?.start ?? s.end))
      )
        return null;
      // the person a speech verb of the sentence has as subject ("…, Mr. Sargent notes"), else its first person
      const speaking = this.speakerOfSentence(k);
      if (speaking === 'pronoun') continue;
      if (speaking !== null && 'title' in speaking) {
        // the person so titled, or nobody: never someone named further back
        const p = this.resolveTitle(speaking.at, speaking.title);
        if (p === null || !fits({ person: p })) return null;
        subject = { person: p, at: speaking.at };
        break;
      }
      if (speaking !== null && fits({ person: speaking.person })) {
        subject = speaking;
        break;
      }
      const first = confirmed.find(
        (m) => m.mention.start >= main && m.mention.end <= s.end && !this.inQuote(m.mention.start) && fits(m),
      );
      if (first) {
        subject = { person: first.person, at: first.mention.start };
        break;
      }
    }
    const last = [...this.quotes]
      .reverse()
      .find(
        (q) =>
          q.speaker?.type === 'person' &&
          q.start < pos &&
          q.speaker.person !== null &&
          fits({ person: q.speaker.person }),
      );
    if (
      last &&
      last.speaker!.person !== null &&
      (!subject || last.start > subject.at) &&
      here.paragraph - (sentences[sentenceIndexAt(sentences, last.start)]?.paragraph ?? 0) <= 3
    )
      return last.speaker!.person;
    return subject?.person ?? null;
  }

  /** "the President", "the senator": the last person mentioned with that title or role */
  resolveTitle(pos: number, word: string): number | null {
    const forms = new Set([word, ...(TITLE_SHORT[word] ?? [])]);
    for (let i = this.confirmed.length - 1; i >= 0; i--) {
      const m = this.confirmed[i]!;
      if (m.mention.start >= pos) continue;
      const roles = [m.mention.title ?? '', ...(this.people.people[m.person]?.roles ?? [])].join(' ');
      if (roles.split(/\s+/).some((w) => forms.has(foldWord(w)))) return m.person;
    }
    return null;
  }

  /**
   * A noun phrase as a speaker: pronouns and "the senator" resolved to a person, "they" to the group
   * just quoted. A pronoun that resolves to no one still says the words are someone's (speaker null).
   */
  toSpeaker(np: NounPhrase, pos: number): { speaker: Speaker | null; attribution: Attribution } | null {
    if (!np) return null;
    if (np.speaker === 'pronoun') {
      // the people named before the pronoun itself, not before its verb ("He …, adding, “…”")
      const at = 'start' in np && typeof np.start === 'number' ? Math.min(np.start, pos) : pos;
      const p = this.resolvePronoun(at, np.titleWord ?? '');
      return p === null
        ? { speaker: null, attribution: 'none' }
        : { speaker: { type: 'person', person: p, text: null }, attribution: 'pronoun' };
    }
    if (np.speaker === 'plural') {
      // "they said", "it states": the group or document quoted just before
      const last = this.lastDouble();
      if (last?.speaker && last.speaker.type !== 'person' && pos - last.end < 600)
        return { speaker: last.speaker, attribution: 'pronoun' };
      return { speaker: null, attribution: 'none' };
    }
    if (np.speaker === 'the-title') {
      const p = this.resolveTitle(pos, np.titleWord ?? '');
      if (p === null)
        return np.phrase
          ? { speaker: { type: 'anonymous', person: null, text: np.phrase }, attribution: 'explicit' }
          : null;
      return { speaker: { type: 'person', person: p, text: null }, attribution: 'pronoun' };
    }
    return { speaker: np.speaker, attribution: 'explicit' };
  }

  /** the speaker sentence si introduces without quoting (“X told me of a conclusion.”) */
  introducedBy(si: number): { speaker: Speaker; attribution: Attribution } | null {
    const s = this.sentences[si];
    if (!s || this.spans.some((q) => q.start - 1 < s.end && q.closeEnd > s.start)) return null;
    const tokens = this.tokens;
    for (let v = tokenAt(tokens, s.end) - 1; v >= tokenAt(tokens, s.start); v--) {
      if (!this.at.isVerb(v)) continue;
      // "…, says Howard Bunsis, a professor." then the quote: the inverted speaker introduces it too
      const r = this.toSpeaker(
        this.at.subjectOf(v, s.start) ?? (this.at.invertsSubject(v) ? this.at.npStartingAt(v + 1) : null),
        tokens[v]!.start,
      );
      if (r?.speaker) return { speaker: r.speaker, attribution: 'explicit' };
    }
    return null;
  }
}
