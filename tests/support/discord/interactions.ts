// Builders for RAW gateway payloads — the `d` of INTERACTION_CREATE exactly as Discord sends it
// (snake_case, guild interactions with member/channel/app_permissions…) — plus
// injectInteraction(), which feeds one to a real, never-logged-in discord.js Client through the
// same action the gateway handler uses (websocket/handlers/INTERACTION_CREATE.js →
// client.actions.InteractionCreate.handle), so the bot's real interactionCreate listener runs.
import { emitInteraction, newClientApplication, newClientUser } from '../../../src/http/discord-internals.ts';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ChannelType,
  ComponentType,
  InteractionType,
  Locale,
  PermissionFlagsBits,
  type APIApplicationCommandAutocompleteGuildInteraction,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandGuildInteraction,
  type APIGuildMember,
  type APIInteraction,
  type APIInteractionGuildMember,
  type APIMessage,
  type APIMessageApplicationCommandGuildInteraction,
  type APIMessageComponentButtonInteraction,
  type APIRole,
  type APITextChannel,
  type APIUser,
  type ChannelFlags,
  type Client,
  type GatewayGuildCreateDispatchData,
  type GuildMemberFlags,
  type Interaction,
  type MessageFlags,
  type RoleFlags,
} from 'discord.js';
import {
  DEFAULT_APPLICATION_ID,
  DEFAULT_BOT_USER,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  DEFAULT_USER,
  snowflake,
} from './ids.ts';

/** What a member can usually do in a channel; Discord sends the computed bitfield as a string. */
const MEMBER_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.AddReactions |
  PermissionFlagsBits.UseApplicationCommands
).toString();

/** The bot's own permissions in the channel (`app_permissions`). */
const APP_PERMISSIONS = (
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.UseExternalEmojis
).toString();

export interface InteractionContext {
  id?: string;
  token?: string;
  applicationId?: string;
  guildId?: string;
  channelId?: string;
  channelName?: string;
  user?: APIUser;
  roles?: string[];
  /** Member's permissions in the channel (bitfield string). */
  permissions?: string;
  /** Bot's permissions in the channel (bitfield string). */
  appPermissions?: string;
  locale?: Locale;
  guildLocale?: Locale;
}

/** Option values for the record shorthand: string → STRING, boolean → BOOLEAN, integer → INTEGER, other number → NUMBER. */
export type OptionValues = Record<string, string | number | boolean>;
type DataOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;
type AutocompleteOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommandAutocomplete>;

/** Typed option builders, for when the shorthand guesses wrong (e.g. a NUMBER option given 3). */
export const opt = {
  string: (name: string, value: string): DataOption => ({ name, type: ApplicationCommandOptionType.String, value }),
  integer: (name: string, value: number): DataOption => ({ name, type: ApplicationCommandOptionType.Integer, value }),
  number: (name: string, value: number): DataOption => ({ name, type: ApplicationCommandOptionType.Number, value }),
  boolean: (name: string, value: boolean): DataOption => ({ name, type: ApplicationCommandOptionType.Boolean, value }),
  subcommand: (name: string, options: DataOption[] | OptionValues = []): DataOption => ({
    name,
    type: ApplicationCommandOptionType.Subcommand,
    options: toOptions(options) as never,
  }),
  subcommandGroup: (name: string, subcommands: DataOption[]): DataOption => ({
    name,
    type: ApplicationCommandOptionType.SubcommandGroup,
    options: subcommands as never,
  }),
};

export function toOptions(options: DataOption[] | OptionValues): DataOption[] {
  if (Array.isArray(options)) return options;
  return Object.entries(options).map(([name, value]) =>
    typeof value === 'string'
      ? opt.string(name, value)
      : typeof value === 'boolean'
        ? opt.boolean(name, value)
        : Number.isInteger(value)
          ? opt.integer(name, value)
          : opt.number(name, value),
  );
}

function channel(ctx: InteractionContext): APITextChannel {
  return {
    id: ctx.channelId ?? DEFAULT_CHANNEL_ID,
    type: ChannelType.GuildText,
    guild_id: ctx.guildId ?? DEFAULT_GUILD_ID,
    name: ctx.channelName ?? 'general',
    position: 0,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0 as ChannelFlags,
    permission_overwrites: [],
  };
}

