/** A corpus as JSON Lines: one article a line; a bad line is a warning naming file and line. */
import { afterAll, describe, expect, it } from 'vitest';
import { parseJsonl } from '../../src/corpus/jsonl.ts';
import { CorpusError, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { runEntry } from '../support/run-script.ts';
import { tempCorpus } from '../support/temp-corpus.ts';

const TEXT = 'Senate passes the budget\n\nWASHINGTON — The Senate passed the budget on Tuesday. “We did it,” the leader said after the vote.\n';
const line = (o: unknown): string => JSON.stringify(o);

const c = tempCorpus();
const file = c.write(
  'news.jsonl',
  [
    line({ id: 'abc123', title: 'Senate passes the budget', outlet: 'Example News', url: 'https://example.com/a', author: 'Jane Doe', published: '2020-07-08', topic: 'budget', text: TEXT }),
    '',
    '{"title": "truncated", "text": "never closed',
    line({ title: 'No text here', outlet: 'Example News' }),
    line({ title: 'Wrong type', text: 42 }),
    line({ title: 'Blank', text: '   ' }),
    line(['an', 'array']),
    line({ title: 'A second story', outlet: 'Other Outlet', published: '8/19/19', author: null, text: 'A second story\n\nThe governor signed the bill into law on Friday afternoon, aides said.\n' }),
    line({ id: 'abc123', title: 'Same id, other text', text: 'Same id, other text\n\nA third article that reuses the id of the first one by mistake.\n' }),
    line({ id: 'abc123', title: 'Senate passes the budget', text: TEXT }),
  ].join('\r\n') + '\r\n',
);
c.write('dir/a.txt', 'A plain text article\n\nIts body sits beside a JSON Lines file in the same corpus directory.\n');
c.write('dir/more.jsonl', line({ title: 'From the directory', text: 'From the directory\n\nAn article read from a JSON Lines file found while scanning a directory.\n' }) + '\n');
afterAll(() => c.remove());

const corpus = await loadCorpus(file);
const warnings = (f: string): string[] => corpus.warnings.filter((w) => w.file === f).map((w) => w.message);

describe('a JSON Lines file as the corpus', () => {
  it('loads one document a good line, named file#line', () => {
    expect(corpus.documents.map((d) => d.file)).toEqual(['news.jsonl#1', 'news.jsonl#8', 'news.jsonl#9']);
    expect(corpus.root).toBe(file);
  });
  it('takes the fields as stated metadata and the text as the article', () => {
    const d = corpus.documents[0]!;
    expect(d.id).toBe('abc123');
    expect({ title: d.title, outlet: d.outlet, url: d.url, author: d.author, published: d.published }).toEqual({
      title: 'Senate passes the budget',
      outlet: 'Example News',
      url: 'https://example.com/a',
      author: 'Jane Doe',
      published: '2020-07-08',
    });
    expect(d.sources.outlet).toBe('front-matter');
    expect(d.raw).toBe(TEXT);
    // the repeated headline is not article text; offsets still point into the line's text
    expect(d.body.startsWith('WASHINGTON')).toBe(true);
    expect(d.bodySpans.map((s) => d.raw.slice(s.start, s.end)).join('\n\n')).toBe(d.body);
    expect(warnings('news.jsonl#1')).toEqual([]); // "topic" is the exporter's own field: ignored
  });
  it('reports each bad line with its line number and skips it', () => {
    expect(warnings('news.jsonl#3').join()).toMatch(/^line 3 is not valid JSON/);
    expect(warnings('news.jsonl#4').join()).toMatch(/^line 4 has no "text" field/);
    expect(warnings('news.jsonl#5').join()).toMatch(/^line 5 has no "text" field.*must be a string/);
    expect(warnings('news.jsonl#6').join()).toMatch(/^line 6 has an empty "text"/);
    expect(warnings('news.jsonl#7').join()).toMatch(/^line 7 is not a JSON object/);
    expect(corpus.warnings.some((w) => w.file === 'news.jsonl#2')).toBe(false); // a blank line is nothing
  });
  it('drops only a bad field; a null field is left to detection', () => {
    const d = corpus.documents.find((x) => x.file === 'news.jsonl#8');
    expect(d?.id).toBe('news-8');
    expect(d?.published).toBeNull();
    expect(d?.outlet).toBe('Other Outlet');
    expect(warnings('news.jsonl#8').join()).toMatch(/line 8: "published" must be a date/);
  });
  it('renames a reused id and skips an exact duplicate', () => {
    expect(corpus.documents.find((x) => x.file === 'news.jsonl#9')?.id).toBe('news-9');
    expect(warnings('news.jsonl#9').join()).toMatch(/id "abc123" is already used by news.jsonl#1/);
    expect(warnings('news.jsonl#10').join()).toMatch(/same text as news.jsonl#1/);
  });
});

describe('JSON Lines files in a corpus directory', () => {
  it('are read beside .txt and .md files', async () => {
    const r = await loadCorpus(c.dir);
    expect(r.documents.map((d) => d.file)).toEqual(['dir/a.txt', 'dir/more.jsonl#1', 'news.jsonl#1', 'news.jsonl#8', 'news.jsonl#9']);
    expect(r.documents.find((d) => d.file === 'dir/more.jsonl#1')?.id).toBe('more-1');
  });
  it('a file that is not .jsonl is not a corpus', async () => {
    await expect(loadCorpus(c.write('x.txt', 'x'))).rejects.toThrow(CorpusError);
  });
  it('work from the command line', async () => {
    const r = await runEntry('src/cli/cli.ts', ['sources', '--corpus', file], { env: { DISCORD_TOKEN: undefined, CORPUS_DIR: undefined, SOURCEBOT_CACHE_DIR: 'off' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Senate passes the budget');
    expect(r.stderr).toMatch(/news.jsonl#3: line 3 is not valid JSON/);
  });
});

describe('JSON Lines from bytes', () => {
  it('gives what the decoded text gives: a byte-order mark, CRLF, accents and a bad line alike', () => {
    const text =
      '\uFEFF{"title":"Café owner","text":"She said “we stay open” on Monday."}\r\n' +
      'not json\r\n\r\n' +
      '{"title":"Second","text":"Plain ASCII text of the second article."}\n';
    const fromBytes = parseJsonl(new TextEncoder().encode(text));
    expect(fromBytes).toEqual(parseJsonl(text.slice(1)));
    expect(fromBytes.articles.map((a) => [a.line, a.text])).toEqual([
      [1, 'She said “we stay open” on Monday.'],
      [4, 'Plain ASCII text of the second article.'],
    ]);
    expect(fromBytes.problems.map((p) => p.line)).toEqual([2]);
  });
});
