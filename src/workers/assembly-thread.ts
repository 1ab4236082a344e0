/** A worker thread's side of assembly-helpers.ts: a job in, its result (or why it failed) out. */
import { parentPort } from 'node:worker_threads';
import { runAssemblyJob, type AssemblyJobs, type JobKind } from './assembly-jobs.ts';

export interface JobRequest<K extends JobKind = JobKind> {
  id: number;
  kind: K;
  input: AssemblyJobs[K]['input'];
}

export type JobReply = { id: number; result: AssemblyJobs[JobKind]['result'] } | { id: number; failed: string };

parentPort?.on('message', (req: JobRequest) => {
  let reply: JobReply;
  try {
    reply = { id: req.id, result: runAssemblyJob(req.kind, req.input) };
  } catch (e) {
    reply = { id: req.id, failed: e instanceof Error ? (e.stack ?? e.message) : String(e) };
  }
  parentPort?.postMessage(reply);
});
