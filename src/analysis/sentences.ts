/**
 * Paragraphs and sentences of an analysis text, as offset ranges (never copies of the text),
 * so every later step can point back at exact characters.
 */
import type { ItemSentence } from 'wink-nlp';
import { nlp } from './nlp.ts';

export interface TextRange {
  start: number;
  end: number;
}

export interface Sentence extends TextRange {
  /** index of the paragraph the sentence belongs to */
  paragraph: number;
}

/** Paragraphs: runs of text separated by blank lines (a single newline also ends a paragraph in scraped text). */
export function paragraphs(text: string): TextRange[] {
  const out: TextRange[] = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Index of the sentence holding `pos`: the last one starting at or before it (0 when none does). */
export function sentenceIndexAt(sentences: readonly TextRange[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** Sentences, paragraph by paragraph (a sentence never crosses a paragraph boundary). */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paras = paragraphs(text);
  paras.forEach((p, paragraph) => {
    const chunk = text.slice(p.start, p.end);
    let cursor = 0;
    const parts: string[] = [];
    nlp()
      .readDoc(chunk)
      .sentences()
      .each((s: ItemSentence) => {
        parts.push(s.out());
      });
    for (const part of parts) {
      const trimmed = part.trim();
      if (!trimmed) continue;
      const at = chunk.indexOf(trimmed, cursor);
      if (at < 0) continue; // wink re-spaced something: the next sentence still anchors
      const prev = out[out.length - 1];
      if (prev && prev.paragraph === paragraph && continuesSentence(text.slice(prev.start, prev.end), trimmed)) {
        prev.end = p.start + at + trimmed.length;
      } else out.push({ start: p.start + at, end: p.start + at + trimmed.length, paragraph });
      cursor = at + trimmed.length;
    }
    // whatever wink left unassigned at the end of the paragraph is still a sentence
    const rest = chunk.slice(cursor);
    if (rest.trim()) {
      const lead = rest.length - rest.trimStart().length;
      out.push({ start: p.start + cursor + lead, end: p.start + cursor + rest.trimEnd().length, paragraph });
    }
  });
  return out;
}

/**
 * wink breaks after abbreviations it does not know ("Sen. Ann Lee (R-S.| C.) said", "(D-Md.)|, chair
 * of …"): no sentence opens with a comma, a closing bracket or a lower-case word or is only
 * punctuation (a closing '' cut off), and none ends inside an open parenthesis.
 */
function continuesSentence(prev: string, next: string): boolean {
  if (/^[,;:)\]]/.test(next) || /^\p{Ll}/u.test(next) || !/[\p{L}\p{N}]/u.test(next)) return true;
  // "(R-Neb.)—whose record …": a dash right after a closing bracket goes on with the sentence
  if (/^[—–]/.test(next) && /\)$/.test(prev)) return true;
  let depth = 0;
  for (const c of prev) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
  return depth > 0;
}
