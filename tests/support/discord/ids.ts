// Shared identities for the Discord stand-in: one bot, one guild, one channel, one human user.
// The REST server, the gateway and the interaction builders all use these defaults, so a
// payload built here refers to things the stand-in (and discord.js' caches) know about.
import type { APIUser } from 'discord.js';

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;

/** A real-looking snowflake (timestamp-based), so discord.js' createdTimestamp getters make sense. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export const DEFAULT_APPLICATION_ID = '1300000000000000001';
export const DEFAULT_GUILD_ID = '1300000000000000100';
export const DEFAULT_CHANNEL_ID = '1300000000000000200';

/** The bot user; on Discord the bot user id equals the application id. */
export const DEFAULT_BOT_USER: APIUser = {
  id: DEFAULT_APPLICATION_ID,
  username: 'sourcebot',
  discriminator: '0',
  global_name: null,
  avatar: null,
  bot: true,
};

/** The human who runs commands in tests. */
export const DEFAULT_USER: APIUser = {
  id: '1300000000000000300',
  username: 'tester',
  discriminator: '0',
  global_name: 'Tester',
  avatar: null,
};
