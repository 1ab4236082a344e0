/** Quality checks of the commands' answers over the benchmark's queries (not timed). */
import type { App } from '../app/app.ts';
import { tokenizeWords } from '../search/terms.ts';
import { foldWords } from '../text/fold.ts';
import { contentWords } from './queries.ts';

export interface ExactFirstCheck {
  /** exact queries whose first result's quote lacks a content word of the query (as a whole word, both folded and split as the index splits them) */
  lacking: number;
  /** exact queries with no result at all */
  noResult: number;
  /** exact queries */
  queries: number;
}

/** The words as the search index splits them: "people's" holds the word "people", "$900" the word "900". */
const tokenize = (text: string): string[] => tokenizeWords(text).filter(Boolean);

/**
 * An exact query is words copied from a quote: the first result should have every one of its
 * content words. Counts the queries whose first result (app.quotes.find) does not.
 */
export function exactFirstCheck(app: App, queries: readonly string[]): ExactFirstCheck {
  let lacking = 0;
  let noResult = 0;
  for (const query of queries) {
    const answer = app.quotes.find({ query });
    const first = answer.kind === 'results' ? answer.results[0] : undefined;
    if (!first) {
      noResult++;
      continue;
    }
    const words = new Set(tokenize(foldWords(first.quote.text)));
    if (contentWords(query).some((w) => tokenize(w).some((t) => !words.has(t)))) lacking++;
  }
  return { lacking, noResult, queries: queries.length };
}
