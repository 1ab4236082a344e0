/**
 * `npm run check` on page furniture inside an article: lines segmentation removed between
 * paragraphs are listed apart from those at the edges, and capitalised runs the people analysis
 * refused as furniture are listed with their reason and place. Invented articles only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDocPeople } from '../../src/analysis/people/local-people.ts';
import { sentences } from '../../src/analysis/sentences.ts';
import { checkReport } from '../../src/cli/check-report.ts';
import { loadCorpus, type Corpus } from '../../src/corpus/load-corpus.ts';
import type { CorpusDocument } from '../../src/documents/types.ts';
import { analyseDocument } from '../../src/kb/analyse-document.ts';
import { assembleKnowledgeBase } from '../../src/kb/build.ts';
import type { DocumentAnalysis } from '../../src/kb/document-analysis.ts';
import { exportKnowledgeBase } from '../../src/kb/export.ts';
import { runEntry } from '../support/run-script.ts';
import { tempCorpus } from '../support/temp-corpus.ts';

const NO_TOKEN = { DISCORD_TOKEN: undefined, CORPUS_DIR: undefined, LOG_LEVEL: 'info' };

// furniture between paragraphs (lines 7, 11, 15, 19-21) and inside them (lines 9, 13, 23)
const FERRY = `Harbor Council Delays Ferry Vote
By Wren Talisker
March 3, 2023

The Copperfield harbor council postponed its vote on the new ferry timetable on Tuesday, citing a missing budget report.

Advertisement

Councillor Odalys Fenwick said the delay would cost the town another season. Watch Video Fenwick had pushed for the timetable since the spring.

•••

Islanders gathered outside the hall before the meeting. Play Video

Photo: Delphine Arkwright / Copperfield Gazette

"We cannot keep the islanders waiting," said Marten Quillby, who manages the ferry company.

Related articles:
Ferry fares to rise in autumn
Islanders petition for night crossings

A waiting passenger held a sign at the pier. Delphine Arkwright/AP The council will meet again on March 17, when the budget report is due, and the harbor master will present the winter schedule.

Read more.

No comments:
Post a Comment
`;

// furniture only at the edges: a credit under the dateline, a share widget after the text
const ORCHARD = `Orchard Growers Expect Early Harvest
By Pim Oakhurst
June 9, 2022
Photo: Tamsin Orr / Lakeside Courier

Apple growers along the Brindle valley expect to start picking two weeks early after a warm spring, the growers' cooperative said on Thursday.

Cooperative chair Helga Sturminster said pickers had been booked for late August. "The trees have never looked better," Sturminster said.

Share this:
Facebook
`;

const corpusDir = tempCorpus();
corpusDir.write('ferry.txt', FERRY);
corpusDir.write('orchard.txt', ORCHARD);
afterAll(() => corpusDir.remove());

let corpus: Corpus;
let analyses: DocumentAnalysis[];
let report: { text: string; problems: number };

beforeAll(async () => {
  corpus = await loadCorpus(corpusDir.dir);
  analyses = corpus.documents.map(analyseDocument);
  report = checkReport(corpus, analyses);
});

const docNamed = (file: string): CorpusDocument => {
  const d = corpus.documents.find((x) => x.file === file);
  if (!d) throw new Error(`${file} was not loaded`);
  return d;
};

/** The lines of one document's report under `heading` (up to the next heading), or null when the heading is absent. */
function section(file: string, heading: string): string[] | null {
  const block = report.text.split('\n\n').find((b) => b.startsWith(`== ${file} `));
  if (!block) throw new Error(`no report for ${file}`);
  const lines = block.split('\n');
  const at = lines.indexOf(`  ${heading}`);
  if (at < 0) return null;
  const out: string[] = [];
  for (const l of lines.slice(at + 1)) {
    if (!l.startsWith('    ')) break;
    out.push(l.trim());
  }
  return out;
}

