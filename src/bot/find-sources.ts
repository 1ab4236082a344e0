import type { MessageContextMenuCommandInteraction } from 'discord.js';
import { findSourcesCommand } from '../../commands/find-sources.ts';
import type { App } from '../app/app.ts';
import { reply } from './respond.ts';

/** Searching a long message may take a moment on a big corpus: defer first, answer only to the caller. */
export async function onFindSources(app: App, interaction: MessageContextMenuCommandInteraction): Promise<void> {
  await interaction.deferReply({ flags: 'Ephemeral' });
  await reply(interaction, findSourcesCommand.run(app, interaction.targetMessage.content ?? ''), [], true);
}
