/** Lines of a raw file with their offsets, so every later decision points back at exact characters. */
export interface Line {
  /** index of the line in the file */
  index: number;
  /** offset of the first character */
  start: number;
  /** offset after the last character (line terminator excluded) */
  end: number;
  /** the line's characters */
  text: string;
  /** the line with odd spaces folded, Markdown decoration removed and trimmed, for classification */
  clean: string;
}

export function cleanLine(s: string): string {
  return s
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A cleaned line without Markdown decoration, for classification only: "# Title" → "Title",
 * "**Read more:** [x](http://…)" → "Read more: x".
 */
export function plainLine(clean: string): string {
  return clean
    .replace(/^#{1,6}\s+/, '')
    .replace(/\s+#+$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^[*_]([^*_]+)[*_]$/, '$1')
    .replace(/^>\s*/, '')
    .trim();
}

export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let index = 0;
  while (start <= text.length) {
    let nl = text.indexOf('\n', start);
    if (nl < 0) nl = text.length;
    const end = nl > start && text[nl - 1] === '\r' ? nl - 1 : nl;
    const s = text.slice(start, end);
    out.push({ index: index++, start, end, text: s, clean: plainLine(cleanLine(s)) });
    if (nl >= text.length) break;
    start = nl + 1;
  }
  return out;
}
