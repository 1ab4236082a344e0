import { describe, expect, it } from 'vitest';
import { MappedText } from '../../src/text/mapped-text.ts';
import { normalizeForAnalysis } from '../../src/text/normalize.ts';

describe('normalisation for analysis', () => {
  const source = 'the military.The U.S. warned\u00A0Russia\u200B. “We go,” she said.“Again.” See www.example.Com now.';
  const m = normalizeForAnalysis(source);

  it('folds odd spaces, drops invisible characters and splits glued sentences', () => {
    expect(m.text).toBe('the military. The U.S. warned Russia. “We go,” she said. “Again.” See www.example.Com now.');
  });

  it('maps every range back to the exact source characters', () => {
    const find = (s: string): string => {
      const i = m.text.indexOf(s);
      const r = m.toSourceRange(i, i + s.length);
      return source.slice(r.start, r.end);
    };
    expect(find('warned Russia')).toBe('warned\u00A0Russia');
    expect(find('military. The')).toBe('military.The');
    expect(find('We go,')).toBe('We go,');
    expect(find('Again.')).toBe('Again.');
    expect(find('Russia.')).toBe('Russia\u200B.');
  });

  it('leaves abbreviations and web addresses alone', () => {
    expect(normalizeForAnalysis('the U.S.Army').text).toBe('the U.S.Army');
    expect(normalizeForAnalysis('visit news.Example today').text).toBe('visit news. Example today');
    expect(normalizeForAnalysis('at https://site.org/path.Html now').text).toBe('at https://site.org/path.Html now');
  });

  it('an identity mapping maps offsets to themselves', () => {
    const id = MappedText.identity('abc');
    expect(id.toSourceRange(1, 3)).toEqual({ start: 1, end: 3 });
  });
});
