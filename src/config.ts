/** Where things are, from the command line and the environment. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The corpus shipped with the project (corpus/ at the repository root). */
export const DEFAULT_CORPUS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

/** `--corpus DIR` (or `--corpus=DIR`) wins over CORPUS_DIR, which wins over the shipped corpus. */
export function corpusDir(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--corpus' && args[i + 1]) return path.resolve(args[i + 1]!);
    if (a.startsWith('--corpus=')) return path.resolve(a.slice('--corpus='.length));
  }
  return env.CORPUS_DIR ? path.resolve(env.CORPUS_DIR) : DEFAULT_CORPUS_DIR;
}

/** The arguments without `--corpus DIR`. */
export function withoutCorpusArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--corpus') i++;
    else if (!a.startsWith('--corpus=')) out.push(a);
  }
  return out;
}
