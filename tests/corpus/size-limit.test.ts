/**
 * One article past the size limit (default 2 MB) is skipped with a warning naming it and its
 * size, before it is read or parsed; the rest of the corpus loads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ARTICLE_BYTES, maxArticleBytes } from '../../src/config.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { runEntry } from '../support/run-script.ts';
import { tempCorpus } from '../support/temp-corpus.ts';

const para = 'The council met on Tuesday and the mayor said the budget would pass by the end of the month. ';
const c = tempCorpus();
c.write('small.txt', `A small article\n\n${para}\n`);
// a 50 MB dump in the corpus folder
c.write('dump.txt', `A dump\n\n${para.repeat(Math.ceil((50 * 1024 * 1024) / para.length))}`);
const line = (title: string, text: string): string => JSON.stringify({ title, outlet: 'Paper', text });
c.write('feed.jsonl', [line('Short one', para), line('Long one', para.repeat(400)), line('Another short one', para + 'More.')].join('\n') + '\n');
afterAll(() => c.remove());

describe('the size limit for one article', () => {
  it('skips a 50 MB file by its size, naming it, and loads the rest', async () => {
    const corpus = await loadCorpus(c.dir);
    const dump = corpus.warnings.find((w) => w.file === 'dump.txt');
    expect(dump?.message).toMatch(/^is 50\.0 MB, over the 2\.0 MB limit for one article \(SOURCEBOT_MAX_ARTICLE_BYTES\); skipped$/);
    expect(corpus.documents.map((d) => d.file).sort()).toEqual(['feed.jsonl#1', 'feed.jsonl#2', 'feed.jsonl#3', 'small.txt']);
  });

  it('applies to each line of a JSON Lines file, and can be set', async () => {
    const corpus = await loadCorpus(c.dir, { maxArticleBytes: 20 * 1024 });
    expect(corpus.warnings.find((w) => w.file === 'feed.jsonl#2')?.message).toMatch(/^line 2 is 36 kB, over the 20 kB limit/);
    expect(corpus.documents.map((d) => d.file).sort()).toEqual(['feed.jsonl#1', 'feed.jsonl#3', 'small.txt']);
  });

  it('reads SOURCEBOT_MAX_ARTICLE_BYTES in bytes, kB or MB, and falls back on nonsense', () => {
    expect(maxArticleBytes({})).toBe(DEFAULT_MAX_ARTICLE_BYTES);
    expect(maxArticleBytes({ SOURCEBOT_MAX_ARTICLE_BYTES: '5M' })).toBe(5 * 1024 * 1024);
    expect(maxArticleBytes({ SOURCEBOT_MAX_ARTICLE_BYTES: '300k' })).toBe(300 * 1024);
    expect(maxArticleBytes({ SOURCEBOT_MAX_ARTICLE_BYTES: '1500' })).toBe(1500);
    expect(maxArticleBytes({ SOURCEBOT_MAX_ARTICLE_BYTES: 'lots' })).toBe(DEFAULT_MAX_ARTICLE_BYTES);
  });

  it('is reported by the entry points, which still answer', async () => {
    const r = await runEntry('src/cli/cli.ts', ['sources', '--corpus', c.dir, '--no-cache'], { env: { DISCORD_TOKEN: undefined } });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/dump\.txt: is 50\.0 MB, over the 2\.0 MB limit/);
    expect(r.stdout).toContain('A small article');
  });
});
