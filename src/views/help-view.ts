import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { View } from './model.ts';

export function helpView(
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
  articleCount: number,
): View {
  return {
    kind: 'info',
    title: 'Sourcebot: what was actually said in the news',
    description: `I answer from ${articleCount} article${articleCount === 1 ? '' : 's'} with exact words, who said them, when, and which outlet published them, with a link. Where something is unknown I say so.`,
    items: commands.map((c) => ({
      title: `/${c.name}`,
      text: c.description,
      fields: (c.options ?? []).map((o) => ({
        name: o.name,
        value: `${o.description}${'required' in o && o.required ? ' (required)' : ''}`,
      })),
    })),
    ephemeral: true,
  };
}
