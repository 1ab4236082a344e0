/**
 * Find sources weighs meaning: a claim in other words (synonyms only) finds the quote it paraphrases,
 * through the word vectors `npm run build` reduces (src/build/word-vectors.ts). Invented text only.
 */
import { describe, expect, it } from 'vitest';
import { findSources } from '../../src/services/find-sources.ts';
import { wordVectors } from '../../src/search/word-vectors.ts';
import { appOfArticle } from '../support/article-app.ts';

const FLOODS = "Forests, wetlands and other ecosystems are nature's flood control";
const TAXES = 'The council will raise the harbor tax next spring to pay for the new ferry';

const app = appOfArticle(
  `Ann Brant, a river scientist, spoke in Harbor City on Monday. “${FLOODS},” Brant said. ` +
    `Bo Kim, the mayor, answered questions about the budget. “${TAXES},” Kim said.`,
);

describe('Find sources by meaning', () => {
  it('has the word vectors the build makes', () => {
    expect(wordVectors(), 'run `npm run build` first: it reduces the word vectors').not.toBeNull();
  });

  it('finds a quote from a claim that shares none of its content words', () => {
    const r = findSources(app, 'woods and marshes shield towns against rising rivers', { said: 1, passages: 0 });
    expect(r.ranked.map((x) => ('quote' in x ? x.quote.text : x.statement.text))).toEqual([`${FLOODS},`]);
  });

  it('still puts the quote carrying the claim’s own words first', () => {
    const r = findSources(app, 'the council will raise the harbor tax to pay for the ferry', { said: 2, passages: 1 });
    expect(r.quotes[0]?.quote.text).toBe(`${TAXES},`);
  });
});
