/**
 * Load a corpus (a directory, or one JSON Lines file) into documents. Bad input never stops
 * the corpus: every problem becomes a warning naming the file (and line), and everything else
 * loads. Only a missing corpus is an error (CorpusError).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatBytes, maxArticleBytes } from '../config.ts';
import { buildDocument, type DocumentInput } from '../documents/build-document.ts';
import type { CorpusDocument } from '../documents/types.ts';
import { checkCorpusBytes, decodeCorpusFile } from './decode.ts';
import { readFrontMatter } from './front-matter.ts';
import { parseJsonl } from './jsonl.ts';
import { readManifest, type ManifestEntry } from './manifest.ts';
import { isJsonl, scanCorpus } from './scan.ts';

export { CorpusError } from './scan.ts';

export interface CorpusWarning {
  /** path relative to the corpus directory ("name.jsonl#12" for line 12 of a JSON Lines file), or null for the corpus as a whole */
  file: string | null;
  message: string;
}

export interface Corpus {
  root: string;
  documents: CorpusDocument[];
  warnings: CorpusWarning[];
}

/** The `file` of the article on line `line` of a JSON Lines file. */
export const jsonlFile = (rel: string, line: number): string => `${rel}#${line}`;

/** A corpus read and checked, its articles not yet segmented (what a snapshot is keyed by). */
export interface CorpusInputs {
  root: string;
  inputs: DocumentInput[];
  warnings: CorpusWarning[];
}

export async function loadCorpus(dir: string, opts: ReadOptions = {}): Promise<Corpus> {
  return buildCorpus(await readCorpus(dir, opts));
}

/** Segment every article (or take it from `build`, e.g. a snapshot); the documents' own warnings join the corpus'. */
export function buildCorpus(read: CorpusInputs, build: (input: DocumentInput, index: number) => CorpusDocument = buildDocument): Corpus {
  const warnings = [...read.warnings];
  const documents = read.inputs.map((input, i) => {
    const doc = build(input, i);
    for (const message of doc.warnings) warnings.push({ file: doc.file, message });
    return doc;
  });
  return { root: read.root, documents, warnings };
}

export interface ReadOptions {
  /** an article (a file, or a JSON Lines line) larger than this is skipped with a warning */
  maxArticleBytes?: number;
}

/** Scan, read and decode the corpus; give every article a unique id (an exact duplicate is skipped). */
export async function readCorpus(dir: string, opts: ReadOptions = {}): Promise<CorpusInputs> {
  const limit = opts.maxArticleBytes ?? maxArticleBytes();
  const given = path.resolve(dir);
  const scan = await scanCorpus(given);
  const root = scan.root;
  const warnings: CorpusWarning[] = scan.warnings.map((w) => ({ ...w }));
  const warn = (file: string | null, message: string): void => {
    warnings.push({ file, message });
  };
  const manifest = new Map<string, ManifestEntry>();
  for (const m of scan.manifests) {
    const r = await readManifest(root, m);
    for (const w of r.warnings) warn(path.relative(root, m).split(path.sep).join('/'), w);
    for (const [k, v] of r.entries) manifest.set(k, v);
  }
  const inputs: DocumentInput[] = [];
  const byId = new Map<string, DocumentInput>();
  const described = new Set<string>();

  const add = (input: Omit<DocumentInput, 'id' | 'manifest'> & { id: string | null; fallbackId: string }): void => {
    const entry = manifest.get(input.file);
    let id = input.id ?? entry?.id ?? input.fallbackId;
    const clash = byId.get(id);
    if (clash) {
      if (clash.raw === input.raw) {
        warn(input.file, `has the same text as ${clash.file} (id "${id}"); skipped as a duplicate`);
        return;
      }
      const base = input.file.replace(/\.[^.#]+(?=#|$)/, '').replace(/[^\w.-]+/g, '-');
      let n = 1;
      let fresh = base;
      while (byId.has(fresh)) fresh = `${base}-${++n}`;
      warn(input.file, `its id "${id}" is already used by ${clash.file}; loaded as "${fresh}"`);
      id = fresh;
    }
    const doc: DocumentInput = { id, file: input.file, raw: input.raw, textOffset: input.textOffset, frontMatter: input.frontMatter, manifest: entry?.layer ?? {}, warnings: input.warnings };
    byId.set(id, doc);
    inputs.push(doc);
  };

  for (const full of scan.articles) {
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (manifest.has(rel)) described.add(rel);
    let bytes: Uint8Array;
    try {
      // one huge article would stall the start for minutes: its size says so before it is read
      const size = isJsonl(full) ? 0 : (await stat(full)).size;
      if (size > limit) {
        warn(rel, `is ${formatBytes(size)}, over the ${formatBytes(limit)} limit for one article (SOURCEBOT_MAX_ARTICLE_BYTES); skipped`);
        continue;
      }
      bytes = await readFile(full);
    } catch (e) {
      warn(rel, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); skipped`);
      continue;
    }
    if (isJsonl(full)) {
      // valid UTF-8 is parsed line by line from the bytes (the usual case); anything else decoded whole first
      const checked = checkCorpusBytes(bytes);
      const decoded = checked.ok && checked.utf8 ? null : decodeCorpusFile(bytes);
      if (decoded && !decoded.ok) {
        warn(rel, `${decoded.problem}; skipped`);
        continue;
      }
      for (const w of decoded?.warnings ?? []) warn(rel, w);
      const parsed = parseJsonl(decoded ? decoded.text : bytes, limit);
      if (!decoded && !parsed.articles.length && !parsed.problems.length) {
        warn(rel, 'the file holds only white space; skipped');
        continue;
      }
      for (const p of parsed.problems) warn(jsonlFile(rel, p.line), `line ${p.line} ${p.message}`);
      const stem = path.posix.basename(rel, path.extname(rel));
      for (const a of parsed.articles) {
        const file = jsonlFile(rel, a.line);
        if (manifest.has(file)) described.add(file);
        add({ id: a.id, fallbackId: `${stem}-${a.line}`, file, raw: a.text, textOffset: 0, frontMatter: a.layer, warnings: a.problems });
      }
      continue;
    }
    const decoded = decodeCorpusFile(bytes);
    if (!decoded.ok) {
      warn(rel, `${decoded.problem}; skipped`);
      continue;
    }
    const fm = readFrontMatter(decoded.text);
    add({ id: fm.id, fallbackId: path.basename(rel, path.extname(rel)), file: rel, raw: decoded.text, textOffset: fm.bodyOffset, frontMatter: fm.layer, warnings: [...decoded.warnings, ...fm.problems] });
  }
  for (const key of manifest.keys()) {
    if (!described.has(key)) warn(key, 'is described in a manifest but no such article file was loaded');
  }
  return { root: given, inputs, warnings };
}
