/** The snapshot cache: a warm start analyses nothing, a changed file only itself, a damaged cache is rebuilt. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusDocument } from '../../src/documents/types.ts';
import { analyseDocument } from '../../src/kb/analyse-document.ts';
import type { DocumentAnalysis, LocalStatement } from '../../src/kb/document-analysis.ts';
import { exportKnowledgeBase } from '../../src/kb/export.ts';
import type { KnowledgeBase } from '../../src/kb/types.ts';
import { plainRecords } from '../../src/snapshot/corpus-snapshot.ts';
import { loadKnowledgeBase } from '../../src/pipeline/load-knowledge-base.ts';
import { tempCorpus } from '../support/temp-corpus.ts';

const article = (n: number, extra = ''): string =>
  `Council meeting number ${n}\n\nBy Jane Roe\n\nJuly ${n}, 2020\n\nThe council met on Monday, July ${n}, 2020, and voted on the budget. “We have done what we promised,” the mayor, Ann Smith, said after the vote. Ann Smith said the ferry would run again by spring. The plan, the treasurer said, would cost less than expected.${extra}\n\nIn 2019 the council had rejected a similar plan.\n`;

/**
 * The analysis with its statements written by hand (the snapshot must carry what the extractor
 * gives, whatever it gives): one of a person, one of an unnamed speaker whose text is not a
 * piece of the body (the attribution inside it cut out).
 */
function withStatements(d: CorpusDocument, a: DocumentAnalysis): DocumentAnalysis {
  const at = (s: string): { start: number; end: number } => {
    const start = d.body.indexOf(s);
    if (start < 0) throw new Error(`${s} is not in ${d.id}`);
    return { start, end: start + s.length };
  };
  const smith = a.people.find((p) => p.name === 'Ann Smith')?.key ?? null;
  const ferry: LocalStatement = {
    span: at('the ferry would run again by spring'),
    text: 'the ferry would run again by spring',
    cue: 'said',
    speakerPerson: smith,
    speakerName: 'Ann Smith',
    speakerType: 'person',
    description: null,
    attribution: 'explicit',
    rule: 'written by hand',
    context: at('Ann Smith said the ferry would run again by spring.'),
  };
  const plan = at('The plan, the treasurer said, would cost less than expected');
  return {
    ...a,
    statements: [
      ferry,
      {
        ...ferry,
        span: plan,
        text: 'The plan would cost less than expected',
        speakerPerson: null,
        speakerName: 'the treasurer',
        speakerType: 'anonymous',
        description: 'the treasurer',
        context: { start: plan.start, end: plan.end + 1 },
      },
    ],
  };
}

const c = tempCorpus();
for (let i = 1; i <= 4; i++) c.write(`a${i}.txt`, article(i));
c.write(
  'more.jsonl',
  JSON.stringify({
    id: 'j1',
    title: 'A JSON line',
    outlet: 'Example',
    published: '2020-07-09',
    text: `A JSON line\n\n${article(9)}`,
  }) + '\n',
);
const caches: string[] = [];
afterAll(() => {
  c.remove();
  for (const d of caches) rmSync(d, { recursive: true, force: true });
});
afterEach(() => vi.restoreAllMocks());

function newCache(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'sourcebot-cache-'));
  caches.push(d);
  return d;
}

async function start(cacheDir: string | null, saveInBackground = false) {
  const analyse = vi.fn((d: CorpusDocument) => withStatements(d, analyseDocument(d)));
  const warnings: string[] = [];
  const write = process.stderr.write.bind(process.stderr);
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array, ...rest: unknown[]) => {
    if (typeof s === 'string' && s.startsWith('warn: snapshot')) {
      warnings.push(s);
      return true;
    }
    return write(s, ...(rest as []));
  });
  const r = await loadKnowledgeBase(c.dir, { cacheDir, analyse, progress: false, saveInBackground });
  vi.restoreAllMocks();
  return { ...r, analyse, warnings, exported: JSON.stringify(exportKnowledgeBase(r.kb)) };
}

const snapshot = (cache: string, kind: 'documents' | 'analyses' | 'corpus'): string => {
  const dir = path.join(cache, 'snapshots');
  return path.join(
    dir,
    readdirSync(dir).find((n) => n.endsWith(`.${kind}.jsonl`))!,
  );
};
const damage = (file: string, edit: (text: string) => string): void =>
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
/** change one entry's JSON, leaving its checksum as it was */
const damageEntry = (file: string, line: number): void =>
  damage(file, (t) => {
    const lines = t.split('\n');
    lines[line] = lines[line]!.replace(/"([a-z]+)":/, '"$1x":');
    return lines.join('\n');
  });

