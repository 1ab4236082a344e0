/** Page buttons carry their state: any process with the same data can turn the page, whatever answered first. */
import { describe, expect, it, vi } from 'vitest';
import { decodePageState, encodePageState, type PageState } from '../../src/bot/page-state.ts';

const FP = 'fp123456';
const state = (query: string): PageState => ({
  command: 'quote',
  page: 3,
  userId: '123456789012345678',
  options: { query, speaker: 'Ann Lee', hide: true, limit: 5 },
});
const { hide: _hide, ...kept } = state('x').options;

/** a fresh module instance: another process (a replica, or after a restart) */
async function elsewhere(): Promise<typeof import('../../src/bot/page-state.ts')> {
  vi.resetModules();
  return import('../../src/bot/page-state.ts');
}

describe('page state in the custom id', () => {
  it('keeps short options as text, within 100 characters', () => {
    const id = encodePageState(state('ferries'), FP);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodePageState(id, FP)).toEqual({
      ok: true,
      state: { ...state('ferries'), options: { ...kept, query: 'ferries' } },
    });
  });

  it('keeps options too long for the id in memory, and another process says it does not have them', async () => {
    const query = 'what the minister said about the harbour tunnel budget in March';
    const id = encodePageState(state(query), FP);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodePageState(id, FP).ok).toBe(true);
    const other = await elsewhere();
    expect(other.decodePageState(id, FP)).toEqual({ ok: false, reason: 'forgotten' });
  });

  it('expires with other data, and refuses a damaged id', () => {
    expect(decodePageState(encodePageState(state('ferries'), FP), 'otherfp1')).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(decodePageState('pg|1|quote|zero|123456789012345678|fp123456|query=x', FP)).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});
