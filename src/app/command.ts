/**
 * A slash command, independent of Discord: its definition (a discord.js builder, which is also
 * what gets registered) and a handler that turns parsed options into a View. The bot and the
 * console both call `run`, so both answer the same way.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { View } from '../views/model.ts';
import type { App } from './app.ts';

export type OptionValue = string | number | boolean;

export interface CommandInput {
  options: Record<string, OptionValue>;
  /** 1-based page of a paged answer */
  page: number;
}

export interface Choice {
  name: string;
  value: string;
}

export interface CommandModule {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  run(app: App, input: CommandInput): View;
  /** choices for an option being typed; must be instant and never throw */
  autocomplete?(app: App, option: string, value: string): Choice[];
}

export function stringOption(input: CommandInput, name: string): string | undefined {
  const v = input.options[name];
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}