const reference = await start(null);

describe('the snapshot cache: cold and warm starts', () => {
  it('a cold start analyses every document and gives the same knowledge base as no cache', async () => {
    const cache = newCache();
    const cold = await start(cache);
    expect(cold.analyse).toHaveBeenCalledTimes(5);
    expect(cold.report.fromSnapshot).toBe(0);
    expect(cold.exported).toBe(reference.exported);
    expect(cold.warnings).toEqual([]);
  });

  it('a warm start analyses nothing, and loads the knowledge base and its search indexes', async () => {
    const cache = newCache();
    await start(cache);
    const warm = await start(cache);
    expect(warm.analyse).not.toHaveBeenCalled();
    expect(warm.report.fromSnapshot).toBe(5);
    expect(warm.report.corpusFromSnapshot).toBe(true);
    expect(warm.exported).toBe(reference.exported);
    expect(warm.warnings).toEqual([]);
    // quotes are still shown exactly as written: offsets into the body survive the round trip
    for (const q of warm.kb.quotes)
      expect(warm.kb.documentsById.get(q.documentId)?.body.slice(q.span.start, q.span.end)).toBe(q.text);
    // statements too, and the one whose text is no piece of the body comes back as it was
    expect(warm.kb.statements).toHaveLength(10);
    expect(JSON.stringify(warm.kb.statements)).toBe(JSON.stringify(reference.kb.statements));
    expect(warm.kb.statements.filter((s) => s.speakerId).map((s) => s.text)).toEqual(
      Array<string>(5).fill('the ferry would run again by spring'),
    );
    expect(warm.statementIndex.size).toBe(10);
    for (const q of ['ferry spring', 'treasurer cost', 'Smith ferry'])
      expect(warm.statementIndex.search(q).hits.map((h) => h.record.id)).toEqual(
        reference.statementIndex.search(q).hits.map((h) => h.record.id),
      );
    expect(warm.statementIndex.search('treasurer cost').hits).toHaveLength(5);
    for (const e of warm.kb.events)
      expect(warm.kb.documentsById.get(e.documentId)?.body.slice(e.span.start, e.span.end)).toBe(e.text);
    expect(warm.quoteIndex.size).toBe(reference.quoteIndex.size);
    expect(warm.quoteIndex.search('promised').map((h) => h.quote.id)).toEqual(
      reference.quoteIndex.search('promised').map((h) => h.quote.id),
    );
  });

  it('a warm start decodes the people, statements and events when they are first read, the same as built', async () => {
    const cache = newCache();
    await start(cache);
    const warm = await loadKnowledgeBase(c.dir, { cacheDir: cache, progress: false });
    expect(warm.report.corpusFromSnapshot).toBe(true);
    for (const field of ['people', 'statements', 'events'] as const) {
      expect(typeof Object.getOwnPropertyDescriptor(warm.kb, field)?.get).toBe('function');
      // read twice: decoded once
      expect(warm.kb[field]).toBe(warm.kb[field]);
      expect(JSON.stringify(warm.kb[field])).toBe(JSON.stringify(reference.kb[field]));
    }
    expect(Object.getOwnPropertyDescriptor(warm.kb, 'quotes')?.value).toBeInstanceOf(Array);
    // a list set later replaces the getter
    warm.kb.people = [];
    expect(warm.kb.people).toEqual([]);
  });

  it('with saveInBackground, the knowledge base comes first and its snapshot is written while the event loop runs on', async () => {
    const cache = newCache();
    const cold = await start(cache, true);
    expect(cold.exported).toBe(reference.exported);
    expect(readdirSync(path.join(cache, 'snapshots')).some((n) => n.endsWith('.corpus.jsonl'))).toBe(false);
    let turns = 0;
    const tick = (): void => {
      turns++;
      if (turns < 1000) setImmediate(tick);
    };
    setImmediate(tick);
    await cold.saved;
    expect(turns).toBeGreaterThan(2);
    const warm = await start(cache);
    expect(warm.report.corpusFromSnapshot).toBe(true);
    expect(warm.exported).toBe(reference.exported);
    expect(warm.warnings).toEqual([]);
  });
});

