/**
 * The shipped corpus, end to end: every quotation with its kind and speaker, every person under
 * every name, as the project's hand annotation has them (copied into tests/fixtures). A wrong
 * speaker here is a regression of the attribution rules, not of these five articles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../src/config.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { buildKnowledgeBase } from '../../src/kb/build.ts';
import { foldWords } from '../../src/text/fold.ts';

interface GoldQuote {
  file: string;
  text: string;
  kind: string;
  speaker: string | null;
  speakerType: string | null;
}
interface GoldPerson {
  name: string;
  aliases: string[];
  files: string[];
}
const read = <T>(f: string): T => JSON.parse(readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8')) as T;
const goldQuotes = read<GoldQuote[]>('shipped-quotes.json');
const goldPeople = read<GoldPerson[]>('shipped-people.json');

const kb = buildKnowledgeBase(await loadCorpus(DEFAULT_CORPUS_DIR));
const fileOf = new Map(kb.documents.map((d) => [d.id, d.file]));
const key = (s: string): string => foldWords(s);
const speech = (k: string): boolean => k === 'direct' || k === 'partial';
const aliasesOf = (name: string): Set<string> =>
  new Set((goldPeople.find((p) => p.name === name)?.aliases ?? [name]).map(key));

describe('quotes of the shipped corpus', () => {
  it('finds every quoted span exactly, and nothing else', () => {
    const found = kb.quotes.map((q) => `${fileOf.get(q.documentId)}|${key(q.text)}`).sort();
    const expected = goldQuotes.map((q) => `${q.file}|${key(q.text)}`).sort();
    expect(found).toEqual(expected);
  });

  it('tells speech (direct, partial, document) from terms and titles', () => {
    // one span is borderline ("reportedly became increasingly sophisticated," is a summary's
    // quote of its source, read here as a quoted phrase): at most one in twenty may differ
    const coarse = (k: string): string => (k === 'term' || k === 'title' ? 'phrase' : 'speech');
    const wrong = goldQuotes.filter((g) => {
      const q = kb.quotes.find((x) => fileOf.get(x.documentId) === g.file && key(x.text) === key(g.text))!;
      return coarse(q.kind) !== coarse(g.kind);
    });
    expect(wrong.length / goldQuotes.length).toBeLessThanOrEqual(0.05);
    for (const g of goldQuotes.filter((x) => speech(x.kind))) {
      const q = kb.quotes.find((x) => fileOf.get(x.documentId) === g.file && key(x.text) === key(g.text))!;
      expect({ text: g.text.slice(0, 40), kind: coarse(q.kind) }).toEqual({
        text: g.text.slice(0, 40),
        kind: 'speech',
      });
    }
  });

  it('attributes every direct and partial quote to its speaker', () => {
    for (const g of goldQuotes.filter((x) => speech(x.kind) && x.speaker)) {
      const q = kb.quotes.find((x) => fileOf.get(x.documentId) === g.file && key(x.text) === key(g.text))!;
      const person = kb.people.find((p) => p.id === q.speakerId);
      const names = [q.speaker ?? '', ...(person ? [person.name, ...person.aliases] : [])].filter(Boolean);
      const ok = names.some((n) => aliasesOf(g.speaker!).has(key(n)));
      expect({ text: g.text.slice(0, 40), speaker: ok ? g.speaker : q.speaker }).toEqual({
        text: g.text.slice(0, 40),
        speaker: g.speaker,
      });
    }
  });

  it('keeps an anonymous source anonymous, with its description', () => {
    const anon = goldQuotes.filter((x) => x.speakerType === 'anonymous');
    expect(anon.length).toBeGreaterThan(0);
    for (const g of anon) {
      const q = kb.quotes.find((x) => fileOf.get(x.documentId) === g.file && key(x.text) === key(g.text))!;
      expect(q.speaker).toBeNull();
      expect(q.speakerType).toBe('anonymous');
      expect(q.description).toMatch(/official/);
    }
  });

  it('clusters the words several articles report, and links speakers to people', () => {
    const clustered = kb.quotes.filter((q) => q.clusterId);
    const byCluster = new Map<string, Set<string>>();
    for (const q of clustered)
      byCluster.set(q.clusterId!, (byCluster.get(q.clusterId!) ?? new Set()).add(q.documentId));
    expect([...byCluster.values()].every((docs) => docs.size >= 2)).toBe(true);
    expect(byCluster.size).toBeGreaterThanOrEqual(4);
    const ids = new Set(kb.people.map((p) => p.id));
    for (const q of kb.quotes.filter((x) => x.speakerType === 'person')) expect(ids.has(q.speakerId!)).toBe(true);
  });
});

describe('people of the shipped corpus', () => {
  const matches = (p: { name: string; aliases: string[] }, g: GoldPerson): boolean =>
    [p.name, ...p.aliases].some((n) => g.aliases.map(key).includes(key(n)));

  it('finds each person once, under every name, and nobody else', () => {
    for (const g of goldPeople)
      expect({ person: g.name, found: kb.people.filter((p) => matches(p, g)).length }).toEqual({
        person: g.name,
        found: 1,
      });
    for (const p of kb.people)
      expect({ person: p.name, gold: goldPeople.filter((g) => matches(p, g)).length }).toEqual({
        person: p.name,
        gold: 1,
      });
  });

  it('gives each person the documents that name them', () => {
    for (const g of goldPeople) {
      const p = kb.people.find((x) => matches(x, g))!;
      const files = p.documentIds.map((id) => fileOf.get(id)).sort();
      expect({ person: g.name, files }).toEqual({ person: g.name, files: [...g.files].sort() });
    }
  });
});
