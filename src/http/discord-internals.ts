/**
 * The discord.js internals that building interactions without a gateway needs (not in its public
 * typings; its gateway handlers use them): the client's own user and application, and the action
 * that turns a raw interaction into an Interaction and emits it. The HTTP bot and the tests' injector
 * share them, so a discord.js upgrade that moves them fails the tests.
 */
import { Client, ClientApplication, ClientUser, type APIInteraction, type APIUser } from 'discord.js';

interface ClientInternals {
  actions: { InteractionCreate: { handle(data: APIInteraction): void } };
}

const ClientUserCtor = ClientUser as unknown as new (client: Client, data: APIUser) => ClientUser;
const ClientApplicationCtor = ClientApplication as unknown as new (
  client: Client,
  data: { id: string; flags: number },
) => ClientApplication;

export const newClientUser = (client: Client, data: APIUser): ClientUser => new ClientUserCtor(client, data);
export const newClientApplication = (client: Client, id: string): ClientApplication =>
  new ClientApplicationCtor(client, { id, flags: 0 });

/** Emit `raw` on the client as the gateway's INTERACTION_CREATE would. */
export function emitInteraction(client: Client, raw: APIInteraction): void {
  (client as unknown as ClientInternals).actions.InteractionCreate.handle(raw);
}
