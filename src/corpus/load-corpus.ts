/**
 * Load a corpus directory into documents. Bad input never stops the corpus: every problem
 * becomes a warning naming the file, and everything else loads. Only a missing corpus
 * directory is an error (CorpusError).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDocument } from '../documents/build-document.ts';
import type { CorpusDocument } from '../documents/types.ts';
import { decodeCorpusFile } from './decode.ts';
import { readFrontMatter } from './front-matter.ts';
import { readManifest, type ManifestEntry } from './manifest.ts';
import { scanCorpus } from './scan.ts';

export { CorpusError } from './scan.ts';

export interface CorpusWarning {
  /** path relative to the corpus directory, or null for the corpus as a whole */
  file: string | null;
  message: string;
}

export interface Corpus {
  root: string;
  documents: CorpusDocument[];
  warnings: CorpusWarning[];
}

export async function loadCorpus(dir: string): Promise<Corpus> {
  const root = path.resolve(dir);
  const scan = await scanCorpus(root);
  const warnings: CorpusWarning[] = scan.warnings.map((w) => ({ ...w }));
  const manifest = new Map<string, ManifestEntry>();
  for (const m of scan.manifests) {
    const r = await readManifest(root, m);
    for (const w of r.warnings) warnings.push({ file: path.relative(root, m).split(path.sep).join('/'), message: w });
    for (const [k, v] of r.entries) manifest.set(k, v);
  }
  const documents: CorpusDocument[] = [];
  const byId = new Map<string, CorpusDocument>();
  const described = new Set<string>();
  for (const full of scan.articles) {
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (manifest.has(rel)) described.add(rel);
    const warn = (message: string): void => {
      warnings.push({ file: rel, message });
    };
    let bytes: Uint8Array;
    try {
      bytes = await readFile(full);
    } catch (e) {
      warn(`cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); skipped`);
      continue;
    }
    const decoded = decodeCorpusFile(bytes);
    if (!decoded.ok) {
      warn(`${decoded.problem}; skipped`);
      continue;
    }
    const fm = readFrontMatter(decoded.text);
    const entry = manifest.get(rel);
    let id = fm.id ?? entry?.id ?? path.basename(rel, path.extname(rel));
    const clash = byId.get(id);
    if (clash) {
      if (clash.raw === decoded.text) {
        warn(`has the same text as ${clash.file} (id "${id}"); skipped as a duplicate`);
        continue;
      }
      const base = rel.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '-');
      let n = 1;
      let fresh = base;
      while (byId.has(fresh)) fresh = `${base}-${++n}`;
      warn(`its id "${id}" is already used by ${clash.file}; loaded as "${fresh}"`);
      id = fresh;
    }
    const doc = buildDocument({
      id,
      file: rel,
      raw: decoded.text,
      textOffset: fm.bodyOffset,
      frontMatter: fm.layer,
      manifest: entry?.layer ?? {},
      warnings: [...decoded.warnings, ...fm.problems],
    });
    for (const w of doc.warnings) warn(w);
    byId.set(id, doc);
    documents.push(doc);
  }
  for (const key of manifest.keys()) {
    if (!described.has(key)) warnings.push({ file: key, message: 'is described in a manifest but no such article file was loaded' });
  }
  return { root, documents, warnings };
}
