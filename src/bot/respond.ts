/**
 * The one way the bot answers: every payload goes through the Discord view (limits, escaping,
 * `allowed_mentions: {parse: []}`), and every Discord API failure is logged, never thrown at
 * the router. An interaction Discord no longer knows (10062: it expired, or another process
 * answered it) is dropped with a warning: there is nobody left to tell.
 */
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  DiscordAPIError,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Choice } from '../app/command.ts';
import { log } from '../log.ts';
import { toDiscordMessage } from '../views/discord.ts';
import { clip, LIMITS } from '../views/discord-limits.ts';
import type { View } from '../views/model.ts';

export type Repliable = ChatInputCommandInteraction | ButtonInteraction | MessageContextMenuCommandInteraction;

export const UNKNOWN_INTERACTION = 10062;

export function isUnknownInteraction(e: unknown): boolean {
  return e instanceof DiscordAPIError && e.code === UNKNOWN_INTERACTION;
}

function report(e: unknown, what: string, interaction: { id: string }): void {
  if (isUnknownInteraction(e))
    log('warn', `${what}: Discord no longer knows this interaction (10062); the answer was dropped`, {
      interaction: interaction.id,
    });
  else if (e instanceof DiscordAPIError)
    log('error', `${what}: Discord refused the request`, {
      interaction: interaction.id,
      code: e.code,
      status: e.status,
      message: e.message,
    });
  else
    log('error', `${what} failed`, { interaction: interaction.id, error: e instanceof Error ? e.message : String(e) });
}

/** Buttons for a paged View: previous, "page x of n", next. */
export function pageButtons(view: View, idFor: (page: number) => string): ActionRowBuilder<ButtonBuilder>[] {
  const p = view.page;
  if (!p || p.count <= 1) return [];
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    new ButtonBuilder()
      .setCustomId(idFor(Math.max(1, p.index - 1)))
      .setLabel('◀ Previous')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(p.index <= 1),
    new ButtonBuilder()
      .setCustomId(`noop|${p.index}`)
      .setLabel(clip(`Page ${p.index} of ${p.count}`, LIMITS.buttonLabel))
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(true),
    new ButtonBuilder()
      .setCustomId(idFor(Math.min(p.count, p.index + 1)))
      .setLabel('Next ▶')
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(p.index >= p.count),
  );
  // Discord refuses two components with one custom id: a disabled arrow gets a distinct one
  const [prev, , next] = row.components;
  if (prev && p.index <= 1) prev.setCustomId(`noop|prev`);
  if (next && p.index >= p.count) next.setCustomId(`noop|next`);
  return [row];
}

export async function reply(
  interaction: Repliable,
  view: View,
  components: ActionRowBuilder<ButtonBuilder>[] = [],
  ephemeral?: boolean,
): Promise<void> {
  const msg = { ...toDiscordMessage(view, ephemeral), components };
  try {
    if (interaction.deferred || interaction.replied)
      await interaction.editReply({ embeds: msg.embeds, components, allowedMentions: msg.allowedMentions });
    else await interaction.reply(msg);
  } catch (e) {
    report(e, 'reply', interaction);
  }
}

/** Replace the message a button belongs to (a page turn). */
export async function update(
  interaction: ButtonInteraction,
  view: View,
  components: ActionRowBuilder<ButtonBuilder>[],
): Promise<void> {
  const msg = toDiscordMessage(view);
  try {
    await interaction.update({ embeds: msg.embeds, components, allowedMentions: msg.allowedMentions });
  } catch (e) {
    report(e, 'page turn', interaction);
  }
}

/** Autocomplete: at most 25 choices of at most 100 characters, never a throw. */
export async function respondChoices(interaction: AutocompleteInteraction, choices: readonly Choice[]): Promise<void> {
  const safe = choices
    .filter((c) => c.name.trim() && c.value.trim())
    .slice(0, LIMITS.choices)
    .map((c) => ({ name: clip(c.name, LIMITS.choiceName), value: c.value.slice(0, LIMITS.choiceValue) }));
  try {
    await interaction.respond(safe);
  } catch (e) {
    report(e, 'autocomplete', interaction);
  }
}
