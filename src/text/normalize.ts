import { MappedText } from './mapped-text.ts';

/**
 * Normalise scraped text for analysis while keeping the way back to the source:
 * - no-break and other odd spaces become plain spaces, tabs too;
 * - zero-width characters and soft hyphens are dropped;
 * - sentences glued without a space ("military.The U.S.") get one.
 * Quote marks are left as they are: quote extraction needs to see which marks were used.
 */
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// a lower-case word of 2+ letters, sentence punctuation (maybe a closing quote), then a capital
// starting a word: "military.The", "said.“We". Abbreviations like "U.S.The" are left alone.
const GLUED = /(?<=\p{Ll}{2}[.!?]["”’)]?)(?=[“"]?\p{Lu}\p{Ll})/gu;

export function normalizeForAnalysis(source: string): MappedText {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const m of source.matchAll(ODD_SPACE)) edits.push({ start: m.index, end: m.index + m[0].length, text: ' ' });
  for (const m of source.matchAll(INVISIBLE)) edits.push({ start: m.index, end: m.index + m[0].length, text: '' });
  for (const m of source.matchAll(GLUED)) {
    // not inside a URL or an e-mail address
    const before = source.slice(Math.max(0, m.index - 40), m.index);
    if (/\S*(?:https?:\/\/|www\.|@)\S*$/.test(before)) continue;
    edits.push({ start: m.index, end: m.index, text: ' ' });
  }
  return MappedText.fromEdits(source, edits);
}
