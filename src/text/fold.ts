/** Folding for matching what users type against what articles say: case, accents, quote marks, dashes, spaces. */
const ASCII = /^[\x00-\x7F]*$/;

export function foldText(s: string): string {
  // plain ASCII has no accents, curly marks or odd dashes: only case and spaces to fold
  if (ASCII.test(s)) return s.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words only (letters and digits), for phrase comparison that ignores punctuation. */
export function foldWords(s: string): string {
  return foldText(s)
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'|'(\s|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
