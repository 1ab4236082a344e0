/** `npm run check -- [--corpus DIR]`: the corpus maintainer's report (exit 1 when there are warnings). */
import { corpusDir } from '../config.ts';
import { CorpusError, loadCorpus } from '../corpus/load-corpus.ts';
import { log } from '../log.ts';
import { checkReport } from './check-report.ts';

async function main(): Promise<void> {
  const corpus = await loadCorpus(corpusDir(process.argv.slice(2)));
  const r = checkReport(corpus);
  process.stdout.write(r.text + '\n');
  if (r.problems) process.exitCode = 1;
}

main().catch((e: unknown) => {
  log('error', e instanceof CorpusError ? e.message : `check failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 2;
});