function member(ctx: InteractionContext): APIInteractionGuildMember {
  return {
    user: ctx.user ?? DEFAULT_USER,
    roles: ctx.roles ?? [],
    permissions: ctx.permissions ?? MEMBER_PERMISSIONS,
    nick: null,
    avatar: null,
    banner: null,
    joined_at: '2024-01-01T00:00:00.000000+00:00',
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
}

/** Fields every guild interaction carries, in Discord's shape. */
function base(ctx: InteractionContext) {
  const guildId = ctx.guildId ?? DEFAULT_GUILD_ID;
  const ch = channel(ctx);
  return {
    id: ctx.id ?? snowflake(),
    application_id: ctx.applicationId ?? DEFAULT_APPLICATION_ID,
    // Real tokens are long opaque strings; keep it URL-safe since it goes into REST paths.
    token: ctx.token ?? `aW50ZXJhY3Rpb246${snowflake()}`,
    version: 1 as const,
    guild_id: guildId,
    guild: { id: guildId, locale: ctx.guildLocale ?? Locale.EnglishUS, features: [] },
    channel_id: ch.id,
    channel: ch,
    member: member(ctx),
    app_permissions: ctx.appPermissions ?? APP_PERMISSIONS,
    locale: ctx.locale ?? Locale.EnglishUS,
    guild_locale: ctx.guildLocale ?? Locale.EnglishUS,
    entitlements: [],
    authorizing_integration_owners: { 0: guildId },
    context: 0, // InteractionContextType.Guild
    attachment_size_limit: 10 * 1024 * 1024,
  };
}

/** `/name option:value …` — type 2 (APPLICATION_COMMAND), data.type 1 (CHAT_INPUT). */
export function chatInput(
  name: string,
  options: DataOption[] | OptionValues = [],
  ctx: InteractionContext & { commandId?: string } = {},
): APIChatInputApplicationCommandGuildInteraction {
  const list = toOptions(options);
  return {
    ...base(ctx),
    type: InteractionType.ApplicationCommand,
    data: {
      id: ctx.commandId ?? snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      ...(list.length > 0 ? { options: list } : {}),
    },
  };
}

/**
 * Autocomplete request — type 4; the option being typed has `focused: true` and, as on Discord,
 * its value is the partial text as a string whatever its declared type. `focused` defaults to
 * the last option (the one the user is typing). Options may sit inside a subcommand.
 */
export function autocomplete(
  name: string,
  options: DataOption[] | OptionValues,
  ctx: InteractionContext & { commandId?: string; focused?: string } = {},
): APIApplicationCommandAutocompleteGuildInteraction {
  const mark = (list: DataOption[]): AutocompleteOption[] => {
    const leaves = list.filter((o) => 'value' in o);
    const focusName = ctx.focused ?? leaves.at(-1)?.name;
    return list.map((o) => {
      if ('options' in o && Array.isArray(o.options)) return { ...o, options: mark(o.options) } as AutocompleteOption;
      if ('value' in o && o.name === focusName)
        return { ...o, value: String(o.value), focused: true } as AutocompleteOption;
      return o as AutocompleteOption;
    });
  };
  return {
    ...base(ctx),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: {
      id: ctx.commandId ?? snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: mark(toOptions(options)),
    },
  };
}

/** A message as Discord sends it inside payloads; defaults to a bot message in the default channel. */
export function message(overrides: Partial<APIMessage> = {}): APIMessage {
  return {
    id: snowflake(),
    channel_id: DEFAULT_CHANNEL_ID,
    author: DEFAULT_BOT_USER,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0 as MessageFlags,
    ...overrides,
  };
}

/**
 * Button click — type 3 (MESSAGE_COMPONENT), data { custom_id, component_type: 2 }. The clicked
 * message defaults to a bot message carrying that button.
 */
export function button(
  customId: string,
  ctx: InteractionContext & { message?: APIMessage } = {},
): APIMessageComponentButtonInteraction & Required<Pick<APIInteraction, 'guild_id' | 'member'>> {
  const b = base(ctx);
  const msg =
    ctx.message ??
    message({
      channel_id: b.channel_id,
      application_id: b.application_id,
      webhook_id: b.application_id,
      type: 20,
      content: 'result',
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label: 'More' },
          ],
        },
      ],
    });
  return {
    ...b,
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message: msg,
  };
}

