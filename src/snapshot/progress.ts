/**
 * Start-up progress on a terminal: one line on stderr, redrawn at most a few times a second
 * (articles done, rate, time left) and cleared at the end. Off a terminal (a service's journal,
 * `docker logs`) a long load logs a line every 15 s instead, so that minutes of analysis are not
 * minutes of silence; a short one logs nothing (the caller logs one summary line).
 */
import { log } from '../log.ts';

export interface Progress {
  update(done: number): void;
  end(): void;
}

const NONE: Progress = { update() {}, end() {} };

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

export interface ProgressOptions {
  /** off a terminal: a line this often (default 15 s) */
  logEveryMs?: number;
  now?: () => number;
  /** where the lines go off a terminal (default: the log, at info) */
  logLine?: (line: string) => void;
}

/** Off a terminal: a log line every `logEveryMs`, from the start. */
function logged(label: string, total: number, opts: ProgressOptions): Progress {
  const now = opts.now ?? Date.now;
  const every = opts.logEveryMs ?? 15_000;
  const line = opts.logLine ?? ((l: string) => log('info', l));
  const started = now();
  let last = started;
  return {
    update(done) {
      const t = now();
      if (t - last < every || done >= total) return;
      last = t;
      const left = done > 0 ? formatDuration(((t - started) / done) * (total - done)) : '…';
      line(`${label}: ${done}/${total} (${Math.floor((done / total) * 100)}%), about ${left} left`);
    },
    end() {},
  };
}

export function progress(
  label: string,
  total: number,
  out: NodeJS.WriteStream = process.stderr,
  opts: ProgressOptions = {},
): Progress {
  if (total === 0) return NONE;
  if (!out.isTTY || process.env.LOG_FORMAT === 'json') return logged(label, total, opts);
  // the rate counts from the first article done, so that starting the workers does not skew it
  let first: { at: number; done: number } | null = null;
  let shown = 0;
  const draw = (done: number): void => {
    first ??= { at: Date.now(), done };
    const elapsed = Date.now() - first.at;
    const rate = elapsed > 0 ? ((done - first.done) / elapsed) * 1000 : 0;
    const left = rate > 0 ? formatDuration(((total - done) / rate) * 1000) : '…';
    out.write(
      `\r\x1b[K${label} ${done}/${total} (${Math.floor((done / total) * 100)}%) · ${rate.toFixed(1)}/s · ${left} left`,
    );
  };
  return {
    update(done) {
      const now = Date.now();
      if (now - shown < 200 && done < total) return;
      shown = now;
      draw(done);
    },
    end() {
      out.write('\r\x1b[K');
    },
  };
}
