/** What snapshot entries are keyed by: a document's whole input, and a corpus' place on disk. */
import { createHash } from 'node:crypto';
import type { DocumentInput } from '../documents/build-document.ts';

const digest = (h: ReturnType<typeof createHash>): string => h.digest('base64url').slice(0, 22);

/** A hash of everything a document is made from: its text and every metadata layer (and its id and file). */
export function documentKey(input: DocumentInput): string {
  const { raw, ...rest } = input;
  return digest(createHash('sha256').update(JSON.stringify(rest)).update('\0').update(raw));
}

/** One hash of a corpus' documents, in order (what its search indexes are made from). */
export function corpusKey(documentKeys: readonly string[]): string {
  return digest(createHash('sha256').update(documentKeys.join('\n')));
}

/** The snapshot file name stem of a corpus: from its path, so two corpora never share a file. */
export function corpusId(root: string): string {
  return createHash('sha256').update(root).digest('hex').slice(0, 16);
}

/** A checksum of one entry (corruption, not tampering, is what it detects). */
export function checksum(json: string | Uint8Array): string {
  // a string is hashed as its UTF-8 bytes, which is what the file holds
  return createHash('sha1').update(json).digest('base64url');
}
