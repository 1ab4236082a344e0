/**
 * SIGTERM/SIGINT for a long-running process (the gateway bot, the HTTP server): the first runs
 * `stop` (drain, then resolve) and exits 0 when it settles (1 if it fails); a second signal more
 * than a second later exits at once, as a shell's 128 + n. Under `npm start`/`npm run serve` a
 * signal to the process group arrives twice (npm relays its own copy): a repeat within a second
 * is that echo, not a second request.
 */
import { log } from '../log.ts';

const RELAY_MS = 1000;

export function stopOnSignals(stop: (signal: NodeJS.Signals) => Promise<unknown>): void {
  let since = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (since) {
      if (performance.now() - since < RELAY_MS) return;
      log('warn', `${signal} again: exiting without waiting`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    since = performance.now();
    stop(signal).then(
      () => process.exit(0),
      (e: unknown) => {
        log('error', 'shutdown failed', { error: e instanceof Error ? e.message : String(e) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}
