/**
 * The HTTP interactions endpoint as Discord calls it, with a key pair generated here: a signed
 * PING gets {"type":1}; a missing or bad signature, a stale timestamp and an oversized body are
 * refused before anything is parsed or answered; health and readiness for load balancers.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionsServer } from '../../src/http/interactions-server.ts';
import { publicKeyFromHex, verifyRequest } from '../../src/http/verify-request.ts';

const pair = generateKeyPairSync('ed25519');
const publicHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
const other = generateKeyPairSync('ed25519');
const NOW = 1_800_000_000;

const signed = (body: string, ts = String(NOW), key: KeyObject = pair.privateKey): Record<string, string> => ({
  'content-type': 'application/json',
  'x-signature-timestamp': ts,
  'x-signature-ed25519': sign(null, Buffer.from(ts + body), key).toString('hex'),
});

let server: Server;
let base: string;
let ready = true;
const answered: unknown[] = [];

beforeAll(async () => {
  server = createInteractionsServer({
    publicKey: publicKeyFromHex(publicHex),
    maxBodyBytes: 4096,
    ready: () => ready,
    now: () => NOW + 10,
    answer: (i) => {
      answered.push(i);
      return Promise.resolve({ type: 4, data: { content: 'answered' } });
    },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const post = (body: string, headers: Record<string, string>): Promise<Response> =>
  fetch(`${base}/interactions`, { method: 'POST', body, headers });

describe('POST /interactions', () => {
  it('answers a signed PING with {"type":1}', async () => {
    const body = JSON.stringify({ type: 1, id: '1', application_id: '2', token: 't', version: 1 });
    const r = await post(body, signed(body));
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ type: 1 });
  });

  it('hands a signed interaction to the answer and returns what it gives', async () => {
    const body = JSON.stringify({ type: 2, id: '3', data: { name: 'help' } });
    const r = await post(body, signed(body));
    expect(await r.json()).toEqual({ type: 4, data: { content: 'answered' } });
    expect(answered).toEqual([{ type: 2, id: '3', data: { name: 'help' } }]);
  });

  it('refuses a missing, a wrong and a replayed signature with 401, answering nothing', async () => {
    answered.length = 0;
    const body = JSON.stringify({ type: 2, id: '4' });
    const missing = await post(body, { 'content-type': 'application/json' });
    const wrongKey = await post(body, signed(body, String(NOW), other.privateKey));
    const tampered = await post(body.replace('"4"', '"5"'), signed(body));
    const stale = await post(body, signed(body, String(NOW - 6 * 60)));
    for (const r of [missing, wrongKey, tampered, stale]) expect(r.status).toBe(401);
    expect(answered).toEqual([]);
  });

  it('refuses a body over the limit with 413 before checking or parsing it', async () => {
    const body = JSON.stringify({ type: 1, pad: 'x'.repeat(10_000) });
    const r = await post(body, signed(body));
    expect(r.status).toBe(413);
  });
});

describe('health and readiness', () => {
  it('says the process is up at once, and ready only once the knowledge base is loaded', async () => {
    ready = false;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    // until then Discord's verification PING is answered, a command is not
    const ping = JSON.stringify({ type: 1 });
    expect((await post(ping, signed(ping))).status).toBe(200);
    const command = JSON.stringify({ type: 2, id: '6' });
    expect((await post(command, signed(command))).status).toBe(503);
    ready = true;
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});

describe('verifyRequest', () => {
  it('checks the signature over timestamp + body, and the age both ways', () => {
    const key = publicKeyFromHex(publicHex);
    const body = Buffer.from('{"type":1}');
    const h = signed(body.toString());
    expect(verifyRequest(key, h['x-signature-ed25519'], h['x-signature-timestamp'], body, NOW)).toEqual({ ok: true });
    expect(verifyRequest(key, h['x-signature-ed25519'], h['x-signature-timestamp'], body, NOW + 301)).toEqual({
      ok: false,
      reason: 'stale timestamp',
    });
    expect(verifyRequest(key, h['x-signature-ed25519'], h['x-signature-timestamp'], body, NOW - 301).ok).toBe(false);
    expect(() => publicKeyFromHex('not hex')).toThrow('DISCORD_PUBLIC_KEY must be 64 hexadecimal characters');
  });
});
