/**
 * The deployment recipes do what they say: the Docker image's runtime stage (production
 * dependencies only, the compiled dist/, the shipped corpus) answers; the systemd unit's command,
 * with its environment, answers; and where a Docker daemon runs, the image builds.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOCATOR_ENV } from '../../src/runtime.ts';
import { ROOT, runCommand } from '../support/run-script.ts';

// PATH and HOME are kept: a service manager gives them too
const base = { PATH: process.env.PATH, HOME: process.env.HOME };

const TITLE = 'CIA Kept Giving Intel to Russia, Got Nothing Back';
const NO_TOKEN = { DISCORD_TOKEN: '', CORPUS_DIR: '', SOURCEBOT_CACHE_DIR: 'off' };
const temp: string[] = [];
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const dockerRuns = spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;

describe('the Docker image', () => {
  it('runs the compiled bot as a non-root user on Node 20, with corpus and cache as volumes', () => {
    const runStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
    expect(runStage).toMatch(/^\nFROM node:20-slim\n/);
    expect(runStage).toMatch(/\nUSER node\n/);
    expect(runStage).toMatch(/\nVOLUME \["\/data\/cache", "\/data\/corpus"\]\n/);
    expect(runStage).toMatch(/\nCMD \["node", "dist\/main.js"\]\n?$/);
    expect(runStage).toContain('npm ci --omit=dev --ignore-scripts');
  });

  it('its runtime stage (production dependencies and dist/ only) answers on the shipped corpus', async () => {
    const app = mkdtempSync(path.join(tmpdir(), 'sourcebot-image-'));
    temp.push(app);
    for (const f of ['package.json', 'package-lock.json']) copyFileSync(path.join(ROOT, f), path.join(app, f));
    execFileSync('npm', ['ci', '--omit=dev', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: app,
      stdio: 'ignore',
    });
    cpSync(path.join(ROOT, 'dist'), path.join(app, 'dist'), { recursive: true });
    cpSync(path.join(ROOT, 'corpus'), path.join(app, 'corpus'), { recursive: true });
    // nothing of development is there to lean on
    for (const dev of ['tsx', 'typescript', 'vitest'])
      expect(existsSync(path.join(app, 'node_modules', dev))).toBe(false);
    const r = await runCommand(process.execPath, ['dist/main.js'], {
      cwd: app,
      env: { ...base, ...NO_TOKEN, NODE_ENV: 'production' },
      input: '/sources\n',
    });
    expect(r.stderr).toMatch(/loaded 5 articles/);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(TITLE);
  });

  it.runIf(dockerRuns)('builds (where a Docker daemon runs)', () => {
    const r = spawnSync('docker', ['build', '-q', '-t', 'sourcebot-test', '.'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('the systemd unit', () => {
  const unit = readFileSync(path.join(ROOT, 'deploy', 'sourcebot.service'), 'utf8');
  const value = (key: string): string => {
    const m = new RegExp(`^${key}=(.*)$`, 'm').exec(unit);
    if (!m) throw new Error(`the unit has no ${key}=`);
    return m[1]!;
  };

  it('stops with SIGTERM and gives the bot time to finish', () => {
    expect(value('KillSignal')).toBe('SIGTERM');
    expect(Number(value('TimeoutStopSec'))).toBeGreaterThan(10);
  });

  it('its ExecStart, with its Environment, answers when run in a checkout', async () => {
    const [cmd, ...args] = value('ExecStart').split(/\s+/);
    const env = Object.fromEntries(
      value('Environment')
        .split(/\s+/)
        .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
    );
    const r = await runCommand(cmd!, args, { cwd: ROOT, env: { ...base, ...env, ...NO_TOKEN }, input: '/sources\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(TITLE);
    // LOG_FORMAT=json: every log line is one JSON object, as a journal wants
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty('level');
  });
});

describe('the allocator setting', () => {
  const setting = `GLIBC_TUNABLES=${ALLOCATOR_ENV.GLIBC_TUNABLES}`;

  it('is the same wherever the bot is started: npm start, serve and shard, the image, the unit', () => {
    const scripts = (
      JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
    ).scripts;
    for (const name of ['start', 'serve', 'shard']) expect(scripts[name]).toContain(`${setting} exec node `);
    expect(dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))).toContain(setting);
    const unit = readFileSync(path.join(ROOT, 'deploy', 'sourcebot.service'), 'utf8');
    expect(/^Environment=(.*)$/m.exec(unit)?.[1]?.split(/\s+/)).toContain(setting);
  });
});
