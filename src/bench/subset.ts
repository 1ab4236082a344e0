/**
 * The first N articles of a corpus, as a corpus of their own in a temporary directory (never in
 * the repository): lines of JSON Lines files, links to article files (with the manifests).
 */
import { createReadStream, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { scanCorpus, isJsonl } from '../corpus/scan.ts';

async function firstLines(file: string, n: number): Promise<string[]> {
  const out: string[] = [];
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    out.push(line);
    if (out.length >= n) break;
  }
  rl.close();
  return out;
}

/** Write a corpus of the first `n` articles of `source` under `dir`; returns its path and how many articles it has. */
export async function subsetCorpus(
  source: string,
  n: number,
  dir: string,
): Promise<{ path: string; articles: number }> {
  const scan = await scanCorpus(path.resolve(source));
  mkdirSync(dir, { recursive: true });
  let count = 0;
  for (const m of scan.manifests) {
    const to = path.join(dir, path.relative(scan.root, m));
    mkdirSync(path.dirname(to), { recursive: true });
    symlinkSync(m, to);
  }
  for (const f of scan.articles) {
    if (count >= n) break;
    const to = path.join(dir, path.relative(scan.root, f));
    mkdirSync(path.dirname(to), { recursive: true });
    if (isJsonl(f)) {
      const lines = await firstLines(f, n - count);
      writeFileSync(to, lines.join('\n') + '\n');
      count += lines.length;
    } else {
      symlinkSync(f, to);
      count++;
    }
  }
  return { path: dir, articles: count };
}
