/**
 * `npm run snapshot -- [--corpus DIR] [--cache DIR]`: analyse the corpus and save the snapshot
 * (or check that it is current), then exit. Run it at deploy time, or before starting shards, so
 * that every bot process starts warm.
 */
import { CORPUS_FLAGS, flagsOk } from './flags.ts';
import { startApp } from '../app/app.ts';
import { cacheDir, corpusDir } from '../config.ts';
import { CorpusError } from '../corpus/load-corpus.ts';
import { log } from '../log.ts';
import { startupSummary } from '../snapshot/summary.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!flagsOk(args, { ...CORPUS_FLAGS, positional: false, usage: 'npm run snapshot -- [--corpus DIR] [--cache DIR]' }))
    return;
  const dir = corpusDir(args);
  const cache = cacheDir(args);
  if (!cache) {
    log('error', 'no cache directory (--no-cache or SOURCEBOT_CACHE_DIR=off): there is nowhere to save the snapshot');
    process.exitCode = 2;
    return;
  }
  const { app, startup } = await startApp(dir, { cacheDir: cache });
  log('info', `snapshot of ${app.kb.documents.length} articles from ${dir} is in ${cache} ${startupSummary(startup)}`);
}

main().catch((e: unknown) => {
  log('error', e instanceof CorpusError ? e.message : `snapshot failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 2;
});
