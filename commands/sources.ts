import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/app/command.ts';
import { stringOption } from '../src/app/command.ts';
import { listSources } from '../src/services/sources.ts';
import { sourcesView } from '../src/views/sources-view.ts';

export const sources: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('List the articles the bot knows: title, outlet, date, author, link, and what each is based on')
    .addStringOption((o) =>
      o.setName('outlet').setDescription('Only articles from this outlet (or based on it)').setMaxLength(100),
    ),
  run(app, input) {
    const outlet = stringOption(input, 'outlet');
    return sourcesView(listSources(app.kb, { outlet }), input.page, outlet);
  },
};
