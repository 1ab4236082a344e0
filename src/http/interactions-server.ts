/**
 * The HTTP side of Discord interactions: `POST /interactions` (Discord's Interactions Endpoint
 * URL), `GET /healthz` (the process is up) and `GET /readyz` (the knowledge base is loaded). A
 * request's signature and age are checked before its body is parsed; a body over the limit is
 * refused (413) without being read whole. What an interaction is answered with is `answer`'s
 * job; PING is answered here.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { verifyRequest } from './verify-request.ts';

/** Discord's interaction bodies are a few kB; a large one is not Discord. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

const PING = 1;

export interface InteractionsServerOptions {
  publicKey: KeyObject;
  maxBodyBytes?: number;
  /** whether the knowledge base is loaded (readyz) */
  ready: () => boolean;
  /** the HTTP response body for a verified interaction other than PING */
  answer: (interaction: { type: number } & Record<string, unknown>) => Promise<unknown>;
  /** seconds since the epoch (tests) */
  now?: () => number;
  /** GET /metrics: Prometheus text, if given */
  metrics?: () => Promise<string>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/** The body, or null once it passes `limit` bytes (the rest is not read). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      resolve(null);
      return;
    }
    const parts: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
      } else parts.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(parts)));
    req.on('error', reject);
  });
}

export function createInteractionsServer(opts: InteractionsServerOptions): Server {
  const limit = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true });
      if (req.method === 'GET' && url.pathname === '/readyz')
        return opts.ready() ? send(res, 200, { ready: true }) : send(res, 503, { ready: false });
      if (req.method === 'GET' && url.pathname === '/metrics' && opts.metrics) {
        const text = await opts.metrics();
        res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' });
        return void res.end(text);
      }
      if (url.pathname !== '/interactions') return send(res, 404, { error: 'not found' });
      if (req.method !== 'POST') return send(res, 405, { error: 'method not allowed' });
      const body = await readBody(req, limit);
      if (!body) {
        res.setHeader('connection', 'close');
        return send(res, 413, { error: 'body too large' });
      }
      const verdict = verifyRequest(
        opts.publicKey,
        req.headers['x-signature-ed25519'] as string | undefined,
        req.headers['x-signature-timestamp'] as string | undefined,
        body,
        opts.now?.(),
      );
      if (!verdict.ok) return send(res, 401, { error: 'invalid request signature' });
      let interaction: { type: number } & Record<string, unknown>;
      try {
        interaction = JSON.parse(body.toString('utf8')) as { type: number } & Record<string, unknown>;
      } catch {
        return send(res, 400, { error: 'body is not JSON' });
      }
      if (interaction.type === PING) return send(res, 200, { type: 1 });
      // still loading the knowledge base: a load balancer should not have sent it here (readyz)
      if (!opts.ready()) return send(res, 503, { error: 'not ready' });
      send(res, 200, await opts.answer(interaction));
    })().catch(() => {
      if (!res.headersSent) send(res, 500, { error: 'internal error' });
    });
  });
}
