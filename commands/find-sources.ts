/** The message context-menu command "Find sources": right-click a message → the corpus' closest quotes and passages, only to you. */
import { ApplicationCommandType, ContextMenuCommandBuilder } from 'discord.js';
import type { App } from '../src/app/app.ts';
import { findSources } from '../src/services/find-sources.ts';
import { findSourcesView } from '../src/views/find-sources-view.ts';
import { errorView, type View } from '../src/views/model.ts';

export const FIND_SOURCES = 'Find sources';

export const findSourcesCommand = {
  data: new ContextMenuCommandBuilder().setName(FIND_SOURCES).setType(ApplicationCommandType.Message),
  run(app: App, messageContent: string): View {
    if (!messageContent.trim())
      return errorView(
        'Nothing to check',
        'That message has no text (only attachments or embeds). Try /quote with the words you want to check.',
      );
    return findSourcesView(messageContent, findSources(app, messageContent));
  },
};
