import type { RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { findSourcesCommand } from '../../commands/find-sources.ts';
import { commandList } from '../../commands/index.ts';

/** Everything the bot registers with Discord: the slash commands and the message context-menu command. */
export function commandDefinitions(): RESTPutAPIApplicationCommandsJSONBody {
  return [...commandList().map((c) => c.data.toJSON()), findSourcesCommand.data.toJSON()];
}
