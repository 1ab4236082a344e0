/** Folding for matching what users type against what articles say: case, accents, quote marks, dashes, spaces. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const ASCII = /^[\x00-\x7F]*$/;
/** ASCII and typographic punctuation only: nothing for NFKD to decompose but the ellipsis */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, on purpose
const ASCII_AND_MARKS = /^[\x00-\x7F‘’‚‛“”„‟‐-―…]*$/;

export function foldText(s: string): string {
  // plain ASCII has no accents, curly marks or odd dashes: only case and spaces to fold
  if (ASCII.test(s)) return s.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  // most news text is ASCII with curly quotes and dashes: those need no Unicode normalisation
  const plain = ASCII_AND_MARKS.test(s);
  return (plain ? s.replace(/…/g, '...') : s.normalize('NFKD').replace(/\p{M}+/gu, ''))
    .toLowerCase()
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words only (letters and digits), for phrase comparison that ignores punctuation. */
export function foldWords(s: string): string {
  const f = foldText(s);
  // folded ASCII is lower case: its letters and digits are a-z and 0-9 (a far faster pattern than \p{L})
  return (ASCII.test(f) ? f.replace(/[^a-z0-9']+/g, ' ') : f.replace(/[^\p{L}\p{N}']+/gu, ' '))
    .replace(/(^|\s)'|'(\s|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
