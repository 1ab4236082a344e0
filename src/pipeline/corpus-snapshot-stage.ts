/**
 * The whole corpus' snapshot: when nothing changed, the knowledge base's records and its search
 * indexes come back as they were saved (no analysis, assembly or indexing); after a build, they
 * are saved, now or in the background while the bot already answers.
 */
import type { Corpus } from '../corpus/load-corpus.ts';
import type { KnowledgeBase } from '../kb/types.ts';
import { log } from '../log.ts';
import { EventIndex } from '../search/event-index.ts';
import { QuoteIndex } from '../search/quote-index.ts';
import { StatementIndex } from '../search/statement-index.ts';
import { CorpusSnapshot, type CorpusEntries } from '../snapshot/corpus-snapshot.ts';
import type { SearchIndexes } from './build-indexes.ts';
import { cacheWarning, cannotWrite, type CacheContext } from './stage-cache.ts';

export function openCorpusSnapshot(ctx: CacheContext | null, corpusKey: string): CorpusSnapshot | null {
  return ctx ? CorpusSnapshot.open(ctx.dir, ctx.root, `${ctx.fullCode}:${corpusKey}`) : null;
}

/** The saved knowledge base and indexes over the documents just loaded; null if there are none or they cannot be used. */
export function restoreFromSnapshot(
  whole: CorpusSnapshot | null,
  corpus: Corpus,
): { kb: KnowledgeBase; indexes: SearchIndexes } | null {
  const saved = whole?.load(corpus) ?? null;
  if (whole?.problem) cacheWarning(whole.file, whole.problem, 'assembling and indexing again');
  return saved ? restore(corpus, saved) : null;
}

function restore(corpus: Corpus, saved: CorpusEntries): { kb: KnowledgeBase; indexes: SearchIndexes } | null {
  // the records' properties as they are (some decode on first read: a spread would read them now)
  const kb = Object.defineProperties(
    {
      root: corpus.root,
      documents: corpus.documents,
      documentsById: new Map(corpus.documents.map((d) => [d.id, d])),
      warnings: corpus.warnings,
    },
    Object.getOwnPropertyDescriptors(saved.records),
  ) as KnowledgeBase;
  try {
    const quotes = new QuoteIndex(kb, saved.indexes.quoteIndex());
    // the statement and event indexes are parsed when first searched (each rebuilds itself if it cannot be)
    const statements = new StatementIndex(kb, saved.indexes.statementIndex);
    return { kb, indexes: { quotes, statements, events: new EventIndex(kb, saved.indexes.eventIndex) } };
  } catch (e) {
    log(
      'warn',
      `the saved search indexes cannot be loaded (${e instanceof Error ? e.message : String(e)}); building them again`,
    );
    return null;
  }
}

/**
 * Save the knowledge base and its indexes. In the background: begun on a later turn of the event
 * loop (once the caller has the knowledge base), giving the loop back between entries; otherwise
 * now. Returns when it is written (never rejects) and the ms spent now.
 */
export function saveCorpusSnapshot(
  whole: CorpusSnapshot,
  kb: KnowledgeBase,
  indexes: SearchIndexes,
  background: boolean,
): { written: Promise<void>; ms: number } {
  const parts = { quoteIndex: indexes.quotes, statementIndex: indexes.statements, eventIndex: indexes.events };
  if (background) {
    const written = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => whole.saveInBackground(kb, parts))
      .then(
        () => undefined,
        (e: unknown) => cannotWrite(whole.file, e),
      );
    return { written, ms: 0 };
  }
  const t = performance.now();
  try {
    whole.save(kb, parts);
  } catch (e) {
    cannotWrite(whole.file, e);
  }
  return { written: Promise.resolve(), ms: Math.round(performance.now() - t) };
}
