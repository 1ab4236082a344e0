/** One console line (or CLI argument list) to the text the bot would answer. */
import { findSourcesCommand } from '../../commands/find-sources.ts';
import { findCommand } from '../../commands/index.ts';
import type { App } from '../app/app.ts';
import { parseCommand, tokenize } from '../app/parse-command.ts';
import { runCommand } from '../app/run-command.ts';
import { errorView } from '../views/model.ts';
import { renderText } from '../views/text.ts';

export interface Answer {
  text: string;
  error: boolean;
}

// the message context-menu command has no slash form on Discord; the console spells it as one
const FIND_SOURCES_WORDS = new Set(['/find-sources', 'find-sources', '/check', 'check']);

export function answerWords(app: App, words: readonly string[]): Answer {
  if (words[0] && FIND_SOURCES_WORDS.has(words[0].toLowerCase())) {
    const view = findSourcesCommand.run(app, words.slice(1).join(' '));
    return { text: renderText(view), error: view.kind === 'error' };
  }
  const parsed = parseCommand(words, findCommand);
  const view = parsed.ok ? runCommand(app, parsed.command, parsed.input) : errorView('Cannot run that', parsed.error);
  return { text: renderText(view), error: view.kind === 'error' };
}

export function answerLine(app: App, line: string): Answer | null {
  const words = tokenize(line.trim());
  return words.length ? answerWords(app, words) : null;
}
