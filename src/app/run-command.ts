/**
 * Run a command safely: whatever goes wrong inside a handler becomes an error View with a
 * reference id that is also logged, so one bad request never takes the process down.
 */
import { randomBytes } from 'node:crypto';
import { log } from '../log.ts';
import { errorView, type View } from '../views/model.ts';
import type { App } from './app.ts';
import type { CommandInput, CommandModule } from './command.ts';

export function referenceId(): string {
  return randomBytes(4).toString('hex');
}

export function runCommand(app: App, command: CommandModule, input: CommandInput): View {
  try {
    return command.run(app, input);
  } catch (e) {
    const ref = referenceId();
    log('error', 'command failed', {
      ref,
      command: command.data.name,
      options: input.options,
      error: e instanceof Error ? e.stack : String(e),
    });
    return errorView(
      'Something went wrong',
      `The bot hit an internal error answering /${command.data.name}. Reference: ${ref}`,
    );
  }
}
