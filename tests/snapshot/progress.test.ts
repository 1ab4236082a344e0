/** Load progress: a terminal gets a redrawn line; a service's log gets a line every 15 s of a long load. */
import { describe, expect, it } from 'vitest';
import { progress } from '../../src/snapshot/progress.ts';

const notATerminal = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;

describe('progress off a terminal', () => {
  it('logs a line each time 15 s have passed, with what is done and about how long is left', () => {
    let t = 0;
    const lines: string[] = [];
    const p = progress('analysing articles', 1000, notATerminal, { now: () => t, logLine: (l) => lines.push(l) });
    t = 5_000;
    p.update(100);
    expect(lines).toEqual([]);
    t = 15_000;
    p.update(300);
    t = 20_000;
    p.update(400);
    t = 30_000;
    p.update(600);
    expect(lines).toEqual([
      'analysing articles: 300/1000 (30%), about 35s left',
      'analysing articles: 600/1000 (60%), about 20s left',
    ]);
    t = 60_000;
    p.update(1000);
    p.end();
    expect(lines).toHaveLength(2);
  });

  it('says nothing about a load shorter than that', () => {
    let t = 0;
    const lines: string[] = [];
    const p = progress('analysing articles', 10, notATerminal, { now: () => t, logLine: (l) => lines.push(l) });
    for (let i = 1; i <= 10; i++) {
      t += 100;
      p.update(i);
    }
    p.end();
    expect(lines).toEqual([]);
  });
});
