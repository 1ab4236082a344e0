import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/app/command.ts';
import { helpView } from '../src/views/help-view.ts';
import { commandList } from './index.ts';

export const help: CommandModule = {
  data: new SlashCommandBuilder().setName('help').setDescription('What the bot can do and how to ask it'),
  run(app) {
    return helpView(
      commandList().map((c) => c.data.toJSON()),
      app.kb.documents.length,
    );
  },
};
