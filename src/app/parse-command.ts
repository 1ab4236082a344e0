/**
 * The console's way of writing a slash command, close to Discord's own:
 *   /quote nothing in return speaker:"Ann Lee" from:2020-01-01 page:2
 * `name:value` sets an option (quotes allow spaces); as in Discord's own option box, an unquoted
 * text value runs on over the following words up to the next `name:` of the command
 * (`speaker:Ann Lee from:2020` is speaker "Ann Lee"). Words before any option go to the
 * command's first text option. The option list comes from the command's own definition, so both stay in step.
 */
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord.js';
import type { CommandInput, CommandModule, OptionValue } from './command.ts';

export type Parsed = { ok: true; command: CommandModule; input: CommandInput } | { ok: false; error: string };

/** Split a line into words; "double" or 'single' quotes keep spaces; key:"a b" stays one word. */
export function tokenize(line: string): string[] {
  const out: string[] = [];
  const re = /(?:[^\s"“”']+|"[^"]*"?|“[^”]*”?|'[^']*'?)+/g;
  for (const m of line.matchAll(re)) out.push(m[0]);
  return out;
}

function unquote(s: string): string {
  return s.replace(/^(?:["“'])(.*?)(?:["”'])?$/s, '$1');
}

export function parseCommand(words: readonly string[], find: (name: string) => CommandModule | undefined): Parsed {
  const [head, ...rest] = words;
  if (!head) return { ok: false, error: 'Type a command, for example /sources or /help.' };
  const command = find(head);
  if (!command) return { ok: false, error: `Unknown command “${head}”. Type /help to see the commands.` };
  const json = command.data.toJSON();
  const specs: APIApplicationCommandOption[] = json.options ?? [];
  const byName = new Map(specs.map((o) => [o.name, o]));
  const options: Record<string, OptionValue> = {};
  const free: string[] = [];
  let page = 1;
  // the text option an unquoted value is still being typed into, and its words so far
  let open: { name: string; words: string[] } | null = null;
  const close = (): void => {
    if (open) options[open.name] = open.words.join(' ');
    open = null;
  };
  for (const w of rest) {
    const m = /^([a-z_][\w-]*):(.*)$/is.exec(w);
    const key = m?.[1]?.toLowerCase();
    if (m && key === 'page') {
      close();
      const n = Number(unquote(m[2] ?? ''));
      if (!Number.isInteger(n) || n < 1)
        return { ok: false, error: `page must be a whole number from 1 (got “${m[2]}”).` };
      page = n;
      continue;
    }
    const spec = key ? byName.get(key) : undefined;
    if (!m || !spec) {
      if (open) open.words.push(unquote(w));
      else free.push(unquote(w));
      continue;
    }
    close();
    const value = m[2] ?? '';
    if (spec.type === ApplicationCommandOptionType.String && !/^["“']/.test(value)) {
      open = { name: spec.name, words: value ? [value] : [] };
      continue;
    }
    const raw = unquote(value);
    const v = convert(spec, raw);
    if (typeof v === 'object') return { ok: false, error: v.error };
    options[spec.name] = v;
  }
  close();
  if (free.length) {
    const target = specs.find((o) => o.type === ApplicationCommandOptionType.String && options[o.name] === undefined);
    if (!target)
      return {
        ok: false,
        error: `/${json.name} takes no free text; use name:value options (${specs.map((o) => o.name).join(', ') || 'none'}).`,
      };
    options[target.name] = free.join(' ');
  }
  for (const o of specs) {
    if ('required' in o && o.required && options[o.name] === undefined)
      return { ok: false, error: `/${json.name} needs ${o.name}: ${o.description}.` };
  }
  return { ok: true, command, input: { options, page } };
}

function convert(spec: APIApplicationCommandOption, raw: string): OptionValue | { error: string } {
  switch (spec.type) {
    case ApplicationCommandOptionType.Integer: {
      const n = Number(raw);
      return Number.isInteger(n) ? n : { error: `${spec.name} must be a whole number (got “${raw}”).` };
    }
    case ApplicationCommandOptionType.Number: {
      const n = Number(raw);
      return Number.isFinite(n) ? n : { error: `${spec.name} must be a number (got “${raw}”).` };
    }
    case ApplicationCommandOptionType.Boolean: {
      if (/^(?:true|yes|1|on)$/i.test(raw)) return true;
      if (/^(?:false|no|0|off)$/i.test(raw)) return false;
      return { error: `${spec.name} must be true or false (got “${raw}”).` };
    }
    default:
      return raw;
  }
}
