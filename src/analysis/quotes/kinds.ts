/**
 * The kind of a quoted span (contract §2): direct (a person's own full clause), partial (a
 * fragment inside the writer's sentence), term (scare quotes, a coined or quoted phrase), title
 * (a headline or work title), document (words of a document or an organisation).
 */
import type { QuoteKind } from '../types.ts';

const TITLE_CUE =
  /\b(?:titled|entitled|headlined|headline|book|memoir|biography|autobiography|film|movie|novel|song|album|series|episode|column|op-ed|essay|documentary|show|podcast|poem|play|report|article|speech|painting|exhibition|opera|musical)\s*,?\s*$/i;
const TERM_CUE =
  /\b(?:so-called|known as(?: an?| the)?|called(?: an?| the)?|dubbed(?: an?| the)?|termed|the (?:term|phrase|word|label|slogan|motto|notion of|concept of|idea of)|a|an)\s*$/i;
// words a clause can open with when the quote is a fragment of the writer's sentence
const FRAGMENT_START =
  /^(?:should|would|could|will|can|may|might|must|shall|is|was|were|are|has|have|had|did|does|took|made|gave|came|went|saw|knew|told|said|got|ran|left|found|kept|became|began|brought|thought|put|set|let|felt|held|\p{Ll}+ed)\b/u;

export function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function looksLikeTitle(q: string, allowComma = false): boolean {
  const words = q.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const t = q.trim();
  if (words.length < 2 || /[!?]$/.test(t) || (!allowComma && /[.,]$/.test(t))) return false;
  const long = words.filter((w) => w.replace(/\P{L}/gu, '').length >= 4);
  return long.length > 0 && long.every((w) => /^\P{L}*\p{Lu}/u.test(w));
}

/** A work named in the sentence: NBC’s “Meet the Press,” · the book “The Art of the Deal” */
export function isCitedTitle(quote: string, before: string): boolean {
  if (!looksLikeTitle(quote, true) || wordCount(quote) > 12) return false;
  return TITLE_CUE.test(before) || /\p{L}['’]s\s*$/u.test(before) || /\b(?:on|in)\s*$/i.test(before);
}

/** A capitalised name of a work in the middle of the writer's sentence: two “The Price Is Right at Night” specials. */
export function isMidSentenceTitle(quote: string, before: string): boolean {
  const n = wordCount(quote);
  if (n < 3 || n > 10 || !looksLikeTitle(quote, true)) return false;
  // after a lower-case word, or (a longer one) after a comma or colon, as in a list of sources
  return (
    (/\p{Ll}\s*$/u.test(before) && !/\b(?:said|says|told|that|asked|wrote)\s*$/i.test(before)) ||
    (n >= 4 && /[,:]\s*$/.test(before) && !/\b(?:said|says|told|asked|wrote|added)\s*[,:]\s*$/i.test(before))
  );
}

/** A short quoted phrase used as a modifier of the noun after it: his “red line” threat, the “TODAY” show. */
export function isModifierPhrase(quote: string, after: string): boolean {
  if (wordCount(quote) > 3 || /[.!?,;:]$/.test(quote.trim())) return false;
  const next = after.match(/^ (\p{Ll}+)\b/u)?.[1];
  return !!next && MODIFIED_NOUNS.has(next);
}

// nouns a quoted name or phrase often modifies
const MODIFIED_NOUNS = new Set(
  'show shows program programs programme series segment episode threat threats policy policies plan plans deal deals campaign campaigns strategy movement movements rule rules law laws bill bills agenda approach doctrine narrative tour rally rallies event events slogan slogans label term phrase tag brand crisis scandal era style mentality philosophy theory model system effect comments comment remark remarks speech speeches tweet tweets post posts ad ads video videos book books film movie song album column blog podcast report reports memo letter line lines moment moments crowd crowds caucus wing group groups list lists initiative initiatives project projects'.split(
    ' ',
  ),
);

/** A short capitalised name in the middle of the writer's sentence: a “Phase One” deal. */
export function isNamedTerm(quote: string, before: string): boolean {
  if (
    wordCount(quote) <= 4 &&
    looksLikeTitle(quote) &&
    /\p{Ll}\s*$/u.test(before) &&
    !/\b(?:said|says|told|that)\s*$/i.test(before)
  )
    return true;
  // a short phrase naming a thing of someone's: the council’s “harbor dividend”, the so-called “reset”
  return wordCount(quote) <= 3 && !/[.!?,]$/.test(quote.trim()) && /(?:\p{L}['’]s|\bso-called)\s*$/iu.test(before);
}

/**
 * Kind of a span with no speech attribution: a title, a term, or (long enough to be
 * somebody's words) null, which the caller decides.
 */
export function unattributedKind(quote: string, before: string): QuoteKind | null {
  if (TITLE_CUE.test(before) && looksLikeTitle(quote)) return 'title';
  const n = wordCount(quote);
  if (TERM_CUE.test(before) && n <= 8) return 'term';
  if (looksLikeTitle(quote) && n <= 12) return 'title';
  if (n <= 5) return 'term';
  return null;
}

/**
 * Direct or partial, for a span with a speaker: a quote that starts a clause of its own
 * (capitalised, or after “said,”, “that”, a colon) is direct; one that continues the writer's
 * grammar (“the administration “took… seriously””) is partial.
 */
export function speechKind(quote: string, before: string, introduced: boolean): 'direct' | 'partial' {
  const q = quote.trimStart();
  if (/^[\p{Lu}\d]/u.test(q) || /^[[(‘'…]/.test(q)) return 'direct';
  if (FRAGMENT_START.test(q)) return 'partial';
  const b = before.trimEnd();
  if (wordCount(q) >= 6 && (introduced || /(?:\bthat|\bbecause|\bwhether|:|,)$/i.test(b))) return 'direct';
  return 'partial';
}
