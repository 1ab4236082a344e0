// A stand-in for Discord's HTTP API (v10) on 127.0.0.1: records every request and answers the
// routes a slash-command bot uses, with Discord's status codes and error bodies, so the real
// discord.js client (and its @discordjs/rest error/retry handling) can be exercised offline.
//
// discord.js builds URLs as `${rest.api}/v10${route}` (@discordjs/rest resolveRequest), so point
// the client at `url` below (`http://127.0.0.1:PORT/api`).
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type {
  APIApplicationCommand,
  APIAttachment,
  APIEmbed,
  APIMessage,
  APIMessageTopLevelComponent,
  APIUser,
} from 'discord.js';
import { DEFAULT_APPLICATION_ID, DEFAULT_BOT_USER, DEFAULT_CHANNEL_ID, snowflake } from './ids.ts';
import {
  findChoiceViolations,
  findMessagePayloadViolations,
  formatPath,
  isMentionViolation,
  toDiscordErrors,
  type Violation,
} from './limits.ts';

export type RouteName =
  | 'interactionCallback'
  | 'followUp'
  | 'webhookMessage'
  | 'gatewayBot'
  | 'gateway'
  | 'usersMe'
  | 'applicationsMe'
  | 'globalCommands'
  | 'guildCommands'
  | 'unknown';

export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
}

export interface RecordedRequest {
  /** 0-based position in `requests`. */
  seq: number;
  at: number;
  method: string;
  /** Full, percent-decoded path without the query, e.g. `/api/v10/webhooks/1/tok/messages/@original`. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the parsed `payload_json` part of a multipart body; null if none. */
  body: unknown;
  files: RecordedFile[];
  route: RouteName;
  /** Path parameters of the matched route: id, token, applicationId, guildId, messageId. */
  params: Record<string, string>;
  /** Everything checkMessagePayload found (limit and never-ping violations alike). */
  violations: string[];
  /** What the stand-in answered. */
  status: number;
  response: unknown;
}

export type RequestMatcher =
  ((request: RecordedRequest) => boolean) | { method?: string; path?: string | RegExp; route?: RouteName };

export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests get this answer (default 1). */
  times?: number;
}

/** Ready-made Discord failures for `failNext`. */
export const Failures = {
  /** The token expired (3 s without a callback) or the interaction was already answered elsewhere. */
  unknownInteraction: (): ScriptedResponse => ({ status: 404, body: { code: 10062, message: 'Unknown interaction' } }),
  alreadyAcknowledged: (): ScriptedResponse => ({
    status: 400,
    body: { code: 40060, message: 'Interaction has already been acknowledged.' },
  }),
  unknownMessage: (): ScriptedResponse => ({ status: 404, body: { code: 10008, message: 'Unknown Message' } }),
  /** @discordjs/rest sleeps `retry-after` seconds (+ its 50 ms offset) and retries transparently. */
  rateLimited: (retryAfter = 0.05, global = false): ScriptedResponse => ({
    status: 429,
    headers: {
      'retry-after': String(retryAfter),
      'x-ratelimit-scope': global ? 'global' : 'user',
      ...(global ? { 'x-ratelimit-global': 'true' } : {}),
    },
    body: { retry_after: retryAfter, global, message: 'You are being rate limited.' },
  }),
  /** @discordjs/rest retries 5xx up to `rest.retries` times (default 3): use `times` > retries to make it throw. */
  serverError: (times = 1): ScriptedResponse => ({
    status: 500,
    body: { code: 0, message: '500: Internal Server Error' },
    times,
  }),
} as const;

export interface RestStandInOptions {
  /** Default 0 (any free port). */
  port?: number;
  applicationId?: string;
  botUser?: APIUser;
  /** ws:// URL returned by GET /gateway/bot; set later with setGatewayUrl(). */
  gatewayUrl?: string;
  /** If set, authenticated routes answer 401 unless `Authorization: Bot <token>` matches. */
  token?: string;
  /** Also reject (50035) payloads that break the never-ping rule; by default they are only recorded. */
  strictMentions?: boolean;
  /**
   * Answer 10062 Unknown interaction when the first callback for a tracked interaction comes
   * later than this many ms after trackInteraction() (Discord's limit is 3000). Off by default.
   */
  interactionDeadlineMs?: number;
  /** Answer every request this many ms late, as a distant Discord would (default 0). */
  responseDelayMs?: number;
}

