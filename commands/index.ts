/** Every slash command of the bot, by name. */
import type { CommandModule } from '../src/app/command.ts';
import { help } from './help.ts';
import { quote } from './quote.ts';
import { sources } from './sources.ts';
import { timeline } from './timeline.ts';
import { who } from './who.ts';

export function commandList(): CommandModule[] {
  return [quote, who, timeline, sources, help];
}

export function findCommand(name: string): CommandModule | undefined {
  const n = name.replace(/^\//, '').toLowerCase();
  return commandList().find((c) => c.data.name === n);
}
