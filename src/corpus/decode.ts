/**
 * Bytes of a corpus file to text. UTF-8 is expected; a text in another encoding is decoded as
 * Windows-1252 (the usual culprit in scraped text) with a warning, so nothing is lost;
 * empty and binary files are refused with a reason.
 */
import { Buffer, isUtf8 } from 'node:buffer';

export type Decoded =
  | { ok: true; text: string; warnings: string[] }
  | { ok: false; problem: string };

// Node's TextDecoder may treat windows-1252 as Latin-1, leaving 0x80-0x9F as C1 controls:
// those bytes are the curly quotes, dashes and euro sign of Windows-1252, mapped here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Why these bytes are no article (empty, binary, only white space), or whether they are valid UTF-8. */
export function checkCorpusBytes(bytes: Uint8Array): { ok: true; utf8: boolean } | { ok: false; problem: string } {
  if (bytes.length === 0) return { ok: false, problem: 'the file is empty' };
  const probe = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of probe) {
    if (b === 0) return { ok: false, problem: 'the file is binary (it contains NUL bytes), not text' };
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > probe.length * 0.05)
    return { ok: false, problem: 'the file is binary (too many control characters), not text' };
  return { ok: true, utf8: isUtf8(bytes) };
}

export const NOT_UTF8 =
  'the file is not valid UTF-8; it was read as Windows-1252 (save it as UTF-8 to be sure of every character)';

export function decodeCorpusFile(bytes: Uint8Array): Decoded {
  const checked = checkCorpusBytes(bytes);
  if (!checked.ok) return checked;
  const warnings: string[] = [];
  let text: string;
  // (a validity check and a plain decode: faster than a fatal TextDecoder on a large file)
  if (checked.utf8) text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  else {
    text = decodeCp1252(bytes);
    warnings.push(NOT_UTF8);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { ok: false, problem: 'the file holds only white space' };
  return { ok: true, text, warnings };
}
