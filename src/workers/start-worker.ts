/**
 * A worker thread running one of this folder's thread modules. Compiled, it loads the module's
 * .js; under tsx (scripts, vitest) it registers tsx's API before importing the TypeScript.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { COMPILED, siblingModule, tsxLoaderUrl } from '../runtime.ts';

export function startWorker(
  threadModule: './analysis-thread' | './assembly-thread',
  resourceLimits: ResourceLimits = {},
): Worker {
  const entry = siblingModule(import.meta.url, threadModule);
  if (COMPILED) return new Worker(entry, { resourceLimits });
  const code = `import(${JSON.stringify(tsxLoaderUrl('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(code, { eval: true, resourceLimits });
}
