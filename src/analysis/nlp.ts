/**
 * The one wink-nlp instance of the process (its model ships in an npm package: nothing is
 * downloaded). Loading the model takes ~100 ms, so it is created on first use.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

let instance: WinkNlp | null = null;

export function nlp(): WinkNlp {
  // sentences are all we ask of it: the other annotations (POS, NER, sentiment) would triple the cost
  instance ??= winkNLP(model, ['sbd']);
  return instance;
}
