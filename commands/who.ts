import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/app/command.ts';
import { stringOption } from '../src/app/command.ts';
import type { PersonRecord } from '../src/kb/types.ts';
import { foldText } from '../src/text/fold.ts';
import { errorView } from '../src/views/model.ts';
import { ambiguousWhoView, unknownWhoView, whoView } from '../src/views/who-view.ts';
import { personChoices } from './person-choices.ts';

export const who: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('who')
    .setDescription('A person in the news: names, roles, most-cited quotes, where and with whom they are mentioned')
    .addStringOption((o) =>
      o
        .setName('name')
        .setDescription('Their name or any name the articles use (typos are fine)')
        .setRequired(true)
        .setAutocomplete(true)
        .setMaxLength(100),
    )
    .addBooleanOption((o) => o.setName('hide').setDescription('Show the answer only to you')),
  run(app, input) {
    const name = stringOption(input, 'name');
    if (!name)
      return errorView(
        'Who should I look up?',
        'Give a name, for example /who name:Smith (the list that appears as you type has everyone).',
      );
    const answer = app.profiles.find(name);
    if (answer.kind === 'ambiguous') return ambiguousWhoView(name, answer.candidates, answer.total);
    if (answer.kind === 'unknown') return unknownWhoView(name, answer.quotedSpeaker, app.kb.people.length);
    const view = whoView(answer.profile);
    return input.options.hide === true ? { ...view, ephemeral: true } : view;
  },
  autocomplete(app, option, value) {
    return option === 'name'
      ? personChoices(
          app,
          value,
          () => true,
          (p) => choiceLabel(p, value),
        )
      : [];
  },
};

/** "Jane Doe (“Mayor Doe”) — the mayor": the alias that matched, and a role to tell namesakes apart. */
function choiceLabel(p: PersonRecord, typed: string): string {
  const v = foldText(typed);
  const alias = v && !foldText(p.name).includes(v) ? p.aliases.find((a) => foldText(a).includes(v)) : undefined;
  const role = p.roles[0]?.text;
  return `${p.name}${alias ? ` (“${alias}”)` : ''}${role ? ` — ${role}` : ''}`;
}
