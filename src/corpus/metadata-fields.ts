/**
 * Validation of metadata that people write by hand (front-matter, manifest): every field is
 * checked and a bad one is reported and dropped, never half-trusted.
 */
import type { IsoDate } from '../analysis/types.ts';
import type { MetadataLayer, OriginalRef } from '../documents/types.ts';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD from what a person wrote (a time part is dropped). */
export function toIsoDate(v: unknown): IsoDate | null {
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 9999) return String(v);
  if (typeof v !== 'string') return null;
  const m = ISO.exec(v.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d && (Number(d) < 1 || Number(d) > 31)) return null;
  return [y, mo, d].filter(Boolean).join('-');
}

const TEXT_FIELDS = ['title', 'outlet', 'url', 'author', 'copyUrl'] as const;
const DATE_FIELDS = ['published', 'reposted'] as const;
const KNOWN = new Set<string>([...TEXT_FIELDS, ...DATE_FIELDS, 'original', 'note', 'id']);

function text(v: unknown): string | null | undefined {
  if (v === null) return null;
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  return undefined;
}

export interface ValidatedLayer {
  layer: MetadataLayer;
  id: string | null;
  problems: string[];
}

/** Check one metadata object (front-matter or a manifest entry). */
export function validateLayer(obj: unknown, where: string): ValidatedLayer {
  const problems: string[] = [];
  const layer: MetadataLayer = {};
  let id: string | null = null;
  if (obj === null || obj === undefined) return { layer, id, problems };
  if (typeof obj !== 'object' || Array.isArray(obj)) return { layer, id, problems: [`${where} is not a set of "key: value" fields`] };
  const o = obj as Record<string, unknown>;
  for (const k of Object.keys(o)) if (!KNOWN.has(k)) problems.push(`${where}: unknown field "${k}" ignored`);
  for (const f of TEXT_FIELDS) {
    if (!(f in o)) continue;
    const v = text(o[f]);
    if (v === undefined) problems.push(`${where}: "${f}" must be text`);
    else layer[f] = v;
  }
  for (const f of DATE_FIELDS) {
    if (!(f in o)) continue;
    if (o[f] === null) {
      layer[f] = null;
      continue;
    }
    const d = toIsoDate(o[f]);
    if (d) layer[f] = d;
    else problems.push(`${where}: "${f}" must be a date as YYYY-MM-DD, YYYY-MM or YYYY (got ${JSON.stringify(o[f])})`);
  }
  if ('note' in o) {
    const v = text(o.note);
    if (v) layer.note = v;
  }
  if ('id' in o) {
    const v = text(o.id);
    if (v && /^[\w.-]{1,120}$/.test(v)) id = v;
    else problems.push(`${where}: "id" must be letters, digits, "-", "_" or "." (got ${JSON.stringify(o.id)})`);
  }
  if ('original' in o) {
    const orig = o.original;
    if (orig === null) layer.original = null;
    else if (typeof orig !== 'object' || Array.isArray(orig)) problems.push(`${where}: "original" must be a set of fields (outlet, url, author, published, title)`);
    else {
      const r = orig as Record<string, unknown>;
      const ref: OriginalRef = { title: null, outlet: null, url: null, author: null, published: null };
      for (const f of ['title', 'outlet', 'url', 'author'] as const) {
        const v = text(r[f]);
        if (v === undefined && r[f] !== undefined) problems.push(`${where}: "original.${f}" must be text`);
        else ref[f] = v ?? null;
      }
      if (r.published !== undefined && r.published !== null) {
        const d = toIsoDate(r.published);
        if (d) ref.published = d;
        else problems.push(`${where}: "original.published" must be a date as YYYY-MM-DD, YYYY-MM or YYYY`);
      }
      layer.original = ref;
    }
  }
  return { layer, id, problems };
}
