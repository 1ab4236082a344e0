// One import for tests: `import { startDiscordStandIn, chatInput, injectInteraction } from '../support/discord/index.ts'`.
export * from './ids.ts';
export * from './limits.ts';
export * from './rest-server.ts';
export * from './gateway-server.ts';
export * from './interactions.ts';
export * from './standin.ts';
