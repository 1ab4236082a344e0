/**
 * The one wink-nlp instance of the process (its model ships in an npm package: nothing is
 * downloaded). Loading the library and model takes ~150 ms, and a start from a snapshot never
 * needs them, so both are required on first use.
 */
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;
const require = createRequire(import.meta.url);

let instance: WinkNlp | null = null;
/** lexemes below this id are the model's own vocabulary; words it meets later get ids from here on */
let vocabularySize = 0;

export function nlp(): WinkNlp {
  if (instance) return instance;
  // sentences are all we ask of it: the other annotations (POS, NER, sentiment) would triple the cost
  const create = require('wink-nlp') as typeof winkNLP;
  instance = create(require('wink-eng-lite-web-model') as typeof model, ['sbd']);
  // the first unknown word the instance meets gets the first id past its vocabulary
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's its.* are plain functions, passed to out() as its API asks
  vocabularySize = instance.readDoc('qzxqvzkq').tokens().itemAt(0).out(instance.its.uniqueId) as number;
  return instance;
}

const known = new Map<string, boolean>();

/**
 * An English word of the model's vocabulary ("absent", "combine", "crooked"), in lower case.
 * Rare given names are not ("Khizr", "Reince"); common ones may be ("Hunter"): callers check
 * their name lists first.
 */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  let v = known.get(w);
  if (v === undefined) {
    const n = nlp();
    const tokens = n.readDoc(w).tokens();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's its.* are plain functions, passed to out() as its API asks
    v = tokens.length() === 1 && (tokens.itemAt(0).out(n.its.uniqueId) as number) < vocabularySize;
    known.set(w, v);
  }
  return v;
}
