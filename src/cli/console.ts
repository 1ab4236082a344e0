/**
 * The local console: the bot's commands on a terminal (with history) or from piped input,
 * answered through the same handlers and views as on Discord.
 */
import readline from 'node:readline';
import type { App } from '../app/app.ts';
import { answerLine } from './answer.ts';

export interface ConsoleIO {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  interactive: boolean;
}

export async function runConsole(app: App, io: ConsoleIO): Promise<void> {
  const rl = readline.createInterface({
    input: io.input,
    output: io.interactive ? io.output : undefined,
    terminal: io.interactive,
    historySize: 500,
  });
  const write = (s: string): void => {
    io.output.write(s + '\n');
  };
  if (io.interactive) {
    write(
      `Sourcebot console: ${app.kb.documents.length} articles loaded. Type /help for the commands, /exit to leave.`,
    );
    rl.setPrompt('sourcebot> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const t = line.trim();
    if (/^\/?(?:exit|quit)$/i.test(t)) break;
    const answer = answerLine(app, t);
    if (answer) write(answer.text + (io.interactive ? '\n' : '\n'));
    if (io.interactive) rl.prompt();
  }
  rl.close();
}
