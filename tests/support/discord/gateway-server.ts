// A stand-in for Discord's WebSocket gateway (v10) on 127.0.0.1, enough for discord.js to log in:
// HELLO → IDENTIFY → READY (+ GUILD_CREATE per configured guild), heartbeat ACKs, RESUME, and
// test-driven dispatches (e.g. INTERACTION_CREATE).
//
// Encoding: discord.js 14 (@discordjs/ws) connects with `?v=10&encoding=json` and only asks for
// `compress=zlib-stream` when the optional `zlib-sync` package is installed; both are served here
// (zlib-stream = one deflate context per connection, each payload flushed with Z_SYNC_FLUSH).
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { constants as zlibConstants, createDeflate, type Deflate } from 'node:zlib';
import { WebSocketServer, type WebSocket } from 'ws';
import type {
  APIUser,
  ApplicationFlags,
  GatewayGuildCreateDispatchData,
  GatewayIdentifyData,
  GatewayReadyDispatchData,
} from 'discord.js';
import { DEFAULT_APPLICATION_ID, DEFAULT_BOT_USER } from './ids.ts';

export interface GatewayStandInOptions {
  port?: number;
  applicationId?: string;
  botUser?: APIUser;
  /** Sent in HELLO. discord.js first beats after a random fraction of it, so keep it large in tests. */
  heartbeatIntervalMs?: number;
  /**
   * Announced as unavailable in READY, then sent as GUILD_CREATE (discord.js waits for them
   * before 'clientReady') — only when IDENTIFY asks for the GUILDS intent, as on Discord.
   */
  guilds?: GatewayGuildCreateDispatchData[];
  /** If set, IDENTIFY with another token is closed with 4004 (Authentication failed). */
  token?: string;
}

export interface GatewayFrame {
  at: number;
  op: number;
  d: unknown;
  /** Which connection (0-based, in connect order) sent it. */
  connection: number;
}

export interface GatewayStandIn {
  /** ws://127.0.0.1:PORT — what REST's GET /gateway/bot must return. */
  url: string;
  port: number;
  /** Every IDENTIFY payload received (token, intents, properties, shard…). */
  identifies: GatewayIdentifyData[];
  /** Every frame received from clients. */
  received: GatewayFrame[];
  /** Close codes of connections the clients closed (1000: a clean goodbye), in order. */
  clientCloses: number[];
  /** Number of open, identified (or resumed) sessions. */
  readonly sessions: number;
  /** Sends `{ op: 0, t, d, s }` to every identified session; returns how many got it. */
  dispatch(t: string, d: unknown): number;
  /** Resolves with the next IDENTIFY (or the latest one if one already arrived and `fresh` is false). */
  waitForIdentify(timeoutMs?: number, fresh?: boolean): Promise<GatewayIdentifyData>;
  /** Resolves once a session has been sent READY (and its GUILD_CREATEs). */
  waitForReady(timeoutMs?: number): Promise<void>;
  /**
   * Resolves once a client has closed a connection (at once if one has): the stand-in may see the
   * close after the client's process has already exited.
   */
  waitForClientClose(timeoutMs?: number): Promise<void>;
  /** Called for every frame received from a client; returns an unsubscribe function. */
  onFrame(listener: (frame: GatewayFrame) => void): () => void;
  /** Close every connection with `code` (e.g. 4000 to make discord.js resume, 1000 to end). */
  disconnectAll(code?: number, reason?: string): void;
  close(): Promise<void>;
}

const GUILDS_INTENT = 1 << 0;

interface Session {
  index: number;
  ws: WebSocket;
  seq: number;
  sessionId: string | null;
  deflate: Deflate | null;
  /** Serialises compressed sends: each payload must be flushed before the next is written. */
  queue: Promise<void>;
}

