import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { CorpusDocument } from '../../src/documents/types.ts';

// Hand-checked facts of the five shipped articles (title, dateline, author, URL and where the
// article text starts and ends), copied from the project's gold annotation.
interface Expected {
  file: string;
  title: string;
  published: string | null;
  author: string | null;
  url: string | null;
  body_start: string;
  body_end: string;
  boilerplate_samples: string[];
  extra_boilerplate_samples?: string[];
  commentary?: string;
}
const expected = JSON.parse(readFileSync(new URL('../fixtures/shipped-docs.json', import.meta.url), 'utf8')) as Expected[];

const ws = (s: string): string => s.replace(/[\s\u00A0]+/g, ' ').trim();
const corpus = await loadCorpus(DEFAULT_CORPUS_DIR);
const byFile = new Map(corpus.documents.map((d) => [d.file, d]));
const doc = (file: string): CorpusDocument => {
  const d = byFile.get(file);
  if (!d) throw new Error(`${file} not loaded`);
  return d;
};

describe('the shipped corpus', () => {
  it('loads all five articles without a warning', () => {
    expect(corpus.documents.map((d) => d.file).sort()).toEqual(expected.map((e) => e.file).sort());
    expect(corpus.warnings).toEqual([]);
  });

  it('files are byte-for-byte the scraped pages (the raw text keeps every character)', () => {
    for (const d of corpus.documents) expect(d.raw).toBe(readFileSync(`${DEFAULT_CORPUS_DIR}/${d.file}`, 'utf8'));
  });

  for (const e of expected) {
    describe(e.file, () => {
      it('has the right title, date, author and URL', () => {
        const d = doc(e.file);
        expect(ws(d.title ?? '')).toBe(ws(e.title));
        if (e.published) expect(d.published?.startsWith(e.published)).toBe(true);
        if (e.author) expect(d.author).toBe(e.author);
        if (e.url) expect(d.url).toBe(e.url);
      });
      it('body starts and ends where the article does, without boilerplate or commentary', () => {
        const body = ws(doc(e.file).body);
        expect(body.startsWith(ws(e.body_start))).toBe(true);
        expect(body.endsWith(ws(e.body_end))).toBe(true);
        for (const b of [...e.boilerplate_samples, ...(e.extra_boilerplate_samples ?? [])]) expect(body).not.toContain(ws(b));
        if (e.commentary) expect(body).not.toContain(ws(e.commentary));
      });
    });
  }

  it('keeps the reposting blogger’s commentary apart and labelled', () => {
    const d = doc('001_9d3436c10dad4fcb.txt');
    const c = expected.find((e) => e.file === d.file)?.commentary;
    expect(c).toBeDefined();
    expect(ws(d.commentary?.text ?? '')).toBe(ws(c ?? ''));
    expect(d.commentary?.reason).toMatch(/commentary/);
  });

  it('takes provenance from the manifest and shows unknowns as unknown', () => {
    expect(doc('000_6d3447ab7da0c159.txt').outlet).toBe('patriciashannon.blogspot.com');
    expect(doc('000_6d3447ab7da0c159.txt').original?.outlet).toBe('The Daily Beast');
    expect(doc('001_9d3436c10dad4fcb.txt').author).toBeNull();
    expect(doc('001_9d3436c10dad4fcb.txt').sources.author).toBe('manifest');
    expect(doc('002_5962f8de5ccd13ad.txt').published).toBe('2020-07');
    expect(doc('004_1a4fa7e464057ae4.txt').original).toBeNull();
    expect(doc('004_1a4fa7e464057ae4.txt').author).toBeNull(); // the site account's bio is not the author
  });

  it('detects a repost date apart from the article’s own dateline', () => {
    const d = doc('003_a98e222b0248642f.txt');
    expect(d.published).toBe('2020-07-08');
    expect(d.reposted).toBe('2020-07-11');
    expect(d.sources.published).toBe('detected');
  });

  it('maps every body span back to the exact characters of the file', () => {
    for (const d of corpus.documents) {
      const joined = d.bodySpans.map((s) => d.raw.slice(s.start, s.end)).join('\n\n');
      expect(joined).toBe(d.body);
    }
  });
});
