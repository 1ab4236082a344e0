/** Bad input never stops the corpus: each problem is a warning naming the file, the rest loads. */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { tempCorpus } from '../support/temp-corpus.ts';

const GOOD = 'A good headline\n\nThe article text is here, long enough to read as a paragraph of news.\n';

const c = tempCorpus();
c.write('good.txt', GOOD);
c.write('empty.txt', '');
c.write('blank.md', '\n  \n');
c.write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a, 0x00, 0x01]));
// Windows-1252: “quoted” with curly quotes 0x93/0x94 and é as 0xE9
c.write('latin.txt', new Uint8Array([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' owner speaks\n\nThe owner said '), 0x93, ...Buffer.from('we stay open'), 0x94, ...Buffer.from(' on Monday.\n')]));
c.write('bad-yaml.md', '---\ntitle: [never closed\nauthor: x\n---\nA headline after bad front-matter\n\nThe body still loads and is searchable by everyone.\n');
c.write('unclosed.md', '---\ntitle: Missing end marker\n\nThe body has no closing front-matter marker at all, so it is all text.\n');
c.write('bad-date.md', '---\ntitle: Bad date\npublished: last Tuesday\n---\nThe body text of an article whose date field is not a date.\n');
symlinkSync(path.join(c.dir, 'does-not-exist.txt'), path.join(c.dir, 'gone.txt'));
c.write('a/same.txt', 'First same-named article\n\nOne text about one thing that happened.\n');
c.write('b/same.txt', 'Second same-named article\n\nA different text about another thing.\n');
c.write('c/same.txt', 'First same-named article\n\nOne text about one thing that happened.\n');
c.write('notes.json', '{"not": "an article"}');
const corpus = await loadCorpus(c.dir);
afterAll(() => c.remove());

const warningsFor = (file: string): string[] => corpus.warnings.filter((w) => w.file === file).map((w) => w.message);
const loaded = (file: string): boolean => corpus.documents.some((d) => d.file === file);

describe('bad corpus files', () => {
  it('still loads the good file', () => {
    expect(loaded('good.txt')).toBe(true);
    expect(warningsFor('good.txt')).toEqual([]);
  });
  it('reports and skips an empty file and a white-space file', () => {
    expect(loaded('empty.txt')).toBe(false);
    expect(warningsFor('empty.txt').join()).toMatch(/empty/);
    expect(loaded('blank.md')).toBe(false);
    expect(warningsFor('blank.md').join()).toMatch(/white space/);
  });
  it('reports and skips a binary file', () => {
    expect(loaded('binary.txt')).toBe(false);
    expect(warningsFor('binary.txt').join()).toMatch(/binary/);
  });
  it('reads a non-UTF-8 file as Windows-1252 and says so, losing nothing', () => {
    const d = corpus.documents.find((x) => x.file === 'latin.txt');
    expect(d?.title).toBe('Café owner speaks');
    expect(d?.body).toContain('“we stay open”');
    expect(warningsFor('latin.txt').join()).toMatch(/not valid UTF-8/);
  });
  it('reports malformed front-matter and loads the text', () => {
    expect(warningsFor('bad-yaml.md').join()).toMatch(/front-matter is not valid YAML/);
    expect(corpus.documents.find((x) => x.file === 'bad-yaml.md')?.body).toContain('The body still loads');
    expect(warningsFor('unclosed.md').join()).toMatch(/no closing/);
    expect(loaded('unclosed.md')).toBe(true);
  });
  it('reports a bad field and drops only that field', () => {
    const d = corpus.documents.find((x) => x.file === 'bad-date.md');
    expect(d?.title).toBe('Bad date');
    expect(d?.published).toBeNull();
    expect(warningsFor('bad-date.md').join()).toMatch(/"published" must be a date/);
  });
  it('reports an unreadable file', () => {
    expect(loaded('gone.txt')).toBe(false);
    expect(warningsFor('gone.txt').join()).toMatch(/cannot be read \(ENOENT\)/);
  });
  it('gives a second file with a used id a new id, and skips an exact duplicate', () => {
    expect(corpus.documents.find((d) => d.file === 'a/same.txt')?.id).toBe('same');
    expect(corpus.documents.find((d) => d.file === 'b/same.txt')?.id).toBe('b-same');
    expect(warningsFor('b/same.txt').join()).toMatch(/already used by a\/same.txt/);
    expect(loaded('c/same.txt')).toBe(false);
    expect(warningsFor('c/same.txt').join()).toMatch(/same text as a\/same.txt/);
  });
  it('reads only .txt and .md files', () => {
    expect(corpus.documents.some((d) => d.file.endsWith('.json'))).toBe(false);
  });
  it('fails clearly on a missing corpus directory', async () => {
    await expect(loadCorpus(path.join(c.dir, 'nope'))).rejects.toThrow(CorpusError);
    await expect(loadCorpus(path.join(c.dir, 'nope'))).rejects.toThrow(/corpus directory not found/);
  });
});

describe('a broken manifest', () => {
  it('is reported and the articles still load', async () => {
    const m = tempCorpus();
    m.write('x.txt', GOOD);
    m.write('manifest.json', '{ "version": 1, "documents": { "x.txt": { "outlet": "Broken" ');
    m.write('sub/manifest.json', JSON.stringify({ version: 1, documents: { 'y.txt': { outlet: 'Sub Outlet', published: 'yesterday', colour: 'red' }, 'missing.txt': { outlet: 'Nobody' } } }));
    m.write('sub/y.txt', GOOD);
    const r = await loadCorpus(m.dir);
    m.remove();
    expect(r.documents.map((d) => d.file).sort()).toEqual(['sub/y.txt', 'x.txt']);
    const all = r.warnings.map((w) => `${w.file}: ${w.message}`).join('\n');
    expect(all).toMatch(/manifest.json: cannot be read as JSON/);
    expect(all).toMatch(/"published" must be a date/);
    expect(all).toMatch(/unknown field "colour"/);
    expect(all).toMatch(/sub\/missing.txt: is described in a manifest but no such article file was loaded/);
    expect(r.documents.find((d) => d.file === 'sub/y.txt')?.outlet).toBe('Sub Outlet');
  });
});