export async function startGatewayStandIn(options: GatewayStandInOptions = {}): Promise<GatewayStandIn> {
  const clientCloses: number[] = [];
  let closingAll = false;
  const applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
  const botUser = options.botUser ?? { ...DEFAULT_BOT_USER, id: applicationId };
  const heartbeatInterval = options.heartbeatIntervalMs ?? 45_000;
  const guilds = options.guilds ?? [];

  const identifies: GatewayIdentifyData[] = [];
  const received: GatewayFrame[] = [];
  const sessions = new Set<Session>();
  const knownSessions = new Map<string, number>(); // session id -> last seq, for RESUME
  const identifyWaiters = new Set<(data: GatewayIdentifyData) => void>();
  const readyWaiters = new Set<() => void>();
  const closeWaiters = new Set<() => void>();
  const frameListeners = new Set<(frame: GatewayFrame) => void>();
  let readyCount = 0;
  let connections = 0;

  const wss = new WebSocketServer({ host: '127.0.0.1', port: options.port ?? 0 });
  await new Promise<void>((resolve, reject) => {
    wss.once('listening', resolve);
    wss.once('error', reject);
  });
  const port = (wss.address() as AddressInfo).port;
  const url = `ws://127.0.0.1:${port}`;

  function send(session: Session, payload: { op: number; d: unknown; s?: number | null; t?: string | null }): void {
    const text = JSON.stringify({ s: null, t: null, ...payload });
    const { ws, deflate } = session;
    if (!deflate) {
      if (ws.readyState === ws.OPEN) ws.send(text);
      return;
    }
    session.queue = session.queue.then(
      () =>
        new Promise<void>((resolve) => {
          const chunks: Buffer[] = [];
          const onData = (chunk: Buffer) => chunks.push(chunk);
          deflate.on('data', onData);
          deflate.write(text);
          deflate.flush(zlibConstants.Z_SYNC_FLUSH, () => {
            deflate.off('data', onData);
            // The frame ends with 00 00 ff ff, which is how the client knows a payload is complete.
            if (ws.readyState === ws.OPEN) ws.send(Buffer.concat(chunks));
            resolve();
          });
        }),
    );
  }

  function dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    if (session.sessionId) knownSessions.set(session.sessionId, session.seq);
    send(session, { op: 0, t, d, s: session.seq });
  }

  function onIdentify(session: Session, data: GatewayIdentifyData): void {
    if (options.token !== undefined && data.token !== options.token) {
      session.ws.close(4004, 'Authentication failed.');
      return;
    }
    if (session.sessionId) {
      session.ws.close(4005, 'Already authenticated.');
      return;
    }
    identifies.push(data);
    for (const waiter of [...identifyWaiters]) waiter(data);
    session.sessionId = randomUUID().replaceAll('-', '');
    // Without the GUILDS intent Discord sends no GUILD_CREATE, and discord.js would then wait
    // 15 s (waitGuildTimeout) for the guilds READY announced; so announce none in that case.
    const sentGuilds = (Number(data.intents) & GUILDS_INTENT) !== 0 ? guilds : [];
    const ready: GatewayReadyDispatchData = {
      v: 10,
      user: botUser,
      guilds: sentGuilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.sessionId,
      resume_gateway_url: url,
      application: { id: applicationId, flags: 0 as ApplicationFlags, flags_new: '0' },
      shard: data.shard ?? [0, 1],
    };
    dispatchTo(session, 'READY', ready);
    for (const guild of sentGuilds) dispatchTo(session, 'GUILD_CREATE', guild);
    readyCount += 1;
    for (const waiter of [...readyWaiters]) waiter();
  }

  wss.on('connection', (ws, req) => {
    const params = new URL(req.url ?? '/', 'ws://127.0.0.1').searchParams;
    const session: Session = {
      index: connections++,
      ws,
      seq: 0,
      sessionId: null,
      deflate: null,
      queue: Promise.resolve(),
    };
    if ((params.get('v') ?? '10') !== '10') {
      ws.close(4012, 'Invalid API version.');
      return;
    }
    if ((params.get('encoding') ?? 'json') !== 'json') {
      ws.close(4002, 'Only encoding=json is supported by the stand-in.');
      return;
    }
    const compress = params.get('compress');
    if (compress === 'zlib-stream') session.deflate = createDeflate();
    else if (compress) {
      ws.close(4002, `Unsupported compress=${compress}.`);
      return;
    }
    sessions.add(session);
    ws.on('close', (code: number) => {
      // 1005/1006 are what a vanished client leaves: recorded too, as what they are
      if (!closingAll) {
        clientCloses.push(code);
        for (const w of closeWaiters) w();
      }
      sessions.delete(session);
      session.deflate?.close();
    });
    ws.on('message', (raw: Buffer) => {
      let frame: { op?: unknown; d?: unknown };
      try {
        frame = JSON.parse(raw.toString('utf8')) as { op?: unknown; d?: unknown };
      } catch {
        ws.close(4002, 'Error while decoding payload.');
        return;
      }
      const op = typeof frame.op === 'number' ? frame.op : -1;
      const record: GatewayFrame = { at: Date.now(), op, d: frame.d, connection: session.index };
      received.push(record);
      for (const listener of [...frameListeners]) listener(record);
      switch (op) {
        case 1: // Heartbeat
          send(session, { op: 11, d: null });
          break;
        case 2: // Identify
          onIdentify(session, frame.d as GatewayIdentifyData);
          break;
        case 6: {
          // Resume: honour sessions we issued, otherwise "invalid session, not resumable".
          const d = (frame.d ?? {}) as { session_id?: string; seq?: number };
          const last = d.session_id ? knownSessions.get(d.session_id) : undefined;
          if (last === undefined || !d.session_id) {
            send(session, { op: 9, d: false });
            break;
          }
          session.sessionId = d.session_id;
          session.seq = last;
          dispatchTo(session, 'RESUMED', null);
          break;
        }
        case 3: // Presence update
        case 4: // Voice state update
        case 8: // Request guild members
          if (!session.sessionId) ws.close(4003, 'Not authenticated.');
          break;
        default:
          ws.close(4001, 'Unknown opcode.');
      }
    });
    send(session, { op: 10, d: { heartbeat_interval: heartbeatInterval } });
  });

  function waitFor<T>(
    register: (resolve: (value: T) => void) => () => void,
    timeoutMs: number,
    what: string,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let unregister = () => {};
      const timer = setTimeout(() => {
        unregister();
        reject(new Error(`Gateway stand-in: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      unregister = register((value) => {
        clearTimeout(timer);
        unregister();
        resolve(value);
      });
    });
  }

  /** the next call of one of `waiters` (a signal with no value) */
  function waitForSignal(waiters: Set<() => void>, timeoutMs: number, what: string): Promise<void> {
    return waitFor<void>(
      (resolve) => {
        const waiter = () => resolve();
        waiters.add(waiter);
        return () => waiters.delete(waiter);
      },
      timeoutMs,
      what,
    );
  }

  return {
    url,
    port,
    identifies,
    received,
    get sessions() {
      return [...sessions].filter((s) => s.sessionId !== null).length;
    },
    dispatch(t, d) {
      let count = 0;
      for (const session of sessions) {
        if (!session.sessionId) continue;
        dispatchTo(session, t, d);
        count += 1;
      }
      return count;
    },
    waitForIdentify(timeoutMs = 30_000, fresh = false) {
      const last = identifies.at(-1);
      if (!fresh && last) return Promise.resolve(last);
      return waitFor<GatewayIdentifyData>(
        (resolve) => {
          identifyWaiters.add(resolve);
          return () => identifyWaiters.delete(resolve);
        },
        timeoutMs,
        'IDENTIFY',
      );
    },
    waitForReady(timeoutMs = 30_000) {
      return readyCount > 0 ? Promise.resolve() : waitForSignal(readyWaiters, timeoutMs, 'READY');
    },
    waitForClientClose(timeoutMs = 30_000) {
      return clientCloses.length > 0 ? Promise.resolve() : waitForSignal(closeWaiters, timeoutMs, 'client close');
    },
    onFrame(listener) {
      frameListeners.add(listener);
      return () => frameListeners.delete(listener);
    },
    disconnectAll(code = 1000, reason = '') {
      for (const session of sessions) session.ws.close(code, reason);
    },
    clientCloses,
    close() {
      closingAll = true;
      for (const session of sessions) session.ws.terminate();
      return new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
