// Discord's documented payload limits, checked the way the API checks them, so a test fails
// here (or with the same 50035 error discord.js would get) instead of in production.
// Bodies are the RAW API shape (snake_case), i.e. what discord.js puts on the wire.

export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedTotal: 6000,
  actionRows: 5,
  buttonsPerRow: 5,
  customId: 100,
  buttonLabel: 80,
  selectOptions: 25,
  selectOptionText: 100,
  selectPlaceholder: 150,
  componentsV2Total: 40,
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** Bit of `flags` that switches a message to Components V2 (no action-row limit of 5). */
const IS_COMPONENTS_V2 = 1 << 15;

/** Every mention-policy violation's text starts with this, so tests can tell them apart. */
export const MENTIONS_VIOLATION = 'allowed_mentions';

export interface Violation {
  /** Path inside the checked body, e.g. ['embeds', 0, 'description']. */
  path: (string | number)[];
  /** Discord-style error code, e.g. BASE_TYPE_MAX_LENGTH. */
  code: string;
  message: string;
}

export function formatPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${key}` : key),
    '',
  );
}

export function isMentionViolation(violation: string | Violation): boolean {
  const text = typeof violation === 'string' ? violation : formatPath(violation.path);
  return text.startsWith(MENTIONS_VIOLATION);
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function maxLength(out: Violation[], path: (string | number)[], value: unknown, max: number): void {
  // Discord counts Unicode code points, not UTF-16 units: an emoji outside the BMP counts once.
  if (typeof value === 'string' && [...value].length > max) {
    out.push({
      path,
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${max} or fewer in length (got ${[...value].length}).`,
    });
  }
}

