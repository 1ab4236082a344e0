/**
 * The corpus maintainer's report: per file, each metadata field and where it came from, where
 * the article text starts and ends, what was stripped and why (before the article, inside its
 * body, after it), the capitalised runs the people analysis refused as page furniture, and every
 * warning. Removals are information; only warnings count as problems.
 */
import type { Corpus } from '../corpus/load-corpus.ts';
import { bodyToRaw } from '../documents/build-document.ts';
import { META_FIELDS, type CorpusDocument, type StrippedBlock } from '../documents/types.ts';
import type { DocumentAnalysis, LocalFurniture } from '../kb/document-analysis.ts';

const words = (s: string, n: number, fromEnd = false): string => {
  const w = s.replace(/\s+/g, ' ').trim().split(' ');
  return fromEnd
    ? (w.length > n ? '… ' : '') + w.slice(-n).join(' ')
    : w.slice(0, n).join(' ') + (w.length > n ? ' …' : '');
};

/** 1-based line of a raw-file offset: where the maintainer finds it in the file. */
const lineOf = (raw: string, offset: number): number => {
  let n = 1;
  for (let i = raw.indexOf('\n'); i >= 0 && i < offset; i = raw.indexOf('\n', i + 1)) n++;
  return n;
};

/** A few words either side of a body range, within its paragraph, the range bracketed: "… said. [Play Video] The …". */
function around(body: string, start: number, end: number, n = 5): string {
  const from = body.lastIndexOf('\n', start - 1) + 1;
  const to = body.indexOf('\n', end);
  const left = body.slice(from, start).split(/\s+/);
  const right = body.slice(end, to < 0 ? body.length : to).split(/\s+/);
  // the word the range is glued to ("Park/" of "Park/AP") stays glued: it is the last (first) piece
  const l = left.slice(-n - 1).join(' ');
  const r = right.slice(0, n + 1).join(' ');
  return `${left.length > n + 1 ? '… ' : ''}${l}[${body.slice(start, end)}]${r}${right.length > n + 1 ? ' …' : ''}`
    .replace(/\s+/g, ' ')
    .trim();
}

/** Stripped blocks by where they stood: before the first body span, between spans, after the last. */
function placeStripped(d: CorpusDocument): {
  before: StrippedBlock[];
  inside: StrippedBlock[];
  after: StrippedBlock[];
} {
  const first = d.bodySpans[0];
  const last = d.bodySpans[d.bodySpans.length - 1];
  const out = { before: [] as StrippedBlock[], inside: [] as StrippedBlock[], after: [] as StrippedBlock[] };
  for (const s of d.stripped) {
    if (!first || !last || s.end <= first.start) out.before.push(s);
    else if (s.start >= last.end) out.after.push(s);
    else out.inside.push(s);
  }
  return out;
}

const show = (v: unknown): string =>
  v === null || v === undefined ? 'unknown' : typeof v === 'string' ? v : JSON.stringify(v);

function documentReport(d: CorpusDocument, furniture: readonly LocalFurniture[], warnings: readonly string[]): string {
  const out: string[] = [`== ${d.file}  (id ${d.id})`];
  for (const f of META_FIELDS) {
    const v = d[f];
    if ((f === 'reposted' || f === 'copyUrl') && v == null) continue;
    out.push(`  ${f.padEnd(10)} ${show(v)}${d.sources[f] ? `   [${d.sources[f]}]` : ''}`);
  }
  if (d.subtitle) out.push(`  subtitle   ${d.subtitle}   [detected]`);
  if (d.note) out.push(`  note       ${d.note}`);
  out.push(
    `  body       ${d.body.length} characters in ${d.bodySpans.length} span${d.bodySpans.length === 1 ? '' : 's'} (${d.bodySpans.map((s) => `${s.start}-${s.end}`).join(', ')})`,
  );
  out.push(`    starts   ${words(d.body, 12)}`);
  out.push(`    ends     ${words(d.body, 12, true)}`);
  if (d.commentary) out.push(`  commentary (kept apart from the article): ${words(d.commentary.text, 20)}`);
  const placed = placeStripped(d);
  const edge = (heading: string, blocks: readonly StrippedBlock[]): void => {
    if (!blocks.length) return;
    out.push(`  ${heading}`);
    for (const s of blocks) out.push(`    ${s.reason.padEnd(28)} ${JSON.stringify(words(s.text, 10))}`);
  };
  edge(d.bodySpans.length ? 'stripped before the article text' : 'stripped', placed.before);
  // lines taken out between paragraphs: the body spans either side still hold the article text
  if (placed.inside.length) {
    out.push('  removed inside the body');
    const w = Math.max(...placed.inside.map((s) => s.reason.length));
    for (const s of placed.inside)
      out.push(
        `    line ${String(lineOf(d.raw, s.start)).padEnd(5)} ${s.reason.padEnd(w)}  ${JSON.stringify(words(s.text, 10))}`,
      );
  }
  edge('stripped after the article text', placed.after);
  // words left in the body but refused as names: why a would-be person is not in the knowledge base
  if (furniture.length) {
    out.push('  page furniture the people analysis refused as names');
    const w = Math.max(...furniture.map((f) => f.reason.length));
    for (const f of furniture) {
      const line = lineOf(d.raw, bodyToRaw(d.bodySpans, f.span.start));
      out.push(
        `    line ${String(line).padEnd(5)} ${f.reason.padEnd(w)}  ${JSON.stringify(f.text)}  in ${JSON.stringify(around(d.body, f.span.start, f.span.end))}`,
      );
    }
  }
  for (const w of warnings) out.push(`  warning: ${w}`);
  return out.join('\n');
}

/** `analyses`: the people analysis of the corpus' documents (any order), for the page furniture it refused. */
export function checkReport(corpus: Corpus, analyses: readonly DocumentAnalysis[]): { text: string; problems: number } {
  const furnitureOf = new Map(analyses.map((a) => [a.documentId, a.furniture]));
  const byFile = new Map<string, string[]>();
  for (const w of corpus.warnings) {
    const k = w.file ?? '';
    byFile.set(k, [...(byFile.get(k) ?? []), w.message]);
  }
  const loaded = new Set(corpus.documents.map((d) => d.file));
  const parts = [
    `Corpus ${corpus.root}: ${corpus.documents.length} article${corpus.documents.length === 1 ? '' : 's'} loaded, ${corpus.warnings.length} warning${corpus.warnings.length === 1 ? '' : 's'}`,
  ];
  for (const d of corpus.documents)
    parts.push(documentReport(d, furnitureOf.get(d.id) ?? [], byFile.get(d.file) ?? []));
  const others = [...byFile.entries()].filter(([f]) => !loaded.has(f));
  if (others.length) {
    parts.push('== not loaded or not about one article');
    for (const [f, ws] of others) for (const w of ws) parts.push(`  ${f || 'corpus'}: ${w}`);
  }
  return { text: parts.join('\n\n'), problems: corpus.warnings.length };
}
