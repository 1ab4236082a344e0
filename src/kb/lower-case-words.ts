/**
 * The lower-case words a corpus writes as words of running text ("crooked"): merging people asks
 * them of an epithet before a given name.
 */
// A word of running text: a run of lower-case letters between a space, an opening quote or
// parenthesis (or a line's start) and a space, closing punctuation or a final period - not part of
// a handle or an address ("@ivo_crooked"). Scanned by character codes: a regex match per word of a
// large corpus costs more than the scan.
const LOWER = /\p{Ll}/u;

/** `\s` of a regex, by code unit */
function isSpace(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** may a word of running text start after this code unit */
function opensWord(c: number): boolean {
  return isSpace(c) || c === 0x22 || c === 0x201c || c === 0x2018 || c === 0x28;
}

/** may a word of running text end before position `i` of `t` */
function closesWord(t: string, i: number): boolean {
  if (i >= t.length) return true;
  const c = t.charCodeAt(i);
  if (c === 0x2e) return i + 1 >= t.length || isSpace(t.charCodeAt(i + 1));
  return (
    isSpace(c) ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x3a ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x22 ||
    c === 0x201d ||
    c === 0x2019 ||
    c === 0x29
  );
}

/** the length (in code units) of the lower-case letter at `i`, 0 if there is none */
function lowerAt(t: string, i: number): number {
  if (i >= t.length) return 0;
  const c = t.codePointAt(i)!;
  if (c < 0x80) return c >= 0x61 && c <= 0x7a ? 1 : 0;
  return LOWER.test(String.fromCodePoint(c)) ? (c > 0xffff ? 2 : 1) : 0;
}

/** The lower-case words the texts write as words of running text. */
export function lowerCaseWords(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    let opens = true;
    let i = 0;
    while (i < t.length) {
      let j = i;
      if (opens) for (let n = lowerAt(t, j); n > 0; n = lowerAt(t, j)) j += n;
      if (j > i) {
        if (closesWord(t, j)) out.add(t.slice(i, j));
        opens = false;
        i = j;
      } else {
        opens = opensWord(t.charCodeAt(i));
        i++;
      }
    }
  }
  return out;
}