/** "Apps → <name>" on a message — type 2, data.type 3 (MESSAGE), with the target in data.resolved. */
export function messageContextMenu(
  name: string,
  target: Partial<APIMessage> = {},
  ctx: InteractionContext & { commandId?: string } = {},
): APIMessageApplicationCommandGuildInteraction {
  const b = base(ctx);
  const msg = message({ author: DEFAULT_USER, channel_id: b.channel_id, content: 'Some text to source.', ...target });
  return {
    ...b,
    type: InteractionType.ApplicationCommand,
    data: {
      id: ctx.commandId ?? snowflake(),
      name,
      type: ApplicationCommandType.Message,
      target_id: msg.id,
      resolved: { messages: { [msg.id]: msg } },
    },
  };
}

/** A GUILD_CREATE payload with @everyone, one text channel (the default) and the bot as member. */
export function guildCreate(
  overrides: Partial<GatewayGuildCreateDispatchData> & { botUser?: APIUser; channelId?: string } = {},
): GatewayGuildCreateDispatchData {
  const { botUser = DEFAULT_BOT_USER, channelId = DEFAULT_CHANNEL_ID, ...rest } = overrides;
  const id = rest.id ?? DEFAULT_GUILD_ID;
  const everyone: APIRole = {
    id,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: MEMBER_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: 0 as RoleFlags,
  };
  const botMember: APIGuildMember = {
    user: botUser,
    roles: [],
    nick: null,
    avatar: null,
    banner: null,
    joined_at: '2024-01-01T00:00:00.000000+00:00',
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0 as GuildMemberFlags,
    pending: false,
    communication_disabled_until: null,
  };
  return {
    id,
    name: 'Sourcebot Test Guild',
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: DEFAULT_USER.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 1,
    explicit_content_filter: 0,
    roles: [everyone],
    emojis: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    stickers: [],
    incidents_data: null,
    joined_at: new Date().toISOString(),
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [botMember],
    channels: [{ ...channel({ channelId, guildId: id }), guild_id: undefined }],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    ...rest,
  } as GatewayGuildCreateDispatchData;
}

export interface PrepareOptions {
  botUser?: APIUser;
  applicationId?: string;
}

/**
 * Gives a never-logged-in Client what READY would have set (client.user, client.application)
 * and a REST token, so interaction structures can be built and authenticated REST calls work.
 */
export function prepareClient(client: Client, options: PrepareOptions = {}): void {
  const applicationId = options.applicationId ?? options.botUser?.id ?? DEFAULT_APPLICATION_ID;
  if (!client.user) {
    const user = newClientUser(client, options.botUser ?? { ...DEFAULT_BOT_USER, id: applicationId });
    client.user = user;
    client.users.cache.set(user.id, user);
  }
  if (!client.application) client.application = newClientApplication(client, applicationId);
  // Interaction callbacks/webhooks are unauthenticated, but anything else the bot calls needs a token.
  if (!client.token) client.rest.setToken('stand-in-token');
}

/**
 * Makes `client` build and emit `raw` exactly as the gateway path does, and returns the
 * discord.js Interaction it emitted (null if discord.js dropped it, e.g. a component in a
 * non-text channel). Listeners run synchronously up to their first await; use
 * rest.waitForRequest() to wait for the bot's reply. Pass `rest` to let the REST stand-in
 * know about the interaction (channel id for replies, a component's @original, deadline).
 */
export function injectInteraction(
  client: Client,
  raw: APIInteraction,
  rest?: { trackInteraction(raw: APIInteraction): void },
): Interaction | null {
  prepareClient(client, { applicationId: raw.application_id });
  rest?.trackInteraction(raw);
  let emitted: Interaction | null = null;
  const capture = (interaction: Interaction) => {
    emitted = interaction;
  };
  // Prepended so we capture before the bot's listeners run (they may throw synchronously).
  client.prependOnceListener('interactionCreate', capture);
  try {
    emitInteraction(client, raw);
  } finally {
    client.off('interactionCreate', capture);
  }
  return emitted;
}
