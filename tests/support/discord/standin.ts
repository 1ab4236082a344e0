// REST + gateway stand-ins wired together: REST's GET /gateway/bot points at the gateway, so a
// real discord.js Client can `login()` against 127.0.0.1 and receive dispatched interactions.
import type { APIInteraction, GatewayGuildCreateDispatchData } from 'discord.js';
import { startGatewayStandIn, type GatewayStandIn, type GatewayStandInOptions } from './gateway-server.ts';
import { DEFAULT_BOT_USER } from './ids.ts';
import { guildCreate } from './interactions.ts';
import { startRestStandIn, type RestStandIn, type RestStandInOptions } from './rest-server.ts';

export interface DiscordStandInOptions extends Omit<RestStandInOptions, 'gatewayUrl' | 'port'> {
  restPort?: number;
  gatewayPort?: number;
  heartbeatIntervalMs?: GatewayStandInOptions['heartbeatIntervalMs'];
  /** Guilds sent on login (needs the Guilds intent); default: one test guild (`guildCreate()`). */
  guilds?: GatewayGuildCreateDispatchData[];
}

export interface DiscordStandIn {
  rest: RestStandIn;
  gateway: GatewayStandIn;
  /** For discord.js' `rest.api` option / the bot's DISCORD_API_URL: `http://127.0.0.1:PORT/api`. */
  apiUrl: string;
  /** Spread into `new Client({ intents, ...standIn.clientOptions })`. */
  clientOptions: { rest: { api: string } };
  /** Lets REST know about the interaction, then sends it as INTERACTION_CREATE; returns sessions reached. */
  dispatchInteraction(raw: APIInteraction): number;
  close(): Promise<void>;
}

export async function startDiscordStandIn(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const { restPort, gatewayPort, heartbeatIntervalMs, guilds, ...restOptions } = options;
  const botUser = options.botUser ?? { ...DEFAULT_BOT_USER, id: options.applicationId ?? DEFAULT_BOT_USER.id };
  const gateway = await startGatewayStandIn({
    port: gatewayPort,
    applicationId: options.applicationId,
    botUser,
    token: options.token,
    heartbeatIntervalMs,
    guilds: guilds ?? [guildCreate({ botUser })],
  });
  let rest: RestStandIn;
  try {
    rest = await startRestStandIn({ ...restOptions, botUser, port: restPort, gatewayUrl: gateway.url });
  } catch (error) {
    await gateway.close();
    throw error;
  }
  return {
    rest,
    gateway,
    apiUrl: rest.url,
    clientOptions: { rest: { api: rest.url } },
    dispatchInteraction(raw) {
      rest.trackInteraction(raw);
      return gateway.dispatch('INTERACTION_CREATE', raw);
    },
    async close() {
      await Promise.all([gateway.close(), rest.close()]);
    },
  };
}
