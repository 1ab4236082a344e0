/**
 * The corpus maintainer's report: per file, each metadata field and where it came from, where
 * the article text starts and ends, what was stripped and why, and every warning.
 */
import type { Corpus } from '../corpus/load-corpus.ts';
import { META_FIELDS, type CorpusDocument } from '../documents/types.ts';

const words = (s: string, n: number, fromEnd = false): string => {
  const w = s.replace(/\s+/g, ' ').trim().split(' ');
  return fromEnd ? (w.length > n ? '… ' : '') + w.slice(-n).join(' ') : w.slice(0, n).join(' ') + (w.length > n ? ' …' : '');
};

const show = (v: unknown): string => (v === null || v === undefined ? 'unknown' : typeof v === 'string' ? v : JSON.stringify(v));

function documentReport(d: CorpusDocument, warnings: readonly string[]): string {
  const out: string[] = [`== ${d.file}  (id ${d.id})`];
  for (const f of META_FIELDS) {
    const v = d[f];
    if ((f === 'reposted' || f === 'copyUrl') && v == null) continue;
    out.push(`  ${f.padEnd(10)} ${show(v)}${d.sources[f] ? `   [${d.sources[f]}]` : ''}`);
  }
  if (d.subtitle) out.push(`  subtitle   ${d.subtitle}   [detected]`);
  if (d.note) out.push(`  note       ${d.note}`);
  out.push(`  body       ${d.body.length} characters in ${d.bodySpans.length} span${d.bodySpans.length === 1 ? '' : 's'} (${d.bodySpans.map((s) => `${s.start}-${s.end}`).join(', ')})`);
  out.push(`    starts   ${words(d.body, 12)}`);
  out.push(`    ends     ${words(d.body, 12, true)}`);
  if (d.commentary) out.push(`  commentary (kept apart from the article): ${words(d.commentary.text, 20)}`);
  if (d.stripped.length) {
    out.push('  stripped');
    for (const s of d.stripped) out.push(`    ${s.reason.padEnd(28)} ${JSON.stringify(words(s.text, 10))}`);
  }
  for (const w of warnings) out.push(`  warning: ${w}`);
  return out.join('\n');
}

export function checkReport(corpus: Corpus): { text: string; problems: number } {
  const byFile = new Map<string, string[]>();
  for (const w of corpus.warnings) {
    const k = w.file ?? '';
    byFile.set(k, [...(byFile.get(k) ?? []), w.message]);
  }
  const loaded = new Set(corpus.documents.map((d) => d.file));
  const parts = [`Corpus ${corpus.root}: ${corpus.documents.length} article${corpus.documents.length === 1 ? '' : 's'} loaded, ${corpus.warnings.length} warning${corpus.warnings.length === 1 ? '' : 's'}`];
  for (const d of corpus.documents) parts.push(documentReport(d, byFile.get(d.file) ?? []));
  const others = [...byFile.entries()].filter(([f]) => !loaded.has(f));
  if (others.length) {
    parts.push('== not loaded or not about one article');
    for (const [f, ws] of others) for (const w of ws) parts.push(`  ${f || 'corpus'}: ${w}`);
  }
  return { text: parts.join('\n\n'), problems: corpus.warnings.length };
}
