// Manual use: run a local Discord (REST + gateway) and drive the real bot from the terminal.
//
//   npx tsx tests/support/discord/cli.ts [--rest-port 8787] [--gateway-port 8788] [--no-deadline]
//   DISCORD_TOKEN=x DISCORD_API_URL=http://127.0.0.1:8787/api npm start     (in another terminal)
//
// Then type `/quote query:climate change` etc. (see `help`); every request the bot makes is logged.
import { createInterface } from 'node:readline';
import { ApplicationCommandOptionType } from 'discord.js';
import type {
  APIApplicationCommand,
  APIApplicationCommandInteractionDataOption,
  APIApplicationCommandOption,
  APIInteraction,
  APIMessage,
  InteractionType,
} from 'discord.js';
import { autocomplete, button, chatInput, opt, toOptions } from './interactions.ts';
import type { RecordedRequest } from './rest-server.ts';
import { startDiscordStandIn } from './standin.ts';

type DataOption = APIApplicationCommandInteractionDataOption<InteractionType.ApplicationCommand>;

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const standIn = await startDiscordStandIn({
  restPort: Number(flag('--rest-port') ?? 0),
  gatewayPort: Number(flag('--gateway-port') ?? 0),
  // Like Discord: a callback later than 3 s after the interaction fails with 10062.
  interactionDeadlineMs: process.argv.includes('--no-deadline') ? undefined : 3000,
});
const { rest, gateway } = standIn;

