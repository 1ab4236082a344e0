import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/app/command.ts';
import { stringOption } from '../src/app/command.ts';
import { eventPeopleIds } from '../src/services/kb-facts.ts';
import { parseUserDate } from '../src/text/iso-date.ts';
import { errorView } from '../src/views/model.ts';
import { ambiguousPersonView, timelineView } from '../src/views/timeline-view.ts';
import { personChoices } from './person-choices.ts';

export const timeline: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('The dated events in the news, in order, with the outlets that reported them')
    .addStringOption((o) =>
      o.setName('topic').setDescription('Only events about this (words, typos are fine)').setMaxLength(200),
    )
    .addStringOption((o) =>
      o.setName('person').setDescription('Only events involving this person').setAutocomplete(true).setMaxLength(100),
    )
    .addStringOption((o) =>
      o.setName('from').setDescription('From this date (e.g. 2017, 2018-09, July 2020)').setMaxLength(40),
    )
    .addStringOption((o) => o.setName('to').setDescription('Up to this date').setMaxLength(40))
    .addBooleanOption((o) => o.setName('hide').setDescription('Show the answer only to you')),
  run(app, input) {
    const topic = stringOption(input, 'topic');
    const person = stringOption(input, 'person');
    const dates: { from?: string; to?: string } = {};
    for (const k of ['from', 'to'] as const) {
      const raw = stringOption(input, k);
      if (!raw) continue;
      const d = parseUserDate(raw);
      if (!d)
        return errorView(
          `“${raw}” is not a date I can read`,
          `Write ${k} as 2020-07-08, 2020-07, 2020, or “July 8, 2020”.`,
        );
      dates[k] = d;
    }
    if (dates.from && dates.to && dates.from > dates.to)
      return errorView('The dates are the wrong way round', `from (${dates.from}) is after to (${dates.to}).`);
    const answer = app.timeline.find({ topic, person, ...dates });
    if (answer.kind === 'ambiguous-person') return ambiguousPersonView(person ?? '', answer.candidates);
    if (answer.kind === 'unknown-person')
      return errorView(`No dated events involve “${person}”`, 'Try /who to look the person up, or leave person out.');
    const asked = [
      topic ? `“${topic}”` : null,
      person ? `person ${person}` : null,
      dates.from ? `from ${dates.from}` : null,
      dates.to ? `to ${dates.to}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const view = timelineView(answer.entries, input.page, asked, dates);
    return input.options.hide === true ? { ...view, ephemeral: true } : view;
  },
  autocomplete(app, option, value) {
    const inEvents = eventPeopleIds(app.kb);
    return option === 'person' ? personChoices(app, value, (p) => inEvents.has(p.id)) : [];
  },
};
