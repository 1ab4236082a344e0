/**
 * wink-nlp (its model ships in an npm package: nothing is downloaded), required on first use:
 * loading the library and model takes ~150 ms, and a start from a snapshot never needs them.
 *
 * wink learns every word it has not met into its lexicon, and its tokenizer consults that
 * lexicon: once it has read "N.J" somewhere ("(D., N.J)"), "Fort Lee, N.J.. The" is cut as "N.J"
 * + ".." (one sentence) instead of "N.J." + "." (two). A sentence split must not depend on which
 * articles the process read before, so before each document the sentence instance forgets what
 * it learned (startDocument). isEnglishWord has an instance of its own, whose learning never
 * reaches the sentence splitter.
 */
import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;
type Model = typeof model;
const require = createRequire(import.meta.url);

/** What wink keeps of one feature of its lexicon (the values it knows, in id order). */
interface Feature {
  list: string[];
  hash: Record<string, number>;
}

interface Sentences {
  nlp: WinkNlp;
  /** the lexicon's words the instance knows: the model's, then those it learned, in id order */
  lexeme: Feature;
  /** learned words already looked at */
  checked: number;
}

let sentenceState: Sentences | null = null;

let library: { create: typeof winkNLP; model: Model } | null = null;

function load(): { create: typeof winkNLP; model: Model } {
  if (library) return library;
  const raw = require('wink-eng-lite-web-model') as Model & { metaCER: () => unknown };
  // the model's metaCER() JSON-encodes its own data again on every call (the string doubles in
  // size with each instance made, until it is too long): called once, for every instance
  const meta = raw.metaCER();
  return (library = {
    create: require('wink-nlp') as typeof winkNLP,
    model: { ...raw, metaCER: () => meta },
  });
}

function sentenceNlp(): Sentences {
  if (sentenceState) return sentenceState;
  const { create, model } = load();
  // the lexicon is made by the model's core(); one made here is the one the instance learns
  // into, so what it learns can be seen and forgotten
  const core = (model as unknown as { core: () => { features: { lexeme: Feature } } }).core();
  // sentences are all we ask of it: the other annotations (POS, NER, sentiment) would triple the cost
  const nlp = create({ ...model, core: () => core }, ['sbd']);
  return (sentenceState = { nlp, lexeme: core.features.lexeme, checked: core.features.lexeme.list.length });
}

/** The instance that splits sentences (see the module's comment). */
export function nlp(): WinkNlp {
  return sentenceNlp().nlp;
}

/**
 * Before a document is analysed: forget every word the sentence instance learned (each is taken
 * out of its lexicon's look-up, so the tokenizer meets it as new again; its id stays used), so
 * that how the document is split does not depend on what was read before it. Any learned word
 * can matter: a capitalised "Updated" learned in one article moved a sentence boundary in
 * another. Forgetting costs a deletion per word learned, not a new instance (~5-9 ms each).
 */
export function startDocument(): void {
  const s = sentenceState;
  if (!s) return;
  const { list, hash } = s.lexeme;
  for (let i = s.checked; i < list.length; i++) if (hash[list[i]!] === i) delete hash[list[i]!];
  s.checked = list.length;
}

let words: { nlp: WinkNlp; vocabularySize: number } | null = null;

/** A second instance for isEnglishWord: what it learns never reaches the sentence instance. */
function wordNlp(): { nlp: WinkNlp; vocabularySize: number } {
  if (words) return words;
  const { create, model } = load();
  const n = create(model, ['sbd']);
  // the first unknown word the instance meets gets the first id past its vocabulary
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's its.* are plain functions, passed to out() as its API asks
  const vocabularySize = n.readDoc('qzxqvzkq').tokens().itemAt(0).out(n.its.uniqueId) as number;
  return (words = { nlp: n, vocabularySize });
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
    const { nlp: n, vocabularySize } = wordNlp();
    const tokens = n.readDoc(w).tokens();
    // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's its.* are plain functions, passed to out() as its API asks
    v = tokens.length() === 1 && (tokens.itemAt(0).out(n.its.uniqueId) as number) < vocabularySize;
    known.set(w, v);
  }
  return v;
}
