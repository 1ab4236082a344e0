/**
 * `manifest.json` in a corpus directory: metadata for files whose text does not state it.
 *   { "version": 1, "documents": { "<path relative to the manifest>": { outlet, url, … } } }
 * A manifest in a sub-directory describes the files below it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MetadataLayer } from '../documents/types.ts';
import { validateLayer } from './metadata-fields.ts';

export const MANIFEST_NAME = 'manifest.json';

export interface ManifestEntry {
  layer: MetadataLayer;
  id: string | null;
}

export interface Manifest {
  /** keyed by path relative to the corpus root, "/" separators */
  entries: Map<string, ManifestEntry>;
  warnings: string[];
}

export async function readManifest(root: string, file: string): Promise<Manifest> {
  const rel = path.relative(root, file).split(path.sep).join('/');
  const dir = path.posix.dirname(rel);
  const entries = new Map<string, ManifestEntry>();
  const warnings: string[] = [];
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { entries, warnings: [`${rel}: cannot be read as JSON (${msg}); its metadata is ignored`] };
  }
  const docs = (data as { documents?: unknown } | null)?.documents;
  if (!docs || typeof docs !== 'object' || Array.isArray(docs)) {
    return { entries, warnings: [`${rel}: expected {"version": 1, "documents": {"<file>": {…}}}; its metadata is ignored`] };
  }
  for (const [key, value] of Object.entries(docs as Record<string, unknown>)) {
    const target = path.posix.normalize(dir === '.' ? key : `${dir}/${key}`);
    const v = validateLayer(value, `${rel} entry "${key}"`);
    warnings.push(...v.problems);
    entries.set(target, { layer: v.layer, id: v.id });
  }
  return { entries, warnings };
}