export interface TrackableInteraction {
  id: string;
  token: string;
  type?: number;
  channel_id?: string;
  message?: APIMessage;
}

export interface RestStandIn {
  /** The value for discord.js' `rest.api` option: `http://127.0.0.1:PORT/api`. */
  url: string;
  origin: string;
  port: number;
  requests: RecordedRequest[];
  /** Messages created by callbacks / follow-ups, by message id (edits are applied). */
  messages: Map<string, APIMessage>;
  /** Last bulk-overwritten command sets. */
  commands: { global: APIApplicationCommand[]; guilds: Map<string, APIApplicationCommand[]> };
  setGatewayUrl(url: string | null): void;
  /** Answer the next `times` requests that match with `response` instead of the normal handling. */
  failNext(matcher: RequestMatcher, response: ScriptedResponse): void;
  /** Tell the stand-in about an interaction (for @original of components, channel ids and the deadline). */
  trackInteraction(raw: TrackableInteraction): void;
  find(matcher: RequestMatcher): RecordedRequest[];
  /** Resolves with the first recorded (past or future) request that matches; rejects after timeoutMs. */
  waitForRequest(matcher: RequestMatcher, timeoutMs?: number): Promise<RecordedRequest>;
  /** Called after each request is answered; returns an unsubscribe function. */
  onRequest(listener: (request: RecordedRequest) => void): () => void;
  /** Forget recorded requests, messages, scripted failures and tracked interactions. */
  reset(): void;
  close(): Promise<void>;
}

export function matches(matcher: RequestMatcher, request: RecordedRequest): boolean {
  if (typeof matcher === 'function') return matcher(request);
  if (matcher.method && matcher.method.toUpperCase() !== request.method) return false;
  if (matcher.route && matcher.route !== request.route) return false;
  if (matcher.path !== undefined) {
    if (typeof matcher.path === 'string' ? matcher.path !== request.path : !matcher.path.test(request.path))
      return false;
  }
  return true;
}

interface Route {
  name: RouteName;
  pattern: RegExp;
  keys: string[];
  methods: string[];
  /** Needs `Authorization: Bot …` (interaction and webhook routes authenticate by token in the path). */
  auth: boolean;
}

const ROUTES: Route[] = [
  {
    name: 'interactionCallback',
    pattern: /^\/interactions\/(\d+)\/([^/]+)\/callback$/,
    keys: ['id', 'token'],
    methods: ['POST'],
    auth: false,
  },
  {
    name: 'webhookMessage',
    pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/,
    keys: ['applicationId', 'token', 'messageId'],
    methods: ['GET', 'PATCH', 'DELETE'],
    auth: false,
  },
  {
    name: 'followUp',
    pattern: /^\/webhooks\/(\d+)\/([^/]+)$/,
    keys: ['applicationId', 'token'],
    methods: ['POST'],
    auth: false,
  },
  { name: 'gatewayBot', pattern: /^\/gateway\/bot$/, keys: [], methods: ['GET'], auth: true },
  { name: 'gateway', pattern: /^\/gateway$/, keys: [], methods: ['GET'], auth: false },
  { name: 'usersMe', pattern: /^\/users\/@me$/, keys: [], methods: ['GET'], auth: true },
  { name: 'applicationsMe', pattern: /^\/applications\/@me$/, keys: [], methods: ['GET'], auth: true },
  {
    name: 'globalCommands',
    pattern: /^\/applications\/(\d+)\/commands$/,
    keys: ['applicationId'],
    methods: ['GET', 'PUT', 'POST'],
    auth: true,
  },
  {
    name: 'guildCommands',
    pattern: /^\/applications\/(\d+)\/guilds\/(\d+)\/commands$/,
    keys: ['applicationId', 'guildId'],
    methods: ['GET', 'PUT', 'POST'],
    auth: true,
  },
];

const API_PREFIX = '/api/v10';
const MESSAGE_CALLBACK_TYPES = new Set([4, 7]);
const KNOWN_CALLBACK_TYPES = new Set([1, 4, 5, 6, 7, 8, 9, 10, 12]);
const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

class HttpError extends Error {
  constructor(readonly reply: Reply) {
    super(`HTTP ${reply.status}`);
  }
}

