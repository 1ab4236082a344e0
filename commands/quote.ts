import { SlashCommandBuilder } from 'discord.js';
import type { Choice, CommandModule } from '../src/app/command.ts';
import { stringOption } from '../src/app/command.ts';
import { outletNames, spokenSpeakerIds } from '../src/services/kb-facts.ts';
import { foldText } from '../src/text/fold.ts';
import { parseUserDate } from '../src/text/iso-date.ts';
import { errorView } from '../src/views/model.ts';
import { ambiguousSpeakerView, looseMatchNote, quoteResultsView } from '../src/views/quote-view.ts';
import type { App } from '../src/app/app.ts';
import { MAX_CHOICES, personChoices } from './person-choices.ts';

export const quote: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('Find what was said: exact quotes, then reported speech, with speaker, outlet, date and link')
    .addStringOption((o) =>
      o
        .setName('query')
        .setDescription('Words of the quote or statement, in any order (typos are fine)')
        .setMaxLength(200),
    )
    .addStringOption((o) => o.setName('speaker').setDescription('Who said it').setAutocomplete(true).setMaxLength(100))
    .addStringOption((o) =>
      o.setName('outlet').setDescription('Only what this outlet published').setAutocomplete(true).setMaxLength(100),
    )
    .addStringOption((o) =>
      o.setName('from').setDescription('Published on or after (e.g. 2020-07-01, July 2020)').setMaxLength(40),
    )
    .addStringOption((o) => o.setName('to').setDescription('Published on or before (e.g. 2020-07-31)').setMaxLength(40))
    .addBooleanOption((o) => o.setName('hide').setDescription('Show the answer only to you')),
  run(app, input) {
    const query = stringOption(input, 'query');
    const speaker = stringOption(input, 'speaker');
    const outlet = stringOption(input, 'outlet');
    if (!query && !speaker)
      return errorView(
        'What should I look for?',
        'Give some words of the quote (query), a speaker, or both. Example: /quote query:nothing in return speaker:Smith',
      );
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
    const answer = app.quotes.find({ query, speaker, outlet, ...dates });
    if (answer.kind === 'ambiguous-speaker') return ambiguousSpeakerView(speaker ?? '', answer.candidates);
    if (answer.kind === 'unknown-speaker')
      return errorView(
        `No quotes from “${speaker}”`,
        'Nobody by that name is quoted in the corpus. Try /who to look a person up.',
      );
    const asked = [
      query ? `“${query}”` : null,
      speaker ? `speaker ${speaker}` : null,
      outlet ? `outlet ${outlet}` : null,
      dates.from ? `from ${dates.from}` : null,
      dates.to ? `to ${dates.to}` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const view = quoteResultsView(
      answer,
      input.page,
      asked,
      dates,
      answer.loose && query ? looseMatchNote(query, answer.loose, answer.statements.length > 0) : undefined,
    );
    return input.options.hide === true ? { ...view, ephemeral: true } : view;
  },
  autocomplete(app, option, value) {
    return option === 'speaker' ? speakerChoices(app, value) : option === 'outlet' ? outletChoices(app, value) : [];
  },
};

function speakerChoices(app: App, value: string): Choice[] {
  // who is quoted or reported as saying something
  const spoken = spokenSpeakerIds(app.kb);
  return personChoices(app, value, (p) => spoken.has(p.id));
}

function outletChoices(app: App, value: string): Choice[] {
  const v = foldText(value);
  return outletNames(app.kb)
    .filter((o) => !v || foldText(o).includes(v))
    .slice(0, MAX_CHOICES)
    .map((o) => ({ name: o.slice(0, 100), value: o.slice(0, 100) }));
}
