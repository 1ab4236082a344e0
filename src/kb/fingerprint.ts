import { createHash } from 'node:crypto';
import type { KnowledgeBase } from './types.ts';

/**
 * A short fingerprint of the corpus an answer was computed from: page buttons carry it, so a
 * button made before the corpus changed says "expired" instead of showing other results.
 */
export function kbFingerprint(kb: Pick<KnowledgeBase, 'documents'>): string {
  const h = createHash('sha256');
  for (const d of kb.documents)
    h.update(d.id)
      .update('\0')
      .update(String(d.raw.length))
      .update('\0')
      .update(d.published ?? '')
      .update('\0');
  return h.digest('base64url').slice(0, 6);
}
