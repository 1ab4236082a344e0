/** /who from the shell: the same command and view as the bot, through `npm run cli`. */
import { describe, expect, it } from 'vitest';
import { runEntry } from '../support/run-script.ts';

const NO_TOKEN = { DISCORD_TOKEN: undefined, CORPUS_DIR: undefined, LOG_LEVEL: 'info' };

describe('npm run cli -- who', () => {
  it('exits 1 with a clear message for a name nobody in the corpus has', async () => {
    const r = await runEntry('src/cli/cli.ts', ['who', 'Nobody Atall Zzyzx'], { env: NO_TOKEN });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('! Nobody called “Nobody Atall Zzyzx” is known');
    expect(r.stdout).toContain('/quote query:');
  });

  it('exits 1 and says what is missing without a name', async () => {
    const r = await runEntry('src/cli/cli.ts', ['who'], { env: NO_TOKEN });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('/who needs name');
  });
});
