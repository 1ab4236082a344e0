/**
 * Threads for the assembly jobs (assembly-jobs.ts), so that the steps of a cold start that ran
 * on one core after the analysis (clustering, the event index) run beside the main thread's
 * merging of people and its quote index. Each job goes to the thread with the fewest jobs in
 * hand. A thread that cannot start or dies, or a job that fails in it, is no error: the job is
 * done in this thread instead (a real bug then throws here, with its stack).
 */
import type { Worker } from 'node:worker_threads';
import { runAssemblyJob, type AssemblyJobs, type JobKind } from './assembly-jobs.ts';
import type { JobReply, JobRequest } from './assembly-thread.ts';
import { startWorker } from './start-worker.ts';

interface Pending {
  request: JobRequest;
  resolve: (result: AssemblyJobs[JobKind]['result']) => void;
  reject: (e: unknown) => void;
}

interface Helper {
  worker: Worker;
  pending: Map<number, Pending>;
  alive: boolean;
}

/** The job done in this thread, settling its promise. */
function runHere(p: Pending): void {
  try {
    p.resolve(runAssemblyJob(p.request.kind, p.request.input));
  } catch (e) {
    p.reject(e);
  }
}

export class AssemblyHelpers {
  private readonly helpers: Helper[] = [];
  private nextId = 0;
  private closed = false;
  private answered = 0;

  /** jobs whose result came from a thread (the rest were done in this one) */
  get doneInThreads(): number {
    return this.answered;
  }

  constructor(threads: number) {
    for (let i = 0; i < threads; i++) this.start();
  }

  run<K extends JobKind>(kind: K, input: AssemblyJobs[K]['input']): Promise<AssemblyJobs[K]['result']> {
    return new Promise((resolve, reject) => {
      const p: Pending = {
        request: { id: this.nextId++, kind, input },
        resolve,
        reject,
      };
      let to: Helper | undefined;
      for (const h of this.helpers) if (h.alive && (!to || h.pending.size < to.pending.size)) to = h;
      if (!to || this.closed) return runHere(p);
      to.pending.set(p.request.id, p);
      to.worker.postMessage(p.request);
    });
  }

  /** Stop the threads (jobs still in hand are done in this thread). */
  close(): void {
    this.closed = true;
    for (const h of this.helpers) {
      if (h.alive) void h.worker.terminate();
      this.fail(h);
    }
  }

  private start(): void {
    let worker: Worker;
    try {
      worker = startWorker('./assembly-thread');
    } catch {
      return;
    }
    const h: Helper = { worker, pending: new Map(), alive: true };
    this.helpers.push(h);
    // a helper never keeps the process alive
    worker.unref();
    worker.on('message', (m: JobReply) => {
      const p = h.pending.get(m.id);
      if (!p) return;
      h.pending.delete(m.id);
      if ('failed' in m) runHere(p);
      else {
        this.answered++;
        p.resolve(m.result);
      }
    });
    worker.on('error', () => this.fail(h));
    worker.on('exit', () => this.fail(h));
  }

  /** The thread is gone: what it had in hand is done here. */
  private fail(h: Helper): void {
    h.alive = false;
    const left = [...h.pending.values()];
    h.pending.clear();
    for (const p of left) runHere(p);
  }
}
