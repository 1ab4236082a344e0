/** Strict flags: a mistyped or incomplete flag is an error with usage, never the shipped corpus instead. */
import { describe, expect, it } from 'vitest';
import { checkFlags, CORPUS_FLAGS, type FlagSpec } from '../../src/cli/flags.ts';
import { runCompiled, runEntry } from '../support/run-script.ts';

const START: FlagSpec = { ...CORPUS_FLAGS, positional: false, usage: 'npm start -- [--corpus DIR]' };
const CLI: FlagSpec = { ...CORPUS_FLAGS, positional: true, usage: 'npm run cli -- <command>' };
const NO_TOKEN = { DISCORD_TOKEN: undefined, CORPUS_DIR: undefined, SOURCEBOT_CACHE_DIR: 'off' };

describe('checkFlags', () => {
  it('accepts the flags an entry point takes, in both spellings', () => {
    expect(() => checkFlags([], START)).not.toThrow();
    expect(() => checkFlags(['--corpus', 'some/dir', '--no-cache'], START)).not.toThrow();
    expect(() => checkFlags(['--corpus=some/dir', '--cache=.c'], START)).not.toThrow();
    expect(() => checkFlags(['quote', 'the words', 'speaker:Ann', '--corpus', 'd'], CLI)).not.toThrow();
  });
  it('refuses unknown flags, missing values, stray words and repeats, naming the problem', () => {
    expect(() => checkFlags(['--corpse', 'dir'], START)).toThrow('unknown flag --corpse');
    expect(() => checkFlags(['--corpus'], START)).toThrow('--corpus needs a value');
    expect(() => checkFlags(['--corpus='], START)).toThrow('--corpus needs a value');
    expect(() => checkFlags(['--corpus', '--no-cache'], START)).toThrow('--corpus needs a value');
    expect(() => checkFlags(['--no-cache=yes'], START)).toThrow('--no-cache takes no value');
    expect(() => checkFlags(['dir'], START)).toThrow('unexpected argument “dir”');
    expect(() => checkFlags(['--corpus', 'a', '--corpus', 'b'], START)).toThrow('--corpus is given twice');
    expect(() => checkFlags(['sources', '--explain'], CLI)).toThrow('unknown flag --explain');
  });
});

describe('the entry points', () => {
  it('exit 2 with the usage on a bad flag, before loading anything', async () => {
    const [start, compiled, exported, cli] = await Promise.all([
      runEntry('src/main.ts', ['--corpse', 'x'], { env: NO_TOKEN }),
      runCompiled('dist/main.js', ['--corpus'], { env: NO_TOKEN }),
      runEntry('src/cli/export.ts', ['--explian'], { env: NO_TOKEN }),
      runEntry('src/cli/cli.ts', ['sources', '--corpus'], { env: NO_TOKEN }),
    ]);
    for (const r of [start, compiled, exported, cli]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/usage: npm/);
      expect(r.stderr).not.toMatch(/loaded|exported/);
    }
    expect(start.stderr).toContain('unknown flag --corpse');
    expect(compiled.stderr).toContain('--corpus needs a value');
    expect(exported.stderr).toContain('unknown flag --explian');
  });
});
