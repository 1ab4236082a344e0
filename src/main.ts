/**
 * `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise the local console on the
 * corpus (the shipped one unless --corpus or CORPUS_DIR says otherwise).
 */
import dotenv from 'dotenv';
import { startApp } from './app/app.ts';
import { cacheDir, corpusDir } from './config.ts';
import { CorpusError } from './corpus/load-corpus.ts';
import { log } from './log.ts';
import { runConsole } from './cli/console.ts';
import { startupSummary } from './snapshot/summary.ts';
import { CORPUS_FLAGS, flagsOk } from './cli/flags.ts';

dotenv.config({ quiet: true });

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (
    !flagsOk(args, {
      ...CORPUS_FLAGS,
      positional: false,
      usage: 'npm start -- [--corpus DIR] [--cache DIR | --no-cache]',
    })
  )
    return;
  if (process.env.SOURCEBOT_MODE === 'http') {
    const { serve } = await import('./http/serve.ts');
    await serve(args, process.env);
    return;
  }
  const dir = corpusDir(args);
  const started = Date.now();
  // a changed corpus's snapshot is written while the bot (or console) already answers
  const { app, startup } = await startApp(dir, { cacheDir: cacheDir(args), saveInBackground: true });
  for (const w of app.kb.warnings) log('warn', `${w.file ?? 'corpus'}: ${w.message}`);
  log(
    'info',
    `loaded ${app.kb.documents.length} articles from ${dir} in ${Date.now() - started} ms ${startupSummary(startup)}`,
  );
  if (process.env.DISCORD_TOKEN) {
    const { startBot } = await import('./bot/start-bot.ts');
    await startBot(app, process.env);
    return;
  }
  // built while the console waits for the first line
  void app.prepareInBackground();
  await runConsole(app, { input: process.stdin, output: process.stdout, interactive: !!process.stdin.isTTY });
}

main().catch((e: unknown) => {
  log('error', e instanceof CorpusError ? e.message : `failed to start: ${e instanceof Error ? e.stack : String(e)}`);
  process.exitCode = 2;
});
