/**
 * Start-up progress on a terminal: one line on stderr, redrawn at most a few times a second
 * (articles done, rate, time left) and cleared at the end. Off a terminal it writes nothing:
 * the caller logs one summary line instead.
 */
export interface Progress {
  update(done: number): void;
  end(): void;
}

const NONE: Progress = { update() {}, end() {} };

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

export function progress(label: string, total: number, out: NodeJS.WriteStream = process.stderr): Progress {
  if (!out.isTTY || process.env.LOG_FORMAT === 'json' || total === 0) return NONE;
  // the rate counts from the first article done, so that starting the workers does not skew it
  let first: { at: number; done: number } | null = null;
  let shown = 0;
  const draw = (done: number): void => {
    first ??= { at: Date.now(), done };
    const elapsed = Date.now() - first.at;
    const rate = elapsed > 0 ? ((done - first.done) / elapsed) * 1000 : 0;
    const left = rate > 0 ? formatDuration(((total - done) / rate) * 1000) : '…';
    out.write(`\r\x1b[K${label} ${done}/${total} (${Math.floor((done / total) * 100)}%) · ${rate.toFixed(1)}/s · ${left} left`);
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
