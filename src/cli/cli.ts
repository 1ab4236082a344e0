/**
 * One command, non-interactively: `npm run cli -- sources`, `npm run cli -- quote "…" speaker:Name`.
 * Exit code 0 for an answer, 1 for a refused request, 2 when the corpus cannot be loaded.
 */
import { createApp } from '../app/app.ts';
import { cacheDir, corpusDir, withoutCorpusArgs } from '../config.ts';
import { CorpusError } from '../corpus/load-corpus.ts';
import { log } from '../log.ts';
import { answerWords } from './answer.ts';
import { CORPUS_FLAGS, flagsOk } from './flags.ts';

const USAGE = 'npm run cli -- <command> [words] [option:value …] [--corpus DIR] [--cache DIR | --no-cache]';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (!flagsOk(args, { ...CORPUS_FLAGS, positional: true, usage: USAGE })) return;
  const words = withoutCorpusArgs(args);
  if (!words.length) {
    process.stderr.write(`usage: ${USAGE}\n  e.g. npm run cli -- sources\n`);
    process.exitCode = 1;
    return;
  }
  const app = await createApp(corpusDir(args), { cacheDir: cacheDir(args) });
  for (const w of app.kb.warnings) log('warn', `${w.file ?? 'corpus'}: ${w.message}`);
  const answer = answerWords(app, words);
  process.stdout.write(answer.text + '\n');
  if (answer.error) process.exitCode = 1;
}

main().catch((e: unknown) => {
  log('error', e instanceof CorpusError ? e.message : `failed: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 2;
});
