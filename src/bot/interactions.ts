/** One router for every interaction the bot receives. A failure answers the user and is logged; it never escapes. */
import type { Interaction } from 'discord.js';
import { findCommand } from '../../commands/index.ts';
import type { App } from '../app/app.ts';
import type { CommandInput, OptionValue } from '../app/command.ts';
import { referenceId, runCommand } from '../app/run-command.ts';
import { log } from '../log.ts';
import { toDiscordMessage } from '../views/discord.ts';
import { errorView } from '../views/model.ts';

export async function handleInteraction(app: App, interaction: Interaction): Promise<void> {
  try {
    if (interaction.isChatInputCommand()) {
      const command = findCommand(interaction.commandName);
      if (!command) {
        await interaction.reply(toDiscordMessage(errorView('Unknown command', `This bot has no /${interaction.commandName} any more. Type /help.`)));
        return;
      }
      const options: Record<string, OptionValue> = {};
      for (const o of interaction.options.data) if (o.value !== undefined) options[o.name] = o.value;
      const input: CommandInput = { options, page: 1 };
      await interaction.reply(toDiscordMessage(runCommand(app, command, input)));
    }
  } catch (e) {
    const ref = referenceId();
    log('error', 'interaction failed', { ref, id: interaction.id, type: interaction.type, error: e instanceof Error ? e.message : String(e) });
    if (interaction.isRepliable() && !interaction.replied && !interaction.deferred) {
      await interaction.reply(toDiscordMessage(errorView('Something went wrong', `Reference: ${ref}`))).catch(() => undefined);
    }
  }
}
