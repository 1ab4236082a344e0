/** Throw-away corpus directories for tests. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempCorpus {
  dir: string;
  write(rel: string, content: string | Uint8Array): string;
  remove(): void;
}

export function tempCorpus(): TempCorpus {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcebot-corpus-'));
  return {
    dir,
    write(rel, content) {
      const full = path.join(dir, rel);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, content);
      return full;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
