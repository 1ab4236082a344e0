/**
 * Discord's signature on an HTTP interaction: Ed25519 over the `X-Signature-Timestamp` header
 * followed by the raw body, checked against the application's public key (hex, from the
 * Developer Portal). Node's crypto verifies Ed25519 itself; nothing else is needed.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** A request older than this (or this far in the future) is refused as a possible replay. */
export const MAX_AGE_SECONDS = 5 * 60;

/** The public key from its 64 hex characters (32 bytes), or an Error saying what is wrong with it. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex.trim())) throw new Error('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters');
  const x = Buffer.from(hex.trim(), 'hex').toString('base64url');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
}

export type Verdict = { ok: true } | { ok: false; reason: string };

export function verifyRequest(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds: number = Date.now() / 1000,
): Verdict {
  if (!signatureHex || !timestamp) return { ok: false, reason: 'missing signature headers' };
  if (!/^[0-9a-f]{128}$/i.test(signatureHex)) return { ok: false, reason: 'malformed signature' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed timestamp' };
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_AGE_SECONDS) return { ok: false, reason: 'stale timestamp' };
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  const good = verify(null, signed, key, Buffer.from(signatureHex, 'hex'));
  return good ? { ok: true } : { ok: false, reason: 'bad signature' };
}
