/** Autocomplete over people by any name or alias: matches first, then the rest; ≤ 25 choices. */
import type { App } from '../src/app/app.ts';
import type { Choice } from '../src/app/command.ts';
import type { PersonRecord } from '../src/kb/types.ts';
import { foldText } from '../src/text/fold.ts';
import { clip, LIMITS } from '../src/views/discord-limits.ts';

export const MAX_CHOICES = 25;

/** `label` shows more than the name (the value stays the name, which the lookup resolves). */
export function personChoices(app: App, value: string, eligible: (p: PersonRecord) => boolean = () => true, label: (p: PersonRecord) => string = (p) => p.name): Choice[] {
  const v = foldText(value);
  const hits = v ? app.people.find(value).filter(eligible) : [];
  const seen = new Set(hits.map((p) => p.id));
  const rest = app.kb.people.filter((p) => !seen.has(p.id) && eligible(p) && (!v || [p.name, ...p.aliases].some((a) => foldText(a).includes(v))));
  return [...hits, ...rest].slice(0, MAX_CHOICES).map((p) => ({ name: clip(label(p), LIMITS.choiceName), value: p.name.slice(0, LIMITS.choiceValue) }));
}