function clip(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function summarize(body: unknown): string {
  if (typeof body !== 'object' || body === null) return '';
  const b = body as Record<string, unknown>;
  const data = (typeof b.type === 'number' && 'data' in b ? b.data : b) as Record<string, unknown> | undefined;
  const parts: string[] = [];
  if (typeof b.type === 'number') parts.push(`type=${b.type}`);
  if (data && typeof data === 'object') {
    if (typeof data.content === 'string' && data.content) parts.push(`content="${clip(data.content)}"`);
    if (Array.isArray(data.embeds) && data.embeds.length > 0) {
      const titles = data.embeds.map((e: { title?: string }) => e.title ?? '(untitled)');
      parts.push(`embeds=${data.embeds.length} [${clip(titles.join(' | '), 80)}]`);
    }
    if (Array.isArray(data.components) && data.components.length > 0)
      parts.push(`components=${data.components.length}`);
    if (Array.isArray(data.choices)) parts.push(`choices=${data.choices.length}`);
    if (typeof data.flags === 'number' && data.flags & 64) parts.push('ephemeral');
  }
  return parts.join(' ');
}

rest.onRequest((r: RecordedRequest) => {
  const files = r.files.length > 0 ? ` files=${r.files.map((f) => f.name).join(',')}` : '';
  const error = r.status >= 400 && r.response && typeof r.response === 'object' ? ` ${JSON.stringify(r.response)}` : '';
  console.log(`[rest] ${r.method} ${r.path} → ${r.status} ${summarize(r.body)}${files}${clip(error, 300)}`);
  for (const v of r.violations) console.log(`       ! ${v}`);
});
gateway.onFrame((frame) => {
  if (frame.op === 2) {
    const d = frame.d as { intents?: number };
    console.log(`[gateway] IDENTIFY (intents=${d.intents ?? '?'}) → READY`);
  } else if (frame.op !== 1) {
    console.log(`[gateway] op ${frame.op} ${clip(JSON.stringify(frame.d), 200)}`);
  }
});

function allCommands(): APIApplicationCommand[] {
  return [...rest.commands.global, ...[...rest.commands.guilds.values()].flat()];
}

/** Types a `key:value` pair using the registered option definition, else guesses. */
function typed(name: string, value: string, def: APIApplicationCommandOption | undefined): DataOption {
  if (!def) {
    if (value === 'true' || value === 'false') return opt.boolean(name, value === 'true');
    const [guess] = toOptions({ [name]: /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value });
    return guess ?? opt.string(name, value);
  }
  switch (def.type) {
    case ApplicationCommandOptionType.String:
      return opt.string(name, value);
    case ApplicationCommandOptionType.Integer:
      return opt.integer(name, Number.parseInt(value, 10));
    case ApplicationCommandOptionType.Number:
      return opt.number(name, Number.parseFloat(value));
    case ApplicationCommandOptionType.Boolean:
      return opt.boolean(name, value === 'true');
    default: // user/channel/role/mentionable: a snowflake string
      return { name, type: def.type, value } as DataOption;
  }
}

/** `name [sub [sub]] key:value key:"quoted value" …` → command name + nested options. */
function parseCommand(text: string): { name: string; options: DataOption[] } {
  const [name = '', ...restWords] = text.trim().split(/\s+/);
  const rest = text.trim().slice(name.length).trim();
  const firstPair = rest.search(/(^|\s)[\w-]+:/);
  const path = (firstPair < 0 ? restWords : rest.slice(0, firstPair).trim().split(/\s+/)).filter(Boolean);
  const pairsText = firstPair < 0 ? '' : rest.slice(firstPair).trim();
  const pairs: [string, string][] = [];
  for (const m of pairsText.matchAll(/([\w-]+):("([^"]*)"|.*?)(?=\s+[\w-]+:|$)/g)) {
    pairs.push([m[1] ?? '', m[3] ?? m[2] ?? '']);
  }
  let defs: APIApplicationCommandOption[] | undefined = allCommands().find((c) => c.name === name)?.options;
  for (const sub of path)
    defs = (defs?.find((d) => d.name === sub) as { options?: APIApplicationCommandOption[] } | undefined)?.options;
  let options: DataOption[] = pairs.map(([k, v]) =>
    typed(
      k,
      v,
      defs?.find((d) => d.name === k),
    ),
  );
  // The innermost word is the subcommand, anything before it a subcommand group.
  for (let i = path.length - 1; i >= 0; i--) {
    const sub = path[i] ?? '';
    options = [i === path.length - 1 ? opt.subcommand(sub, options) : opt.subcommandGroup(sub, options)];
  }
  return { name, options };
}

function findMessageWith(customId: string): APIMessage | undefined {
  const has = (components: unknown): boolean =>
    Array.isArray(components) &&
    components.some(
      (c: { custom_id?: string; components?: unknown; accessory?: unknown }) =>
        c.custom_id === customId || has(c.components) || has(c.accessory ? [c.accessory] : []),
    );
  return [...rest.messages.values()].reverse().find((m) => has(m.components));
}

function send(raw: APIInteraction): void {
  const reached = standIn.dispatchInteraction(raw);
  if (reached === 0) console.log('(no bot connected to the gateway yet — start it with the env above)');
}

const help = `Commands:
  /name [sub] key:value key:"two words"   chat-input command (types from the bot's registered commands)
  ?name [sub] key:value …                 autocomplete; the last option is the focused one
  !custom_id                              click a button (on the latest bot message that has it)
  commands                                list the commands the bot registered
  last                                    print the last request in full
  help | quit`;

console.log(`Discord stand-in is up.
DISCORD_API_URL=${standIn.apiUrl}
gateway: ${gateway.url}
Run the bot:  DISCORD_TOKEN=x DISCORD_API_URL=${standIn.apiUrl} npm start
${help}`);

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: false });
rl.on('line', (line) => {
  const text = line.trim();
  if (!text) return;
  if (text === 'quit' || text === 'exit') return void shutdown();
  if (text === 'help') return void console.log(help);
  if (text === 'commands') {
    for (const c of allCommands())
      console.log(`  /${c.name} ${(c.options ?? []).map((o) => `${o.name}:<${o.type}>`).join(' ')}`);
    return;
  }
  if (text === 'last') return void console.log(JSON.stringify(rest.requests.at(-1) ?? null, null, 2));
  if (text.startsWith('/')) {
    const { name, options } = parseCommand(text.slice(1));
    return send(chatInput(name, options));
  }
  if (text.startsWith('?')) {
    const { name, options } = parseCommand(text.slice(1));
    return send(autocomplete(name, options));
  }
  if (text.startsWith('!')) {
    const customId = text.slice(1);
    const msg = findMessageWith(customId);
    return send(button(customId, msg ? { message: msg } : {}));
  }
  console.log(`Unknown input. ${help}`);
});

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  rl.close();
  await standIn.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
