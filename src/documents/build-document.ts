/**
 * One corpus file to one document: the article text found by segmentation, and metadata merged
 * from its layers (front-matter wins over the manifest, the manifest over detection).
 */
import { bodyOf, SPAN_JOINER, withAnalysis } from './portable.ts';
import { segment } from './segment.ts';
import {
  META_FIELDS,
  type CorpusDocument,
  type FieldSource,
  type Metadata,
  type MetadataLayer,
  type MetaField,
  type RawSpan,
} from './types.ts';

export interface DocumentInput {
  id: string;
  file: string;
  raw: string;
  /** offset in `raw` where the text after any front-matter starts */
  textOffset: number;
  frontMatter: MetadataLayer;
  manifest: MetadataLayer;
  warnings: string[];
}

export { SPAN_JOINER } from './portable.ts';

export function buildDocument(input: DocumentInput): CorpusDocument {
  const { raw, textOffset, frontMatter, manifest } = input;
  const statedTitle = pick('title', frontMatter, manifest);
  const seg = segment(raw.slice(textOffset), textOffset, statedTitle?.value ?? null);
  const detected: Partial<Metadata> = {
    title: seg.header.title,
    url: seg.header.url,
    author: seg.header.author,
    published: seg.header.published,
    reposted: seg.header.reposted,
  };
  const meta: Metadata = {
    title: null,
    outlet: null,
    url: null,
    author: null,
    published: null,
    reposted: null,
    copyUrl: null,
    original: null,
  };
  const sources: Partial<Record<MetaField, FieldSource>> = {};
  for (const f of META_FIELDS) {
    const p =
      pick(f, frontMatter, manifest) ??
      (detected[f] != null ? { value: detected[f], source: 'detected' as const } : null);
    if (!p) continue;
    (meta as unknown as Record<MetaField, unknown>)[f] = p.value ?? null;
    // a layer that states a field unknown (null) is still its source: it overrides detection
    if (p.value != null || p.source !== 'detected') sources[f] = p.source;
  }
  const body = bodyOf(raw, seg.bodySpans);
  const warnings = [...input.warnings];
  if (!body.trim()) warnings.push('no article text was found after the header and boilerplate were removed');
  return withAnalysis({
    id: input.id,
    file: input.file,
    raw,
    ...meta,
    body,
    bodySpans: seg.bodySpans,
    commentary: seg.commentary,
    subtitle: seg.header.subtitle,
    stripped: seg.stripped,
    sources,
    note: frontMatter.note ?? manifest.note ?? null,
    warnings,
  });
}

function pick<F extends MetaField>(
  f: F,
  ...layers: MetadataLayer[]
): { value: Metadata[F] | null | undefined; source: FieldSource } | null {
  const names: FieldSource[] = ['front-matter', 'manifest'];
  for (let i = 0; i < layers.length; i++) {
    const layer = layers[i]!;
    if (Object.prototype.hasOwnProperty.call(layer, f))
      return { value: layer[f] as Metadata[F] | null | undefined, source: names[i]! };
  }
  return null;
}

/** Raw-file offset of a body offset (the body is the spans joined by SPAN_JOINER). */
export function bodyToRaw(spans: readonly RawSpan[], offset: number): number {
  let at = 0;
  for (const s of spans) {
    const len = s.end - s.start;
    if (offset <= at + len) return s.start + Math.max(0, offset - at);
    at += len + SPAN_JOINER.length;
  }
  const last = spans[spans.length - 1];
  return last ? last.end : 0;
}
