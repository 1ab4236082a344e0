/**
 * `npm run deploy-commands`: register every command with one bulk overwrite, to DEV_GUILD_ID
 * when set (instant, for development) or globally (may take up to an hour to show everywhere).
 */
import dotenv from 'dotenv';
import { REST, Routes } from 'discord.js';
import { log } from '../log.ts';
import { commandDefinitions } from './command-definitions.ts';

dotenv.config({ quiet: true });

async function main(): Promise<void> {
  const token = process.env.DISCORD_TOKEN;
  const appId = process.env.DISCORD_APPLICATION_ID;
  const guild = process.env.DEV_GUILD_ID;
  if (!token || !appId) {
    log('error', 'deploy-commands needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example)');
    process.exitCode = 2;
    return;
  }
  const rest = new REST(process.env.DISCORD_API_URL ? { api: process.env.DISCORD_API_URL } : {}).setToken(token);
  const body = commandDefinitions();
  const route = guild ? Routes.applicationGuildCommands(appId, guild) : Routes.applicationCommands(appId);
  const result = (await rest.put(route, { body })) as unknown[];
  log(
    'info',
    `registered ${result.length} commands ${guild ? `to guild ${guild}` : 'globally'}: ${body.map((c) => c.name).join(', ')}`,
  );
}

main().catch((e: unknown) => {
  log('error', `deploy-commands failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