describe('check report: furniture removed inside the body', () => {
  it('lists lines removed between paragraphs under their own heading, with line, reason and excerpt', () => {
    const inside = section('ferry.txt', 'removed inside the body');
    expect(inside).toEqual([
      expect.stringMatching(/^line 7\s+advertisement\s+"Advertisement"$/),
      expect.stringMatching(/^line 11\s+separator\s+"•••"$/),
      expect.stringMatching(/^line 15\s+image credit\s+"Photo: Delphine Arkwright \/ Copperfield Gazette"$/),
      expect.stringMatching(/^line 19\s+related-articles list\s+"Related articles:"$/),
      expect.stringMatching(/^line 20\s+related-articles list\s+"Ferry fares to rise in autumn"$/),
      expect.stringMatching(/^line 21\s+related-articles list\s+"Islanders petition for night crossings"$/),
    ]);
  });

  it('keeps removals at the edges apart: before the article text and after it', () => {
    expect(section('ferry.txt', 'stripped before the article text')).toEqual([
      expect.stringMatching(/^title\s+"Harbor Council Delays Ferry Vote"$/),
      expect.stringMatching(/^byline\s+"By Wren Talisker"$/),
      expect.stringMatching(/^dateline\s+"March 3, 2023"$/),
    ]);
    expect(section('ferry.txt', 'stripped after the article text')).toEqual([
      expect.stringMatching(/^"read more" link\s+"Read more\."$/),
      expect.stringMatching(/^comment section and what follows\s+"No comments: Post a Comment"$/),
    ]);
    // an article with furniture only at its edges has nothing removed inside
    expect(section('orchard.txt', 'removed inside the body')).toBeNull();
    expect(section('orchard.txt', 'stripped before the article text')).toContainEqual(
      expect.stringMatching(/^image credit\s+"Photo: Tamsin Orr \/ Lakeside Courier"$/),
    );
    expect(section('orchard.txt', 'stripped after the article text')).toContainEqual(
      expect.stringMatching(/^share widget and what follows\s+"Share this: Facebook"$/),
    );
  });

  it('leaves the article text on both sides of each removal in the body', () => {
    const body = docNamed('ferry.txt').body;
    const order = [
      'citing a missing budget report.',
      'Councillor Odalys Fenwick said the delay would cost the town another season. Watch Video Fenwick had pushed for the timetable since the spring.',
      'Islanders gathered outside the hall before the meeting. Play Video',
      '"We cannot keep the islanders waiting," said Marten Quillby',
      'A waiting passenger held a sign at the pier. Delphine Arkwright/AP The council will meet again on March 17',
    ].map((s) => body.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    for (const gone of [
      'Advertisement',
      '•••',
      'Copperfield Gazette',
      'Related articles',
      'Ferry fares to rise',
      'Islanders petition',
    ])
      expect(body).not.toContain(gone);
  });
});

describe('check report: capitalised runs the people analysis refused as page furniture', () => {
  it('lists each run with its reason, line and the words around it', () => {
    expect(section('ferry.txt', 'page furniture the people analysis refused as names')).toEqual([
      expect.stringMatching(
        /^line 9\s+page-furniture words opening a run\s+"Watch Video"\s+in "… cost the town another season\. \[Watch Video\] Fenwick had pushed for the …"$/,
      ),
      expect.stringMatching(
        /^line 13\s+page-furniture words\s+"Play Video"\s+in "… the hall before the meeting\. \[Play Video\]"$/,
      ),
      expect.stringMatching(
        /^line 23\s+photo credit\s+"Delphine Arkwright"\s+in "… a sign at the pier\. \[Delphine Arkwright\]\/AP The council will meet again …"$/,
      ),
      expect.stringMatching(/^line 23\s+page-furniture words\s+"AP The"/),
    ]);
    // the orchard article has names and no furniture
    expect(section('orchard.txt', 'page furniture the people analysis refused as names')).toBeNull();
  });

  it('gives the analysis data the report is made from: body spans that hold the refused text', () => {
    const d = docNamed('ferry.txt');
    const furniture = analyses.find((a) => a.documentId === d.id)!.furniture;
    expect(furniture.map((f) => [f.text, f.reason])).toEqual([
      ['Watch Video', 'page-furniture words opening a run'],
      ['Play Video', 'page-furniture words'],
      ['Delphine Arkwright', 'photo credit'],
      ['AP The', 'page-furniture words'],
    ]);
    for (const f of furniture) expect(d.body.slice(f.span.start, f.span.end)).toBe(f.text);
  });

  it('is what keeps those runs out of the people: the names around them stay', () => {
    const kb = assembleKnowledgeBase(corpus, analyses);
    const names = kb.people.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['Odalys Fenwick', 'Marten Quillby', 'Helga Sturminster']));
    for (const n of names) expect(n).not.toMatch(/Video|Delphine|Arkwright|\bAP\b/);
    // "Watch Video Fenwick": the surname after the furniture is still Odalys Fenwick's mention
    const fenwick = kb.people.find((p) => p.name === 'Odalys Fenwick')!;
    expect(fenwick.mentions.map((m) => m.surface)).toEqual(['Councillor Odalys Fenwick', 'Fenwick']);
  });

  it('a run the analysis refuses for another reason is not reported as furniture', () => {
    const text = 'The Russian/Taliban arms program worried officials. Ona Brisk/AP The hearing ended late.';
    const scan = findDocPeople(text, sentences(text));
    expect(scan.furniture.map((f) => [f.text, f.reason])).toEqual([
      ['Ona Brisk', 'photo credit'],
      ['AP The', 'page-furniture words'],
    ]);
  });
});

describe('check report: furniture is information, not a problem', () => {
  it('counts no problems, and the JSON export carries none of it', () => {
    expect(report.problems).toBe(0);
    const exported = JSON.stringify(exportKnowledgeBase(assembleKnowledgeBase(corpus, analyses)));
    expect(exported).not.toMatch(/furniture/i);
    expect(exported).not.toMatch(/page-furniture words|photo credit/);
  });

  it('npm run check prints both lists and exits 0', async () => {
    const r = await runEntry('src/cli/check.ts', ['--corpus', corpusDir.dir], { env: NO_TOKEN, timeoutMs: 60_000 });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ {2}removed inside the body\n {4}line 7\s+advertisement\s+"Advertisement"/);
    expect(r.stdout).toMatch(
      / {2}page furniture the people analysis refused as names\n {4}line 9\s+page-furniture words opening a run\s+"Watch Video"/,
    );
  });
});
