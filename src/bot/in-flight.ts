/**
 * The interactions the bot has accepted and not yet answered, so that a shutdown can finish them
 * before it closes the gateway: once draining, new ones are refused with a short notice.
 */
export class InFlight {
  private readonly pending = new Set<Promise<void>>();
  private idle: (() => void) | null = null;
  /** set by a shutdown: interactions arriving now get "restarting", not an answer */
  draining = false;

  get size(): number {
    return this.pending.size;
  }

  /** Keep `work` (an interaction being answered; it never rejects) until it settles. */
  track(work: Promise<void>): void {
    this.pending.add(work);
    void work.finally(() => {
      this.pending.delete(work);
      if (this.pending.size === 0) this.idle?.();
    });
  }

  /** Resolves true once nothing is in flight, or false after `timeoutMs` with work left. */
  settled(timeoutMs: number): Promise<boolean> {
    if (this.pending.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.idle = null;
        resolve(false);
      }, timeoutMs);
      this.idle = () => {
        clearTimeout(timer);
        this.idle = null;
        resolve(true);
      };
    });
  }
}
