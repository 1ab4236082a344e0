/** The project's commands as a user runs them: npm start (console), cli, export, check. */
import { afterAll, describe, expect, it } from 'vitest';
import { runEntry } from '../support/run-script.ts';
import { tempCorpus } from '../support/temp-corpus.ts';

const NO_TOKEN = { DISCORD_TOKEN: undefined, CORPUS_DIR: undefined, LOG_LEVEL: 'info' };
const SHIPPED_TITLES = [
  'CIA Kept Giving Intel to Russia, Got Nothing Back',
  'The Surprising Intelligence Community Outreach to Russia',
];

const broken = tempCorpus();
broken.write('ok.txt', 'Fine headline\n\nA fine article body that loads without trouble at all.\n');
broken.write('empty.txt', '');
afterAll(() => broken.remove());

describe('npm start without a token: the console', () => {
  it('answers piped commands through the same handlers, and survives bad ones', async () => {
    const r = await runEntry('src/main.ts', [], {
      input: '/sources\n/nonsense\n/sources page:zero\n/help\n',
      env: NO_TOKEN,
    });
    expect(r.code).toBe(0);
    for (const t of SHIPPED_TITLES) expect(r.stdout).toContain(t);
    expect(r.stdout).toContain('Unknown command “/nonsense”');
    expect(r.stdout).toContain('page must be a whole number');
    expect(r.stdout).toContain('/sources');
    expect(r.stderr).toMatch(/loaded 5 articles/);
  });
});

describe('npm run cli', () => {
  it('runs one command', async () => {
    const r = await runEntry('src/cli/cli.ts', ['sources'], { env: NO_TOKEN });
    expect(r.code).toBe(0);
    for (const t of SHIPPED_TITLES) expect(r.stdout).toContain(t);
    expect(r.stdout).toContain('repost of The Daily Beast, Spencer Ackerman, 2020-07-08');
    expect(r.stdout).toContain('Author: unknown');
  });
  it('exits 1 on a refused command', async () => {
    const r = await runEntry('src/cli/cli.ts', ['frobnicate'], { env: NO_TOKEN });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Unknown command');
  });
});

describe('npm run export', () => {
  it('prints only the knowledge-base JSON on stdout, logs on stderr', async () => {
    const r = await runEntry('src/cli/export.ts', [], { env: NO_TOKEN });
    expect(r.code).toBe(0);
    const kb = JSON.parse(r.stdout) as {
      version: number;
      documents: { file: string; body: string }[];
      quotes: unknown[];
    };
    expect(kb.version).toBe(1);
    expect(kb.documents).toHaveLength(5);
    expect(Array.isArray(kb.quotes)).toBe(true);
    expect(r.stderr).toMatch(/exported 5 documents/);
  });
  it('reads another corpus with --corpus, reporting its bad files on stderr', async () => {
    const r = await runEntry('src/cli/export.ts', ['--corpus', broken.dir], { env: NO_TOKEN });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { documents: unknown[] }).documents).toHaveLength(1);
    expect(r.stderr).toMatch(/empty.txt: the file is empty; skipped/);
  });
  it('fails with exit code 2 and a clear message on a missing corpus directory', async () => {
    const r = await runEntry('src/cli/export.ts', ['--corpus', '/nonexistent/corpus'], { env: NO_TOKEN });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/corpus directory not found: \/nonexistent\/corpus/);
  });
});

describe('npm run check', () => {
  it('reports where each field came from and what was stripped', async () => {
    const r = await runEntry('src/cli/check.ts', [], { env: NO_TOKEN });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/outlet\s+AlterNet\s+\[manifest\]/);
    expect(r.stdout).toMatch(/published\s+2020-07-08\s+\[detected\]/);
    expect(r.stdout).toMatch(/donation appeal and what follows/);
    expect(r.stdout).toMatch(/commentary \(kept apart from the article\): More at the link above/);
  });
  it('exits 1 and names the file when the corpus has problems', async () => {
    const r = await runEntry('src/cli/check.ts', ['--corpus', broken.dir], { env: NO_TOKEN });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/empty.txt: the file is empty; skipped/);
  });
});
