/**
 * Find the article files (one article each), JSON Lines files (one article a line) and manifests
 * of a corpus directory, recursively, in a stable order. A corpus may also be one .jsonl file.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { MANIFEST_NAME } from './manifest.ts';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'];
export const JSONL_EXTENSIONS = ['.jsonl'];

export const isJsonl = (file: string): boolean => JSONL_EXTENSIONS.includes(path.extname(file).toLowerCase());

export interface ScanResult {
  /** the directory file paths are relative to */
  root: string;
  /** article files and JSON Lines files, sorted */
  articles: string[];
  manifests: string[];
  warnings: { file: string; message: string }[];
}

export class CorpusError extends Error {
  override readonly name = 'CorpusError';
}

export async function scanCorpus(root: string): Promise<ScanResult> {
  let st;
  try {
    st = await stat(root);
  } catch {
    throw new CorpusError(`corpus directory not found: ${root}`);
  }
  if (st.isFile() && isJsonl(root)) return { root: path.dirname(root), articles: [root], manifests: [], warnings: [] };
  if (!st.isDirectory()) throw new CorpusError(`corpus path is not a directory or a .jsonl file: ${root}`);
  const out: ScanResult = { root, articles: [], manifests: [], warnings: [] };
  await walk(root, root, out);
  out.articles.sort();
  out.manifests.sort();
  return out;
}

async function walk(root: string, dir: string, out: ScanResult): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    out.warnings.push({ file: path.relative(root, dir) || '.', message: `directory cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); skipped` });
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(root, full, out);
    else if (e.name === MANIFEST_NAME) out.manifests.push(full);
    else if (ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()) || isJsonl(e.name)) out.articles.push(full);
  }
}