const notFound = (): Reply => ({ status: 404, body: { code: 0, message: '404: Not Found' } });

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: RecordedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  if (raw.length === 0) return { body: null, files: [] };
  const type = req.headers['content-type'] ?? '';
  const invalidJson = () =>
    new HttpError({ status: 400, body: { code: 50109, message: 'The request body contains invalid JSON.' } });
  if (type.startsWith('multipart/form-data')) {
    // discord.js sends attachments as multipart with the JSON in a `payload_json` part.
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    let body: unknown = null;
    const files: RecordedFile[] = [];
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') {
          try {
            body = JSON.parse(value);
          } catch {
            throw invalidJson();
          }
        }
      } else {
        files.push({ field, name: value.name, contentType: value.type, size: value.size });
      }
    }
    return { body, files };
  }
  try {
    return { body: JSON.parse(raw.toString('utf8')), files: [] };
  } catch {
    throw invalidJson();
  }
}

export async function startRestStandIn(options: RestStandInOptions = {}): Promise<RestStandIn> {
  const applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
  const botUser = options.botUser ?? { ...DEFAULT_BOT_USER, id: applicationId };
  let gatewayUrl = options.gatewayUrl ?? null;

  const requests: RecordedRequest[] = [];
  const messages = new Map<string, APIMessage>();
  const originals = new Map<string, string>(); // interaction token -> message id
  const acknowledged = new Set<string>(); // interaction ids
  const tracked = new Map<string, { raw: TrackableInteraction; at: number }>(); // by id
  const trackedByToken = new Map<string, TrackableInteraction>();
  const commands = { global: [] as APIApplicationCommand[], guilds: new Map<string, APIApplicationCommand[]>() };
  const scripted: { matcher: RequestMatcher; response: ScriptedResponse; left: number }[] = [];
  const listeners = new Set<(request: RecordedRequest) => void>();

  function createMessage(
    token: string,
    data: Record<string, unknown>,
    files: RecordedFile[],
    extra: Partial<APIMessage> = {},
  ): APIMessage {
    const attachments: APIAttachment[] = files.map((f) => {
      const id = snowflake();
      return {
        id,
        filename: f.name,
        size: f.size,
        content_type: f.contentType,
        url: `https://cdn.discordapp.invalid/attachments/${id}/${f.name}`,
        proxy_url: `https://media.discordapp.invalid/attachments/${id}/${f.name}`,
      };
    });
    const message: APIMessage = {
      id: snowflake(),
      channel_id: trackedByToken.get(token)?.channel_id ?? DEFAULT_CHANNEL_ID,
      author: botUser,
      content: typeof data.content === 'string' ? data.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments,
      embeds: Array.isArray(data.embeds) ? (data.embeds as APIEmbed[]) : [],
      components: Array.isArray(data.components) ? (data.components as APIMessageTopLevelComponent[]) : [],
      pinned: false,
      type: 20, // ChatInputCommand: what Discord uses for interaction responses
      flags: typeof data.flags === 'number' ? data.flags : 0,
      webhook_id: applicationId,
      application_id: applicationId,
      ...extra,
    };
    messages.set(message.id, message);
    return message;
  }

  function editMessage(message: APIMessage, data: Record<string, unknown>): APIMessage {
    const edited: APIMessage = { ...message, edited_timestamp: new Date().toISOString() };
    if (typeof data.content === 'string') edited.content = data.content;
    if (Array.isArray(data.embeds)) edited.embeds = data.embeds as APIEmbed[];
    if (Array.isArray(data.components)) edited.components = data.components as APIMessageTopLevelComponent[];
    // Editing a deferred ("thinking…") response clears the Loading flag, keeps Ephemeral.
    edited.flags = (message.flags ?? 0) & ~LOADING;
    if (typeof data.flags === 'number') edited.flags |= data.flags & ~LOADING;
    messages.set(edited.id, edited);
    return edited;
  }

  /** The message payload of a request (if any) and what checkMessagePayload finds in it. */
  function payloadViolations(record: RecordedRequest): Violation[] {
    const body = record.body;
    if (record.route === 'interactionCallback') {
      if (!isObject(body) || typeof body.type !== 'number') return [];
      if (MESSAGE_CALLBACK_TYPES.has(body.type)) return findMessagePayloadViolations(body.data);
      if (body.type === 8) return findChoiceViolations(isObject(body.data) ? body.data.choices : undefined);
      return [];
    }
    if (
      (record.route === 'followUp' && record.method === 'POST') ||
      (record.route === 'webhookMessage' && record.method === 'PATCH')
    ) {
      return findMessagePayloadViolations(body);
    }
    return [];
  }

  /** 400/50035 with Discord's nested errors for limit violations (never-ping ones too when strict). */
  function rejectInvalid(found: readonly Violation[], prefix: (string | number)[]): void {
    const rejecting = found.filter((v) => options.strictMentions || !isMentionViolation(v));
    if (rejecting.length > 0) {
      throw new HttpError({
        status: 400,
        body: { code: 50035, message: 'Invalid Form Body', errors: toDiscordErrors(rejecting, prefix) },
      });
    }
  }

  function isEmptyMessage(data: Record<string, unknown>, files: RecordedFile[]): boolean {
    const nonEmpty = (v: unknown) =>
      typeof v === 'string' ? v.length > 0 : Array.isArray(v) ? v.length > 0 : v != null;
    return (
      files.length === 0 &&
      !['content', 'embeds', 'components', 'attachments', 'sticker_ids', 'poll'].some((k) => nonEmpty(data[k]))
    );
  }

  function checkAuth(headers: IncomingHttpHeaders): void {
    const auth = headers.authorization ?? '';
    const ok = options.token === undefined ? /^Bot \S+/.test(auth) : auth === `Bot ${options.token}`;
    if (!ok) throw new HttpError({ status: 401, body: { code: 0, message: '401: Unauthorized' } });
  }

  function handle(route: Route, method: string, record: RecordedRequest, found: readonly Violation[]): Reply {
    const { params, query, body, files } = record;
    const json = (status: number, b?: unknown): Reply => ({ status, body: b });
    const asObject = (b: unknown) => (isObject(b) ? b : {});
    switch (route.name) {
      case 'interactionCallback': {
        const id = params.id ?? '';
        const token = params.token ?? '';
        const payload = asObject(body);
        const type = payload.type;
        if (typeof type !== 'number' || !KNOWN_CALLBACK_TYPES.has(type)) {
          throw new HttpError({
            status: 400,
            body: {
              code: 50035,
              message: 'Invalid Form Body',
              errors: toDiscordErrors([
                {
                  path: ['type'],
                  code: 'BASE_TYPE_CHOICES',
                  message: `Value must be one of ${[...KNOWN_CALLBACK_TYPES].join(', ')}.`,
                },
              ]),
            },
          });
        }
        const info = tracked.get(id);
        if (
          info &&
          options.interactionDeadlineMs !== undefined &&
          !acknowledged.has(id) &&
          Date.now() - info.at > options.interactionDeadlineMs
        ) {
          throw new HttpError(Failures.unknownInteraction());
        }
        if (acknowledged.has(id)) throw new HttpError(Failures.alreadyAcknowledged());
        const data = asObject(payload.data);
        if (MESSAGE_CALLBACK_TYPES.has(type)) {
          rejectInvalid(found, ['data']);
          if (type === 4 && isEmptyMessage(data, files)) {
            throw new HttpError({ status: 400, body: { code: 50006, message: 'Cannot send an empty message' } });
          }
        } else if (type === 8) {
          rejectInvalid(found, ['data']);
        }
        acknowledged.add(id);
        let message: APIMessage | undefined;
        if (type === 4) {
          message = createMessage(token, data, files);
          originals.set(token, message.id);
        } else if (type === 5) {
          // Deferred: Discord shows "thinking…" — an empty message with the Loading flag.
          message = createMessage(token, {}, [], {
            flags: LOADING | ((typeof data.flags === 'number' ? data.flags : 0) & EPHEMERAL),
          });
          originals.set(token, message.id);
        } else if (type === 7) {
          const original = originals.get(token);
          const existing = original ? messages.get(original) : undefined;
          message = existing ? editMessage(existing, data) : createMessage(token, data, files);
          originals.set(token, message.id);
        } else if (type === 6) {
          const original = originals.get(token);
          message = original ? messages.get(original) : undefined;
        }
        if (query.with_response !== 'true') return { status: 204 };
        const interactionType =
          info?.raw.type ?? trackedByToken.get(token)?.type ?? (type === 8 ? 4 : type === 6 || type === 7 ? 3 : 2);
        return json(200, {
          interaction: {
            id,
            type: interactionType,
            ...(message
              ? {
                  response_message_id: message.id,
                  response_message_loading: ((message.flags ?? 0) & LOADING) !== 0,
                  response_message_ephemeral: ((message.flags ?? 0) & EPHEMERAL) !== 0,
                }
              : {}),
          },
          resource: { type, ...(message && type !== 6 ? { message } : {}) },
        });
      }
      case 'followUp': {
        const token = params.token ?? '';
        const data = asObject(body);
        rejectInvalid(found, []);
        if (isEmptyMessage(data, files)) {
          throw new HttpError({ status: 400, body: { code: 50006, message: 'Cannot send an empty message' } });
        }
        const message = createMessage(token, data, files);
        // Without ?wait=true Discord answers 204; discord.js always asks to wait.
        return query.wait === 'true' ? json(200, message) : { status: 204 };
      }
      case 'webhookMessage': {
        const token = params.token ?? '';
        const messageId = params.messageId === '@original' ? originals.get(token) : params.messageId;
        let message = messageId ? messages.get(messageId) : undefined;
        if (method === 'PATCH') {
          rejectInvalid(found, []);
          if (!message && params.messageId === '@original') {
            // Lenient: an edit of an original the stand-in never saw (e.g. an untracked component message).
            message = createMessage(token, {}, []);
            originals.set(token, message.id);
          }
          if (!message) throw new HttpError(Failures.unknownMessage());
          const edited = editMessage(message, asObject(body));
          if (files.length > 0) edited.attachments = createMessage(token, {}, files).attachments;
          return json(200, edited);
        }
        if (!message) throw new HttpError(Failures.unknownMessage());
        if (method === 'DELETE') {
          messages.delete(message.id);
          return { status: 204 };
        }
        return json(200, message);
      }
      case 'gatewayBot':
        if (!gatewayUrl) return json(503, { code: 0, message: 'No gateway attached to the stand-in' });
        return json(200, {
          url: gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
        });
      case 'gateway':
        return gatewayUrl ? json(200, { url: gatewayUrl }) : json(503, { code: 0, message: 'No gateway' });
      case 'usersMe':
        return json(200, { ...botUser, verified: true, mfa_enabled: false, flags: 0 });
      case 'applicationsMe':
        return json(200, {
          id: applicationId,
          name: botUser.username,
          icon: null,
          description: '',
          bot_public: false,
          bot_require_code_grant: false,
          verify_key: '0'.repeat(64),
          flags: 0,
          bot: botUser,
          owner: { ...botUser, id: snowflake(), bot: false },
          team: null,
        });
      case 'globalCommands':
      case 'guildCommands': {
        const guildId = params.guildId;
        const current = () => (guildId ? (commands.guilds.get(guildId) ?? []) : commands.global);
        const save = (list: APIApplicationCommand[]) =>
          guildId ? commands.guilds.set(guildId, list) : (commands.global = list);
        const withIds = (raw: unknown): APIApplicationCommand => {
          const c = asObject(raw);
          const existing = current().find((e) => e.name === c.name);
          return {
            type: 1,
            description: '',
            default_member_permissions: null,
            ...c,
            id: existing?.id ?? snowflake(),
            application_id: applicationId,
            version: snowflake(),
            ...(guildId ? { guild_id: guildId } : {}),
          } as APIApplicationCommand;
        };
        if (method === 'GET') return json(200, current());
        if (method === 'PUT') {
          if (!Array.isArray(body))
            throw new HttpError({
              status: 400,
              body: {
                code: 50035,
                message: 'Invalid Form Body',
                errors: { _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] },
              },
            });
          const list = body.map(withIds);
          save(list);
          return json(200, list);
        }
        const created = withIds(body);
        save([...current().filter((c) => c.name !== created.name), created]);
        return json(201, created);
      }
      case 'unknown':
        return notFound();
    }
  }

  function emit(request: RecordedRequest): void {
    for (const listener of [...listeners]) listener(request);
  }

  const server = createServer((req, res) => {
    void (async () => {
      if (options.responseDelayMs) await new Promise((r) => setTimeout(r, options.responseDelayMs));
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = (req.method ?? 'GET').toUpperCase();
      // @discordjs/rest percent-encodes `@` (…/messages/%40original, /users/%40me): match decoded.
      const path = url.pathname
        .split('/')
        .map((segment) => {
          try {
            return decodeURIComponent(segment);
          } catch {
            return segment;
          }
        })
        .join('/');
      const record: RecordedRequest = {
        seq: requests.length,
        at: Date.now(),
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: null,
        files: [],
        route: 'unknown',
        params: {},
        violations: [],
        status: 0,
        response: undefined,
      };
      requests.push(record);
      let reply: Reply;
      let found: Violation[] = [];
      try {
        const parsed = await readBody(req);
        record.body = parsed.body;
        record.files = parsed.files;
        const sub = path.startsWith(`${API_PREFIX}/`) ? path.slice(API_PREFIX.length) : null;
        let route: Route | undefined;
        let match: RegExpExecArray | null = null;
        for (const candidate of sub === null ? [] : ROUTES) {
          match = candidate.pattern.exec(sub ?? '');
          if (match) {
            route = candidate;
            break;
          }
        }
        if (route && match) {
          record.route = route.name;
          route.keys.forEach((key, i) => (record.params[key] = match[i + 1] ?? ''));
        }
        // Recorded whatever the outcome (scripted failure, 40060, 50035…), so tests can assert on them.
        found = payloadViolations(record);
        record.violations = found.map((v) => `${formatPath(v.path) || '(body)'}: ${v.message}`);
        const script = scripted.find((s) => s.left > 0 && matches(s.matcher, record));
        if (script) {
          script.left -= 1;
          reply = { status: script.response.status, body: script.response.body, headers: script.response.headers };
        } else if (!route) {
          reply = notFound();
        } else if (!route.methods.includes(method)) {
          reply = { status: 405, body: { code: 0, message: '405: Method Not Allowed' } };
        } else {
          if (route.auth) checkAuth(req.headers);
          reply = handle(route, method, record, found);
        }
      } catch (error) {
        if (error instanceof HttpError) {
          reply = error.reply;
        } else {
          reply = { status: 500, body: { code: 0, message: `stand-in error: ${String(error)}` } };
        }
      }
      record.status = reply.status;
      record.response = reply.body;
      send(res, reply);
      emit(record);
    })();
  });

  function send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body !== undefined && reply.status !== 204) {
      headers['content-type'] = 'application/json';
      res.writeHead(reply.status, headers);
      res.end(JSON.stringify(reply.body));
    } else {
      res.writeHead(reply.status, headers);
      res.end();
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/api`,
    origin,
    port,
    requests,
    messages,
    commands,
    setGatewayUrl(url) {
      gatewayUrl = url;
    },
    failNext(matcher, response) {
      scripted.push({ matcher, response, left: response.times ?? 1 });
    },
    trackInteraction(raw) {
      tracked.set(raw.id, { raw, at: Date.now() });
      trackedByToken.set(raw.token, raw);
      // A component interaction's @original is the message the component is on.
      if (raw.message) {
        messages.set(raw.message.id, raw.message);
        originals.set(raw.token, raw.message.id);
      }
    },
    find(matcher) {
      return requests.filter((r) => matches(matcher, r));
    },
    waitForRequest(matcher, timeoutMs = 30_000) {
      const done = requests.find((r) => r.status !== 0 && matches(matcher, r));
      if (done) return Promise.resolve(done);
      return new Promise<RecordedRequest>((resolve, reject) => {
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(
            new Error(
              `No matching request within ${timeoutMs} ms; saw: ${requests.map((r) => `${r.method} ${r.path} -> ${r.status}`).join(', ') || 'none'}`,
            ),
          );
        }, timeoutMs);
        const listener = (r: RecordedRequest) => {
          if (!matches(matcher, r)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(r);
        };
        listeners.add(listener);
      });
    },
    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset() {
      requests.length = 0;
      messages.clear();
      originals.clear();
      acknowledged.clear();
      tracked.clear();
      trackedByToken.clear();
      scripted.length = 0;
    },
    close() {
      // undici keeps sockets alive; drop them or close() waits for their idle timeout.
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
