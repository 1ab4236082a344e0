/** Where things are, from the command line and the environment. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `dir` holding a package.json (`dir` itself when none does). */
export function packageRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, 'package.json'))) return d;
    if (path.dirname(d) === d) return dir;
  }
}

/**
 * The package's root, whether this module runs from src/ (tsx, tests) or was compiled to
 * dist/src/: corpus and cache defaults resolve from it, never from the working directory.
 */
export const REPO_ROOT = packageRoot(path.dirname(fileURLToPath(import.meta.url)));

/** The corpus shipped with the project (corpus/ at the repository root). */
export const DEFAULT_CORPUS_DIR = path.join(REPO_ROOT, 'corpus');

/** The snapshot cache (git-ignored). */
export const DEFAULT_CACHE_DIR = path.join(REPO_ROOT, '.cache');

/** The value of `--name V` or `--name=V`, if given. */
function flag(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === name && args[i + 1]) return args[i + 1];
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}

/** One article larger than this is skipped with a warning: analysis time is spent on news, not on a data dump. */
export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * SOURCEBOT_MAX_ARTICLE_BYTES: the largest article loaded, in bytes, with an optional k or M
 * ("5M"); unset or unreadable, the default.
 */
export function maxArticleBytes(env: NodeJS.ProcessEnv = process.env): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kKmM])?[bB]?\s*$/.exec(env.SOURCEBOT_MAX_ARTICLE_BYTES ?? '');
  if (!m) return DEFAULT_MAX_ARTICLE_BYTES;
  const n = Number(m[1]) * (m[2] ? (m[2].toLowerCase() === 'k' ? 1024 : 1024 * 1024) : 1);
  return n >= 1 ? Math.floor(n) : DEFAULT_MAX_ARTICLE_BYTES;
}

/** A size for people: "3.2 MB", "812 kB", "90 bytes". */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} MB`
    : n >= 1024
      ? `${Math.round(n / 1024)} kB`
      : `${n} bytes`;
}

/** `--corpus DIR` (or `--corpus=DIR`) wins over CORPUS_DIR, which wins over the shipped corpus. DIR may be a .jsonl file. */
export function corpusDir(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const given = flag(args, '--corpus');
  if (given) return path.resolve(given);
  return env.CORPUS_DIR ? path.resolve(env.CORPUS_DIR) : DEFAULT_CORPUS_DIR;
}

/**
 * The snapshot cache directory, or null for none: `--cache DIR` / `--no-cache` win over
 * SOURCEBOT_CACHE_DIR (`off` disables it), which wins over `.cache/` of this repository.
 */
export function cacheDir(args: readonly string[], env: NodeJS.ProcessEnv = process.env): string | null {
  if (args.includes('--no-cache')) return null;
  const given = flag(args, '--cache') ?? env.SOURCEBOT_CACHE_DIR;
  if (given === undefined || given === '') return DEFAULT_CACHE_DIR;
  return /^(?:off|none|false|0)$/i.test(given) ? null : path.resolve(given);
}

/** The arguments without `--corpus DIR`, `--cache DIR` and `--no-cache`. */
export function withoutCorpusArgs(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--corpus' || a === '--cache') i++;
    else if (!a.startsWith('--corpus=') && !a.startsWith('--cache=') && a !== '--no-cache') out.push(a);
  }
  return out;
}
