/**
 * chrono-node, required on first use: loading it takes ~180 ms, and a start from a snapshot
 * needs it only when someone types a date in words.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

const require = createRequire(import.meta.url);
let loaded: typeof Chrono | null = null;

export function chrono(): typeof Chrono {
  return (loaded ??= require('chrono-node') as typeof Chrono);
}
