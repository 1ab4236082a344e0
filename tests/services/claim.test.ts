/** A claim as a chat makes it: its speaker read apart from its words, and preferred by Find sources. Invented text only. */
import { describe, expect, it } from 'vitest';
import { namesSpeaker, readClaim } from '../../src/services/claim.ts';
import { findSources } from '../../src/services/find-sources.ts';
import { appOfArticle } from '../support/article-app.ts';

describe('readClaim', () => {
  it.each([
    ['Lee said the harbor will flood this winter', 'Lee', 'the harbor will flood this winter'],
    ['Ann Lee said that the harbor will flood', 'Ann Lee', 'the harbor will flood'],
    ['Sen. Ann Lee claimed the harbor will flood', 'Sen. Ann Lee', 'the harbor will flood'],
    ['Lee told reporters the harbor will flood', 'Lee', 'the harbor will flood'],
    ['According to Lee, the harbor will flood', 'Lee', 'the harbor will flood'],
    ['the harbor will flood, according to Ann Lee', 'Ann Lee', 'the harbor will flood'],
    ['the harbor will flood, Lee said', 'Lee', 'the harbor will flood'],
    ['Lee: the harbor will flood this winter', 'Lee', 'the harbor will flood this winter'],
  ])('%s → speaker %s', (message, speaker, content) => {
    expect(readClaim(message)).toEqual({ speaker, content });
  });

  it('leaves a claim that names no one all content', () => {
    expect(readClaim('the harbor will flood this winter')).toEqual({
      speaker: null,
      content: 'the harbor will flood this winter',
    });
    expect(readClaim('The report said the harbor will flood').speaker).toBeNull();
    expect(readClaim('They said the harbor will flood').speaker).toBeNull();
  });
});

describe('namesSpeaker', () => {
  it('takes a surname, a full name or a surname misspelt by a letter, never another given name', () => {
    const names = ['Ann Lindqvist', 'Lindqvist'];
    expect(namesSpeaker('Lindqvist', names)).toBe(true);
    expect(namesSpeaker('Ann Lindqvist', names)).toBe(true);
    expect(namesSpeaker('Lindquist', names)).toBe(true);
    expect(namesSpeaker('Bo Lindqvist', names)).toBe(false);
    expect(namesSpeaker('Kim', names)).toBe(false);
  });
});

describe('Find sources reads the speaker a claim names', () => {
  const body =
    'Ann Lee, the harbor commissioner, spoke on Monday. “The harbor will flood this winter unless the wall is built,” Lee said. ' +
    'Bo Kim, the mayor, disagreed. “The harbor could flood, but not soon,” Kim said.';
  const app = appOfArticle(body);

  it('ranks the named speaker’s quote first even when another shares more of the words', () => {
    const plain = findSources(app, 'the harbor will flood this winter', { said: 2, passages: 0 });
    expect(plain.quotes[0]?.quote.speaker).toBe('Ann Lee');
    const named = findSources(app, 'Kim said the harbor will flood this winter', { said: 2, passages: 0 });
    expect(named.quotes.map((q) => q.quote.speaker)).toEqual(['Bo Kim', 'Ann Lee']);
  });

  it('is no filter: a wrong name still finds the words', () => {
    const r = findSources(app, 'Quill said the harbor will flood this winter unless the wall is built', {
      said: 1,
      passages: 0,
    });
    expect(r.quotes[0]?.quote.speaker).toBe('Ann Lee');
  });
});
