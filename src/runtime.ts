/**
 * How this process runs the project's code: compiled JavaScript from dist/ (`npm start`, the
 * Docker image) or TypeScript through tsx (development scripts, tests). Entry points that start
 * other Node threads or processes (analysis workers, shards) ask here which file to load and
 * with what loader, instead of assuming TypeScript.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** true when this module was compiled (it is a .js file under dist/) */
export const COMPILED = fileURLToPath(import.meta.url).endsWith('.js');

/** The file extension of the project's own modules in this run: '.js' compiled, '.ts' under tsx. */
export const MODULE_EXT = COMPILED ? '.js' : '.ts';

/** `base` (a module URL) resolved to the sibling module `name` (written without extension). */
export function siblingModule(base: string, name: string): URL {
  return new URL(`${name}${MODULE_EXT}`, base);
}

/** tsx's ESM loader, for a process or thread that must run TypeScript (only when not compiled). */
export function tsxLoaderUrl(specifier: 'tsx' | 'tsx/esm/api'): string {
  const resolve = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolve === 'function') {
    try {
      return resolve(specifier);
    } catch {
      // fall through: some runners do not give import.meta.resolve
    }
  }
  if (specifier === 'tsx') return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(path.join(path.dirname(pkg), 'dist', 'esm', 'api', 'index.mjs')).href;
}

/** The Node arguments a child process needs to run the project's modules in this run. */
export function childExecArgv(): string[] {
  return COMPILED ? [] : ['--import', tsxLoaderUrl('tsx')];
}

/**
 * The allocator setting every way of running the bot uses (npm start/serve/shard, the Docker
 * image, the systemd unit, the bench's children): glibc asks the kernel for transparent huge
 * pages for large blocks. Where first touching memory is slow (a virtual machine faulting in
 * its pages), a start from the snapshot loading hundreds of megabytes is ~0.5 s faster at 10k
 * articles; elsewhere it is ignored (no THP, musl, macOS).
 */
export const ALLOCATOR_ENV = { GLIBC_TUNABLES: 'glibc.malloc.hugetlb=1' } as const;
