/**
 * Word and punctuation tokens of an analysis text, as offset ranges. Dotted abbreviations
 * ("U.S.", "Gen.", "F.") stay one token with their period, so a name run can cross them.
 */
import { ABBREVIATIONS } from './people/lexicon.ts';

export class Token {
  private foldedText: string | undefined;
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly word: boolean,
  ) {}

  /** foldWord(text), made once: the scanners ask for it several times per token */
  get folded(): string {
    return (this.foldedText ??= foldWord(this.text));
  }
}

// dotted acronyms first, then words (inner apostrophes and hyphens kept), then any other non-space
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’\-–][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const chunk = text.slice(start, end);
  for (const m of chunk.matchAll(TOKEN)) {
    const s = start + m.index;
    let t = m[0];
    const word = /[\p{L}\p{N}]/u.test(t[0]!);
    // keep the period of an initial ("F.") or a known abbreviation ("Gen.", "Sept.")
    if (word && text[s + t.length] === '.' && !t.endsWith('.')) {
      const lower = t.toLowerCase();
      if (/^\p{Lu}$/u.test(t) || ABBREVIATIONS.has(lower)) t += '.';
    }
    const prev = out[out.length - 1];
    if (!word && t === '.' && prev && prev.end === s + 1 && prev.text.endsWith('.')) continue; // swallowed above
    out.push(new Token(t, s, s + t.length, word));
  }
  return out;
}

const folded = new Map<string, string>();

/** Lower case, no accents, no final period or possessive: the key words are looked up by. */
export function foldWord(w: string): string {
  let f = folded.get(w);
  if (f !== undefined) return f;
  // eslint-disable-next-line no-control-regex -- ASCII is \x00-\x7f: a fast path, not a stray control character
  f = (/^[\x00-\x7f]*$/.test(w) ? w : w.normalize('NFKD').replace(/\p{M}+/gu, ''))
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/\.$/, '');
  // memoised: the same few thousand words come back in every sentence (bounded for huge corpora)
  if (folded.size > 200_000) folded.clear();
  folded.set(w, f);
  return f;
}

export function isPossessive(w: string): boolean {
  return /\p{L}['’]s$/u.test(w) || /s['’]$/u.test(w);
}

/** index of the first token starting at or after `pos` */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens of a whole text, with the slice of one range of it (a sentence) found by binary search. */
export class TokenIndex {
  readonly tokens: Token[];
  constructor(text: string) {
    this.tokens = tokenize(text);
  }
  /** index of the first token starting at or after pos */
  at(pos: number): number {
    return tokenAt(this.tokens, pos);
  }
  /** the tokens inside [start, end) */
  slice(start: number, end: number): Token[] {
    const a = this.at(start);
    let b = a;
    while (b < this.tokens.length && this.tokens[b]!.end <= end) b++;
    return this.tokens.slice(a, b);
  }
}
