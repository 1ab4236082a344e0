/**
 * `npm run --silent export -- [--corpus DIR] [--explain]`: the knowledge base as JSON on stdout; logs on
 * stderr. --explain adds to each quote the rule that chose its speaker or kind.
 */
import { CORPUS_FLAGS, flagsOk } from './flags.ts';
import { startApp } from '../app/app.ts';
import { cacheDir, corpusDir } from '../config.ts';
import { CorpusError } from '../corpus/load-corpus.ts';
import { exportKnowledgeBase } from '../kb/export.ts';
import { log } from '../log.ts';
import { startupSummary } from '../snapshot/summary.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (
    !flagsOk(args, {
      values: CORPUS_FLAGS.values,
      switches: [...CORPUS_FLAGS.switches, '--explain'],
      positional: false,
      usage: 'npm run --silent export -- [--corpus DIR] [--cache DIR | --no-cache] [--explain]',
    })
  )
    return;
  const dir = corpusDir(args);
  const { app, startup } = await startApp(dir, { cacheDir: cacheDir(args) });
  for (const w of app.kb.warnings) log('warn', `${w.file ?? 'corpus'}: ${w.message}`);
  log('info', `exported ${app.kb.documents.length} documents from ${dir} ${startupSummary(startup)}`);
  process.stdout.write(
    JSON.stringify(exportKnowledgeBase(app.kb, { explain: args.includes('--explain') }), null, 2) + '\n',
  );
}

main().catch((e: unknown) => {
  log('error', e instanceof CorpusError ? e.message : `export failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 2;
});
