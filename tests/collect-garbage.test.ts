/** The collection between cold-start phases frees what nothing refers to any more. */
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../src/collect-garbage.ts';

describe('collectGarbage', () => {
  it('frees unreachable objects now, with or without --expose-gc', () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let garbage: number[][] | null = Array.from({ length: 400 }, (_, i) =>
      Array.from({ length: 20_000 }, (_, j) => i + j + 0.5),
    );
    const held = process.memoryUsage().heapUsed;
    expect(held - before).toBeGreaterThan(40e6);
    expect(garbage.length).toBe(400);
    garbage = null;
    collectGarbage();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10e6);
  });
});
