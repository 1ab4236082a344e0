/**
 * vitest globalSetup: tests run the compiled build (dist/) as `npm start` does, so a dist/ older
 * than any source is rebuilt first (`npm test` builds anyway; this covers `npx vitest` alone).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run-script.ts';

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return t;
}

export default function setup(): void {
  let built = 0;
  try {
    built = statSync(path.join(ROOT, 'dist', 'code-version.json')).mtimeMs;
  } catch {
    // never built
  }
  const sources = Math.max(
    newest(path.join(ROOT, 'src')),
    newest(path.join(ROOT, 'commands')),
    statSync(path.join(ROOT, 'package-lock.json')).mtimeMs,
  );
  if (sources > built) execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