function maxItems(out: Violation[], path: (string | number)[], value: unknown, max: number): void {
  if (Array.isArray(value) && value.length > max) {
    out.push({
      path,
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${max} or fewer in length (got ${value.length} items).`,
    });
  }
}

function codePoints(value: unknown): number {
  return typeof value === 'string' ? [...value].length : 0;
}

function checkEmbeds(out: Violation[], embeds: unknown): void {
  if (embeds === undefined || embeds === null) return;
  if (!Array.isArray(embeds)) {
    out.push({ path: ['embeds'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return;
  }
  maxItems(out, ['embeds'], embeds, LIMITS.embeds);
  let total = 0;
  embeds.forEach((embed: unknown, i) => {
    if (!isObject(embed)) return;
    const at = (...rest: (string | number)[]) => ['embeds', i, ...rest];
    maxLength(out, at('title'), embed.title, LIMITS.embedTitle);
    maxLength(out, at('description'), embed.description, LIMITS.embedDescription);
    total += codePoints(embed.title) + codePoints(embed.description);
    if (isObject(embed.footer)) {
      maxLength(out, at('footer', 'text'), embed.footer.text, LIMITS.footerText);
      total += codePoints(embed.footer.text);
    }
    if (isObject(embed.author)) {
      maxLength(out, at('author', 'name'), embed.author.name, LIMITS.authorName);
      total += codePoints(embed.author.name);
    }
    if (Array.isArray(embed.fields)) {
      maxItems(out, at('fields'), embed.fields, LIMITS.embedFields);
      embed.fields.forEach((field: unknown, j) => {
        if (!isObject(field)) return;
        maxLength(out, at('fields', j, 'name'), field.name, LIMITS.fieldName);
        maxLength(out, at('fields', j, 'value'), field.value, LIMITS.fieldValue);
        // Discord also rejects empty field names/values.
        if (str(field.name).length === 0) {
          out.push({ path: at('fields', j, 'name'), code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
        }
        if (str(field.value).length === 0) {
          out.push({ path: at('fields', j, 'value'), code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
        }
        total += codePoints(field.name) + codePoints(field.value);
      });
    }
  });
  if (total > LIMITS.embedTotal) {
    out.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: `Embed size exceeds maximum size of ${LIMITS.embedTotal} (got ${total}).`,
    });
  }
}

const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

function checkInteractive(out: Violation[], component: Json, path: (string | number)[]): void {
  if (component.type === 2) {
    maxLength(out, [...path, 'label'], component.label, LIMITS.buttonLabel);
    maxLength(out, [...path, 'custom_id'], component.custom_id, LIMITS.customId);
    // Link buttons (style 5) need a url and no custom_id; premium (6) a sku_id; others a custom_id.
    if (component.style === 5) {
      if (typeof component.url !== 'string') {
        out.push({ path: [...path, 'url'], code: 'BASE_TYPE_REQUIRED', message: 'Link buttons need a url' });
      }
    } else if (component.style !== 6 && typeof component.custom_id !== 'string') {
      out.push({ path: [...path, 'custom_id'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    }
  } else if (SELECT_TYPES.has(component.type as number)) {
    maxLength(out, [...path, 'custom_id'], component.custom_id, LIMITS.customId);
    maxLength(out, [...path, 'placeholder'], component.placeholder, LIMITS.selectPlaceholder);
    if (Array.isArray(component.options)) {
      maxItems(out, [...path, 'options'], component.options, LIMITS.selectOptions);
      component.options.forEach((option: unknown, k) => {
        if (!isObject(option)) return;
        for (const key of ['label', 'value', 'description'] as const) {
          maxLength(out, [...path, 'options', k, key], option[key], LIMITS.selectOptionText);
        }
      });
    }
  }
}

function checkComponents(out: Violation[], components: unknown, flags: unknown): void {
  if (components === undefined || components === null) return;
  if (!Array.isArray(components)) {
    out.push({ path: ['components'], code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' });
    return;
  }
  if (typeof flags === 'number' && (flags & IS_COMPONENTS_V2) !== 0) {
    // Components V2: layout is free-form, only the total count is capped. Walk it recursively.
    let count = 0;
    const walk = (list: unknown[], path: (string | number)[]) =>
      list.forEach((c: unknown, i) => {
        if (!isObject(c)) return;
        count += 1;
        checkInteractive(out, c, [...path, i]);
        if (Array.isArray(c.components)) walk(c.components, [...path, i, 'components']);
        if (isObject(c.accessory)) {
          count += 1;
          checkInteractive(out, c.accessory, [...path, i, 'accessory']);
        }
      });
    walk(components, ['components']);
    if (count > LIMITS.componentsV2Total) {
      out.push({
        path: ['components'],
        code: 'BASE_TYPE_MAX_LENGTH',
        message: `Must be ${LIMITS.componentsV2Total} or fewer components in total (got ${count}).`,
      });
    }
    return;
  }
  maxItems(out, ['components'], components, LIMITS.actionRows);
  components.forEach((row: unknown, i) => {
    if (!isObject(row)) return;
    if (row.type !== 1 || !Array.isArray(row.components)) {
      out.push({
        path: ['components', i],
        code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        message: 'Top-level components must be action rows.',
      });
      return;
    }
    const children = row.components as unknown[];
    const hasSelect = children.some((c) => isObject(c) && SELECT_TYPES.has(c.type as number));
    if (hasSelect && children.length > 1) {
      out.push({
        path: ['components', i, 'components'],
        code: 'COMPONENT_LAYOUT_WIDTH_EXCEEDED',
        message: 'A select menu must be alone in its action row.',
      });
    }
    maxItems(out, ['components', i, 'components'], children, LIMITS.buttonsPerRow);
    children.forEach((c: unknown, j) => {
      if (isObject(c)) checkInteractive(out, c, ['components', i, 'components', j]);
    });
  });
}

/** Autocomplete result (callback type 8, `data.choices`): ≤ 25 choices, name 1..100, value ≤ 100. */
export function findChoiceViolations(choices: unknown): Violation[] {
  const out: Violation[] = [];
  if (!Array.isArray(choices)) {
    out.push({ path: ['choices'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' });
    return out;
  }
  maxItems(out, ['choices'], choices, LIMITS.choices);
  choices.forEach((choice: unknown, i) => {
    if (!isObject(choice)) {
      out.push({
        path: ['choices', i],
        code: 'DICT_TYPE_CONVERT',
        message: 'Only dictionaries may be used in a DictType',
      });
      return;
    }
    const nameLength = codePoints(choice.name);
    if (typeof choice.name !== 'string' || nameLength < 1) {
      out.push({
        path: ['choices', i, 'name'],
        code: 'BASE_TYPE_BAD_LENGTH',
        message: 'Must be between 1 and 100 in length.',
      });
    }
    maxLength(out, ['choices', i, 'name'], choice.name, LIMITS.choiceName);
    maxLength(out, ['choices', i, 'value'], choice.value, LIMITS.choiceValue);
  });
  return out;
}

export interface CheckOptions {
  /** Check the bot's never-ping policy (default true). */
  mentions?: boolean;
}

/** Structured form of {@link checkMessagePayload}; the REST stand-in turns these into a 50035 body. */
export function findMessagePayloadViolations(body: unknown, options: CheckOptions = {}): Violation[] {
  if (!isObject(body)) {
    return [{ path: [], code: 'DICT_TYPE_CONVERT', message: 'Only dictionaries may be used in a DictType' }];
  }
  // An autocomplete result has only `choices`; it is not a message and has no allowed_mentions.
  if ('choices' in body && !('content' in body) && !('embeds' in body)) {
    return findChoiceViolations(body.choices);
  }
  const out: Violation[] = [];
  maxLength(out, ['content'], body.content, LIMITS.content);
  checkEmbeds(out, body.embeds);
  checkComponents(out, body.components, body.flags);
  if (options.mentions !== false) {
    const mentions = body.allowed_mentions;
    if (!isObject(mentions)) {
      out.push({
        path: [MENTIONS_VIOLATION],
        code: 'SOURCEBOT_MENTIONS_MISSING',
        message: 'Missing: the bot must never ping; send allowedMentions: { parse: [] } (or set it on the Client).',
      });
    } else {
      if (!Array.isArray(mentions.parse) || mentions.parse.length > 0) {
        out.push({
          path: [MENTIONS_VIOLATION, 'parse'],
          code: 'SOURCEBOT_MENTIONS_PARSE',
          message: `Must be an empty array (got ${JSON.stringify(mentions.parse)}).`,
        });
      }
      for (const key of ['users', 'roles'] as const) {
        if (Array.isArray(mentions[key]) && mentions[key].length > 0) {
          out.push({
            path: [MENTIONS_VIOLATION, key],
            code: 'SOURCEBOT_MENTIONS_EXPLICIT',
            message: `Must be empty (got ${JSON.stringify(mentions[key])}).`,
          });
        }
      }
      if (mentions.replied_user === true) {
        out.push({
          path: [MENTIONS_VIOLATION, 'replied_user'],
          code: 'SOURCEBOT_MENTIONS_REPLY',
          message: 'Must not be true.',
        });
      }
    }
  }
  return out;
}

/**
 * Checks a raw message body (content/embeds/components/allowed_mentions), or an autocomplete
 * result (`{ choices }`), against Discord's limits. Returns human-readable violations like
 * `embeds[0].description: Must be 4096 or fewer in length (got 5000).`; never-ping violations
 * start with `allowed_mentions` (see {@link isMentionViolation}).
 */
export function checkMessagePayload(body: unknown, options?: CheckOptions): string[] {
  return findMessagePayloadViolations(body, options).map((v) => `${formatPath(v.path) || '(body)'}: ${v.message}`);
}

/**
 * Builds Discord's nested `errors` object for a 50035 response, e.g.
 * `{ data: { embeds: { 0: { description: { _errors: [{ code, message }] } } } } }`; discord.js
 * flattens this into the DiscordAPIError message (`data.embeds[0].description[BASE_TYPE_MAX_LENGTH]`).
 */
export function toDiscordErrors(violations: readonly Violation[], prefix: (string | number)[] = []): Json {
  const root: Json = {};
  for (const v of violations) {
    let node = root;
    for (const key of [...prefix, ...v.path]) {
      const k = String(key);
      const next = node[k];
      node = isObject(next) ? next : (node[k] = {});
    }
    const errors = Array.isArray(node._errors) ? (node._errors as unknown[]) : ((node._errors = []) as unknown[]);
    errors.push({ code: v.code, message: v.message });
  }
  return root;
}