describe('the snapshot cache: changed and damaged articles', () => {
  it('a changed file is the only one analysed again', async () => {
    const cache = newCache();
    await start(cache);
    const file = c.write('a3.txt', article(3, ' The vote was close.'));
    try {
      const next = await start(cache);
      expect(next.analyse).toHaveBeenCalledTimes(1);
      expect(next.analyse.mock.calls[0]?.[0].file).toBe('a3.txt');
      expect(next.report.fromSnapshot).toBe(4);
      expect(next.report.corpusFromSnapshot).toBe(false);
      const again = await start(cache);
      expect(again.analyse).not.toHaveBeenCalled();
      expect(again.report.corpusFromSnapshot).toBe(true);
    } finally {
      writeFileSync(file, article(3));
    }
  });

  it('a damaged analysis is detected by its checksum, reported, and that article re-analysed', async () => {
    const cache = newCache();
    await start(cache);
    damageEntry(snapshot(cache, 'analyses'), 2);
    rmSync(snapshot(cache, 'corpus'));
    const next = await start(cache);
    expect(next.analyse).toHaveBeenCalledTimes(1);
    expect(next.warnings.join()).toMatch(/analyses.jsonl 1 damaged entry dropped/);
    expect(next.exported).toBe(reference.exported);
    rmSync(snapshot(cache, 'corpus'));
    expect((await start(cache)).analyse).not.toHaveBeenCalled(); // the analyses were saved again, whole
  });

  it('a damaged segmentation is reported and the article segmented again', async () => {
    const cache = newCache();
    await start(cache);
    damageEntry(snapshot(cache, 'documents'), 1);
    const next = await start(cache);
    expect(next.warnings.join()).toMatch(/documents.jsonl 1 damaged entry dropped/);
    expect(next.report.fromSnapshot).toBe(4);
    expect(next.exported).toBe(reference.exported);
    expect((await start(cache)).warnings).toEqual([]);
  });

  it('a truncated file is detected and what is missing is re-analysed', async () => {
    const cache = newCache();
    await start(cache);
    damage(snapshot(cache, 'analyses'), (t) => t.slice(0, Math.floor(t.length * 0.6)));
    rmSync(snapshot(cache, 'corpus'));
    const next = await start(cache);
    expect(next.warnings.join()).toMatch(/analyses.jsonl .*incomplete/);
    expect(next.analyse.mock.calls.length).toBeGreaterThan(0);
    expect(next.exported).toBe(reference.exported);
    rmSync(snapshot(cache, 'corpus'));
    expect((await start(cache)).analyse).not.toHaveBeenCalled();
  });
});

describe('the snapshot cache: files it cannot trust', () => {
  it('a file that is not a snapshot, or one made by other code, is not trusted at all', async () => {
    const cache = newCache();
    await start(cache);
    damage(snapshot(cache, 'corpus'), (t) => 'garbage\n' + t.split('\n').slice(1).join('\n'));
    const garbage = await start(cache);
    expect(garbage.warnings.join()).toMatch(/corpus.jsonl is not a snapshot file/);
    expect(garbage.report.corpusFromSnapshot).toBe(false);
    expect(garbage.analyse).not.toHaveBeenCalled(); // the analyses were sound
    damage(snapshot(cache, 'analyses'), (t) => t.replace(/"code":"[^"]+"/, '"code":"older-code"'));
    rmSync(snapshot(cache, 'corpus'));
    const stale = await start(cache);
    expect(stale.analyse).toHaveBeenCalledTimes(5);
    expect(stale.warnings.join()).toMatch(/another version of the code \(stale\)/);
    expect(stale.exported).toBe(reference.exported);
  });

  it('a damaged knowledge base or index snapshot is rebuilt', async () => {
    const cache = newCache();
    await start(cache);
    damage(snapshot(cache, 'corpus'), (t) => t.replace(/"documentCount":\d+/, '"documentCount":12345'));
    const next = await start(cache);
    expect(next.analyse).not.toHaveBeenCalled();
    expect(next.report.corpusFromSnapshot).toBe(false);
    expect(next.warnings.join()).toMatch(/corpus.jsonl 1 damaged entry dropped; assembling and indexing again/);
    expect(next.exported).toBe(reference.exported);
    expect((await start(cache)).report.corpusFromSnapshot).toBe(true);
  });

  it('saves the knowledge base only when its records are plain data', () => {
    expect(plainRecords(reference.kb)).not.toBeNull();
    expect(plainRecords({ ...reference.kb, extra: new Map() } as unknown as KnowledgeBase)).toBeNull();
  });
});
