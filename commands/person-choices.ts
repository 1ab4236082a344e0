/** Autocomplete over people by any name or alias: matches first, then the rest; ≤ 25 choices. */
import type { App } from '../src/app/app.ts';
import type { Choice } from '../src/app/command.ts';
import type { PersonRecord } from '../src/kb/types.ts';
import { foldText } from '../src/text/fold.ts';
import { clip, LIMITS } from '../src/views/discord-limits.ts';

export const MAX_CHOICES = 25;

/** `label` shows more than the name (the value stays the name, which the lookup resolves). */
export function personChoices(
  app: App,
  value: string,
  eligible: (p: PersonRecord) => boolean = () => true,
  label: (p: PersonRecord) => string = (p) => p.name,
): Choice[] {
  const v = foldText(value);
  const hits = v ? app.people.find(value, MAX_CHOICES, eligible) : [];
  // then the others whose names contain what was typed, in corpus order, until the list is full
  const rest = app.people.containing(v, MAX_CHOICES - hits.length, eligible, new Set(hits.map((p) => p.id)));
  return [...hits, ...rest].map((p) => ({
    name: clip(label(p), LIMITS.choiceName),
    value: p.name.slice(0, LIMITS.choiceValue),
  }));
}
