/** Run any command with some stdin and collect what it prints (a generous ceiling, never a timing check). */
import { spawn } from 'node:child_process';
import type { RunResult } from './run-script.ts';

export function spawnWithInput(
  command: string,
  args: readonly string[],
  opts: { cwd: string; env: NodeJS.ProcessEnv; input: string; timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    // PATH and HOME are kept: a service manager gives them too
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...opts.env };
    const child = spawn(command, args, { cwd: opts.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} did not finish in time; stderr: ${stderr}`));
    }, opts.timeoutMs ?? 100_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(opts.input);
  });
}
