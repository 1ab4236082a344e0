/**
 * A full garbage collection between the phases of a cold start (and now and then in an analysis
 * worker, whose heap otherwise grows with the garbage of every article it reads). Analysis, assembly and indexing
 * each leave hundreds of megabytes of garbage that V8, with memory to spare, keeps rather than
 * collects; the next phase then grows the heap past it, and the process's peak is their sum.
 * Collecting at the boundaries keeps the peak near the largest phase (10,000 articles: 2.6 →
 * 1.6 GB) for about a second of collection in a start of a minute or more.
 *
 * Node gives `gc` only with --expose-gc; the flag can be set at run time, and a new context made
 * after that has the function (the example of node:v8's setFlagsFromString).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = () => void;
let gc: Gc | null | undefined;

function find(): Gc | null {
  const own = (globalThis as { gc?: Gc }).gc;
  if (typeof own === 'function') return own;
  try {
    setFlagsFromString('--expose-gc');
    const made = runInNewContext('gc') as unknown;
    return typeof made === 'function' ? (made as Gc) : null;
  } catch {
    return null;
  }
}

/** Collect now; does nothing where the runtime will not (the start is then only larger). */
export function collectGarbage(): void {
  if (gc === undefined) gc = find();
  gc?.();
}
