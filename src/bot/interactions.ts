/**
 * One router for every interaction: slash commands, autocomplete, page buttons and the message
 * context-menu command. Whatever fails inside becomes an ephemeral "something went wrong" with a
 * reference id that is logged with its context; nothing escapes to the process.
 */
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import { findCommand } from '../../commands/index.ts';
import type { App } from '../app/app.ts';
import type { CommandInput, OptionValue } from '../app/command.ts';
import { referenceId, runCommand } from '../app/run-command.ts';
import { log } from '../log.ts';
import { errorView } from '../views/model.ts';
import { decodePageState, encodePageState, PAGE_PREFIX } from './page-state.ts';
import { pageButtons, reply, respondChoices, update, type Repliable } from './respond.ts';

/** While the bot shuts down: a short notice instead of an answer (autocomplete gets no choices). */
export async function refuseWhileStopping(interaction: Interaction): Promise<void> {
  if (interaction.isAutocomplete()) await respondChoices(interaction, []);
  else if (interaction.isRepliable())
    await reply(
      interaction as Repliable,
      errorView('Restarting', 'The bot is restarting. Try again in a moment.'),
      [],
      true,
    );
}

export async function handleInteraction(app: App, interaction: Interaction): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) await onCommand(app, interaction);
    else if (interaction.isAutocomplete()) await onAutocomplete(app, interaction);
    else if (interaction.isButton()) await onButton(app, interaction);
    else if (interaction.isMessageContextMenuCommand()) {
      const { onFindSources } = await import('./find-sources.ts');
      await onFindSources(app, interaction);
    }
  } catch (e) {
    const ref = referenceId();
    log('error', 'interaction failed', {
      ref,
      interaction: interaction.id,
      type: interaction.type,
      user: interaction.user.id,
      error: e instanceof Error ? e.stack : String(e),
    });
    if (interaction.isRepliable())
      await reply(
        interaction as Repliable,
        errorView('Something went wrong', `The bot hit an internal error. Reference: ${ref}`),
        [],
        true,
      );
  }
}

async function onCommand(app: App, interaction: ChatInputCommandInteraction): Promise<void> {
  const command = findCommand(interaction.commandName);
  if (!command) {
    await reply(
      interaction,
      errorView('Unknown command', `This bot has no /${interaction.commandName} any more. Type /help.`),
    );
    return;
  }
  const options: Record<string, OptionValue> = {};
  for (const o of interaction.options.data) if (o.value !== undefined) options[o.name] = o.value;
  await answer(app, interaction, command.data.name, { options, page: 1 });
}

async function answer(
  app: App,
  interaction: Repliable,
  name: string,
  input: CommandInput,
  turn?: ButtonInteraction,
): Promise<void> {
  const command = findCommand(name);
  if (!command) {
    await reply(
      interaction,
      errorView('This button no longer works', 'The command behind it is gone. Type /help.'),
      [],
      true,
    );
    return;
  }
  const view = runCommand(app, command, input);
  const buttons = pageButtons(view, (page) =>
    encodePageState({ command: name, page, userId: interaction.user.id, options: input.options }, app.fingerprint),
  );
  if (turn) await update(turn, view, buttons);
  else await reply(interaction, view, buttons);
}

async function onButton(app: App, interaction: ButtonInteraction): Promise<void> {
  if (interaction.customId.startsWith('noop|')) {
    await interaction.deferUpdate().catch(() => undefined);
    return;
  }
  if (!interaction.customId.startsWith(`${PAGE_PREFIX}|`)) {
    await reply(interaction, errorView('This button is not mine any more', 'Run the command again.'), [], true);
    return;
  }
  const decoded = decodePageState(interaction.customId, app.fingerprint);
  if (!decoded.ok) {
    const why =
      decoded.reason === 'expired'
        ? 'These results have expired (the bot restarted with other data since). Run the command again.'
        : decoded.reason === 'forgotten'
          ? 'These results were asked for with options too long to keep in the button, and this instance of the bot does not have them (it restarted, or another instance answered). Run the command again.'
          : 'This button is broken. Run the command again.';
    await reply(interaction, errorView('Cannot turn the page', why), [], true);
    return;
  }
  const { state } = decoded;
  if (state.userId !== interaction.user.id) {
    await reply(
      interaction,
      errorView(
        'Not your results',
        'Only the person who asked can turn these pages. Run the command yourself to browse them.',
      ),
      [],
      true,
    );
    return;
  }
  await answer(app, interaction, state.command, { options: state.options, page: state.page }, interaction);
}

async function onAutocomplete(app: App, interaction: AutocompleteInteraction): Promise<void> {
  const command = findCommand(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  let choices: { name: string; value: string }[] = [];
  try {
    choices = command?.autocomplete?.(app, focused.name, String(focused.value ?? '')) ?? [];
  } catch (e) {
    log('error', 'autocomplete failed', {
      command: interaction.commandName,
      option: focused.name,
      error: e instanceof Error ? e.message : String(e),
    });
  }
  await respondChoices(interaction, choices);
}
