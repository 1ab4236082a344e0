/** `npm run check -- [--corpus DIR]`: the corpus maintainer's report (exit 1 when there are warnings). */
import { flagsOk } from './flags.ts';
import { corpusDir } from '../config.ts';
import { CorpusError, loadCorpus } from '../corpus/load-corpus.ts';
import { analyseDocuments, workersFromEnv } from '../pipeline/analyse-documents.ts';
import { log } from '../log.ts';
import { progress } from '../snapshot/progress.ts';
import { checkReport } from './check-report.ts';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (
    !flagsOk(args, { values: ['--corpus'], switches: [], positional: false, usage: 'npm run check -- [--corpus DIR]' })
  )
    return;
  const corpus = await loadCorpus(corpusDir(args));
  // the people analysis says which capitalised runs it refused as page furniture
  const bar = progress('analysing articles', corpus.documents.length);
  const { analyses } = await analyseDocuments(corpus.documents, {
    workers: workersFromEnv(),
    onProgress: (n) => bar.update(n),
  });
  bar.end();
  const r = checkReport(corpus, analyses);
  process.stdout.write(r.text + '\n');
  if (r.problems) process.exitCode = 1;
}

main().catch((e: unknown) => {
  log('error', e instanceof CorpusError ? e.message : `check failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 2;
});
