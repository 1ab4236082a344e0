/**
 * Strict command-line flags: every entry point says which flags it takes; an unknown flag, a
 * flag without its value or a value given twice is a usage error (exit 2), never a silent
 * fall-back to the shipped corpus.
 */
import { log } from '../log.ts';

export interface FlagSpec {
  /** flags that take a value: `--corpus DIR` or `--corpus=DIR` */
  values: readonly string[];
  /** flags that stand alone: `--no-cache` */
  switches: readonly string[];
  /** whether words that are not flags are allowed (a command and its options) */
  positional: boolean;
  /** the usage line(s) printed with an error */
  usage: string;
}

/** The corpus and cache flags every entry point that loads the corpus takes. */
export const CORPUS_FLAGS = { values: ['--corpus', '--cache'], switches: ['--no-cache'] } as const;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** `args` checked against `spec`; throws a UsageError naming the first problem. */
export function checkFlags(args: readonly string[], spec: FlagSpec): void {
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--')) {
      if (!spec.positional) throw new UsageError(`unexpected argument “${a}”`);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(0, eq) : a;
    if (spec.switches.includes(name)) {
      if (eq >= 0) throw new UsageError(`${name} takes no value`);
    } else if (spec.values.includes(name)) {
      const value = eq >= 0 ? a.slice(eq + 1) : args[i + 1];
      // "--corpus --no-cache" is a forgotten value, not a directory called --no-cache
      if (value === undefined || value === '' || (eq < 0 && value.startsWith('--')))
        throw new UsageError(`${name} needs a value`);
      if (eq < 0) i++;
    } else throw new UsageError(`unknown flag ${name}`);
    if (seen.has(name)) throw new UsageError(`${name} is given twice`);
    seen.add(name);
  }
}

/**
 * For entry points: check `args`, or print the problem and the usage on stderr and set exit
 * code 2. Returns whether the arguments are good.
 */
export function flagsOk(args: readonly string[], spec: FlagSpec): boolean {
  try {
    checkFlags(args, spec);
    return true;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    log('error', e.message);
    process.stderr.write(`usage: ${spec.usage}\n`);
    process.exitCode = 2;
    return false;
  }
}
