/**
 * The compiled build (`npm run build`, run by `npm install` and by `npm test` before the suite):
 * what `npm start` runs is plain JavaScript under dist/, needing neither tsx nor the sources'
 * layout at run time.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYSIS_SOURCES, codeVersion, FULL_SOURCES, stampKey } from '../../src/snapshot/code-version.ts';
import { ROOT, runCompiled, runEntry } from '../support/run-script.ts';

const NO_TOKEN = { DISCORD_TOKEN: undefined, CORPUS_DIR: undefined, SOURCEBOT_CACHE_DIR: undefined, LOG_LEVEL: 'info' };
// somewhere that is not the repository: defaults must come from the package, not the working directory
const elsewhere = mkdtempSync(path.join(tmpdir(), 'sourcebot-cwd-'));
const cache = mkdtempSync(path.join(tmpdir(), 'sourcebot-cache-'));
afterAll(() => {
  rmSync(elsewhere, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

describe('the compiled build', () => {
  it('stamps the code version of the sources it was built from', () => {
    const stamp = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'code-version.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(stamp[stampKey(ANALYSIS_SOURCES)]).toBe(codeVersion(ANALYSIS_SOURCES));
    expect(stamp[stampKey(FULL_SOURCES)]).toBe(codeVersion(FULL_SOURCES));
  });

  it('answers in the console from dist/main.js, on the shipped corpus, from any working directory', async () => {
    const r = await runCompiled('dist/main.js', ['--cache', cache], {
      input: '/sources\n',
      env: NO_TOKEN,
      cwd: elsewhere,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/loaded 5 articles from .*corpus/);
    expect(r.stdout).toContain('CIA Kept Giving Intel to Russia, Got Nothing Back');
    expect(r.stderr).not.toMatch(/warn/);
    // the second start is warm: the stamp lets the snapshot be trusted without any source file
    const again = await runCompiled('dist/main.js', ['--cache', cache], {
      input: '/sources\n',
      env: NO_TOKEN,
      cwd: elsewhere,
    });
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/5 from the snapshot, none analysed; .*with its indexes from the snapshot/);
  });

  it('analyses in worker threads that load the compiled worker, with the same export as the sources give', async () => {
    const [compiled, source] = await Promise.all([
      runCompiled('dist/src/cli/export.js', ['--no-cache'], {
        env: { ...NO_TOKEN, SOURCEBOT_WORKERS: '2' },
        cwd: elsewhere,
      }),
      runEntry('src/cli/export.ts', ['--no-cache'], { env: { ...NO_TOKEN, SOURCEBOT_WORKERS: '0' } }),
    ]);
    expect(compiled.code).toBe(0);
    expect(compiled.stderr).toMatch(/5 analysed in .* by 2 workers/);
    expect(compiled.stderr).not.toMatch(/main thread/);
    expect(compiled.stdout).toBe(source.stdout);
  });
});
