/** The app over one invented article, analysed as the bot analyses it (for services measured end to end). */
import { createAppFromKnowledgeBase, type App } from '../../src/app/app.ts';
import { buildKnowledgeBase } from '../../src/kb/build.ts';
import { doc } from './kb-fixture.ts';

export function appOfArticle(body: string): App {
  return createAppFromKnowledgeBase(
    buildKnowledgeBase({
      root: '/fixture',
      documents: [doc('d1', body, { outlet: 'Harbor Post', published: '2021-03-10' })],
      warnings: [],
    }),
  );
}
