/** Run one of the project's entry points as its own process, as a user's shell would. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a bot process run against a local Discord stand-in (shipped corpus, dummy token). */
export function botEnv(apiUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DISCORD_TOKEN: 'dummy-token',
    DISCORD_API_URL: apiUrl,
    CORPUS_DIR: '',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export interface RunOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** the working directory (default: the repository) */
  cwd?: string;
}

/** A TypeScript entry point (`src/...ts`), run through tsx as the development scripts do. */
export function runEntry(entry: string, args: readonly string[] = [], opts: RunOptions = {}): Promise<RunResult> {
  return runNode(['--import', 'tsx', path.join(ROOT, entry)], args, opts);
}

/** A compiled entry point (`dist/...js`, built by `npm run build`), run by plain node as `npm start` does. */
export function runCompiled(entry: string, args: readonly string[] = [], opts: RunOptions = {}): Promise<RunResult> {
  return runNode([path.join(ROOT, entry)], args, opts);
}

function runNode(nodeArgs: readonly string[], args: readonly string[], opts: RunOptions): Promise<RunResult> {
  const env = { ...process.env, ...opts.env };
  for (const [k, v] of Object.entries(opts.env ?? {})) if (v === undefined) delete env[k];
  return runCommand(process.execPath, [...nodeArgs, ...args], { ...opts, cwd: opts.cwd ?? ROOT, env });
}

/**
 * Any command with some stdin (`env` is its whole environment), collecting what it prints; a
 * generous ceiling against hangs, never a timing check.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; input?: string; timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${[command, ...args].join(' ')} did not finish in time; stderr: ${stderr}`));
    }, opts.timeoutMs ?? 100_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input ?? '');
  });
}
