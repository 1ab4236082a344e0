import { describe, expect, it } from 'vitest';
import { re, spelledInBothCases } from '../../../src/analysis/dates/candidate.ts';

/** every match: where it is and what each group caught */
function matches(r: RegExp, text: string): string[] {
  return [...text.matchAll(r)].map((m) => `${m.index}:${[...m].map((g) => g ?? '-').join('|')}`);
}

const TEXTS = [
  'The 2019 quarter was weak; THE 2020 QUARTER was not, and the 2021 Quarterly report came late.',
  'In the first half of the year, before The First Half-time show, the First half ended.',
  'Between 1998 and 2001, BETWEEN June and July, between the wars — and between-times.',
  'Last week the mayor said Straße and Ça va; résumé dates: next Spring, NEXT SPRING, nextspring.',
  '',
];

// patterns of the shapes the date finders use: words, lookarounds, \p{L} classes, groups, alternations
const PATTERNS = [
  String.raw`\bthe\s+(\d{4})\s+(?:quarter|period)(?![-\p{L}])`,
  String.raw`\b(?:the\s+)?(first|second)\s+half(?:\s+of\s+the\s+year\b)?(?!\s+of\b)(?![-\p{L}])`,
  String.raw`(?<=\b(?:[Bb]etween|[Ii]n)\s+)(\d{4}|June|July)(?![\p{L}\d])`,
  String.raw`\b(last|next)\s+(week|spring)\b(?![\p{L}-])`,
  String.raw`\b(?:between|and)\s+((?:[\p{L}-]+\s+){0,1}[\p{L}-]+)`,
];

describe('date patterns without the slow flag pair', () => {
  it('spells ASCII letters in both cases, escapes and properties left as they are', () => {
    expect(spelledInBothCases(String.raw`\bthe\s+\p{L}`)).toBe(String.raw`\b[tT][hH][eE]\s+\p{L}`);
    expect(spelledInBothCases(String.raw`[Tt]o\u00e9`)).toBe(String.raw`[tTtT][oO]\u00e9`);
  });

  it('refuses what spelling out would change', () => {
    expect(spelledInBothCases(String.raw`[a-z]+\p{L}`)).toBeNull(); // a range of letters
    expect(spelledInBothCases(String.raw`\p{Lu}\p{Ll}+`)).toBeNull(); // case-closed only when case-insensitive
    expect(spelledInBothCases(String.raw`(\w)\1\p{L}`)).toBeNull(); // a back-reference
    expect(spelledInBothCases(String.raw`(?<year>\d{4})\p{L}`)).toBeNull(); // a named group
    expect(spelledInBothCases(String.raw`café\p{L}`)).toBeNull(); // a non-ASCII letter
  });

  it('finds what the case-insensitive Unicode pattern finds, at the same places with the same groups', () => {
    for (const source of PATTERNS) {
      const original = new RegExp(source, 'giu');
      const fast = re(source);
      expect(fast.flags.includes('i') && fast.flags.includes('u')).toBe(false);
      for (const text of TEXTS) expect(matches(fast, text), `${source} on ${text}`).toEqual(matches(original, text));
    }
    // (and the texts do exercise them)
    expect(PATTERNS.every((p) => TEXTS.some((t) => matches(new RegExp(p, 'giu'), t).length > 0))).toBe(true);
  });

  it('drops Unicode mode from a pattern that needs none, keeping case-insensitivity', () => {
    const r = re(String.raw`\b(?:the\s+current|this)\s+fiscal\s+year\b`);
    expect(r.flags).toBe('gi');
    expect(matches(r, 'This Fiscal Year and the current fiscal year')).toEqual(
      matches(new RegExp(r.source, 'giu'), 'This Fiscal Year and the current fiscal year'),
    );
  });

  it('keeps explicit flags and gives the same compiled pattern for the same source', () => {
    expect(re(String.raw`\b[Tt]hat\s+quarter(?![-\p{L}])`, 'gu').flags).toBe('gu');
    expect(re(String.raw`\bsame\b`)).toBe(re(String.raw`\bsame\b`));
  });
});
