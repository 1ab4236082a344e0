/**
 * Quoted spans of a text: curly “ ” and straight " pairs, `` '' pairs, and ‘ ’ (or ' ') nested
 * inside them. A quote left open at the end of a paragraph continues when the next paragraph
 * reopens it (the newspaper convention for a quote running over several paragraphs). A stray
 * mark is skipped: it never swallows the rest of the article.
 */
import { paragraphs, type TextRange } from '../sentences.ts';

export interface QuoteSpan {
  /** the characters between the marks (analysis text) */
  start: number;
  end: number;
  marks: 'double' | 'single';
  /** where the closing mark ends (the paragraph end for a quote that continues) */
  closeEnd: number;
  /** index of the span this one is nested in */
  nestedIn: number | null;
  /** this span reopens a quote the previous paragraph left open */
  continued: boolean;
  /** the paragraph ends without closing this span; the next paragraph reopens it */
  continues: boolean;
}

const OPEN_DOUBLE = new Set(['“', '„', '«']);
const CLOSE_DOUBLE = new Set(['”', '»']);
const MAX_SINGLE = 300;

const isSpace = (c: string | undefined): boolean => c === undefined || /[\s([{—–\-/]/.test(c);
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Mark {
  at: number;
  len: number;
  open: boolean;
  close: boolean;
}

/** Double quotation marks of one paragraph, each marked as possibly opening and/or closing. */
function doubleMarks(text: string, p: TextRange): Mark[] {
  const out: Mark[] = [];
  for (let i = p.start; i < p.end; i++) {
    const c = text[i]!;
    if (OPEN_DOUBLE.has(c)) out.push({ at: i, len: 1, open: true, close: false });
    else if (CLOSE_DOUBLE.has(c)) out.push({ at: i, len: 1, open: false, close: true });
    else if (c === '`' && text[i + 1] === '`') {
      out.push({ at: i, len: 2, open: true, close: false });
      i++;
    } else if (c === "'" && text[i + 1] === "'") {
      // '' is a closing mark after ``, and both marks in newspaper style (''We are ready,'' she said);
      // a third apostrophe is a nested single quote: ''' closes ' then '', or opens '' then '
      const triple = text[i + 2] === "'";
      const before = i === p.start ? undefined : text[i - 1];
      const after = i + 2 >= p.end ? undefined : text[i + 2 + (triple ? 1 : 0)];
      const opens = isSpace(before) && !/\s/.test(after ?? ' ');
      const closes = !/\s/.test(before ?? ' ') && !isWordChar(after);
      if (triple && closes && !opens) {
        out.push({ at: i + 1, len: 2, open: false, close: true });
        i += 2;
      } else {
        out.push({ at: i, len: 2, open: opens, close: closes || !opens });
        i++;
      }
    } else if (c === '"') {
      const before = i === p.start ? undefined : text[i - 1];
      const after = i + 1 >= p.end ? undefined : text[i + 1];
      out.push({
        at: i,
        len: 1,
        open: isSpace(before) && !/\s/.test(after ?? ' '),
        close: !/\s/.test(before ?? ' ') && !isWordChar(after),
      });
    }
  }
  return out;
}

/** ‘…’ or '…' pairs inside [start, end): an opening mark after a non-letter, a closing one before a non-letter. */
function singleSpans(text: string, start: number, end: number): TextRange[] {
  const out: TextRange[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if ((c !== '‘' && c !== "'") || isWordChar(text[i - 1]) || !isWordChar(text[i + 1])) continue;
    const closeMark = c === '‘' ? '’' : "'";
    for (let j = i + 2; j < Math.min(end, i + MAX_SINGLE); j++) {
      if (text[j] !== closeMark) continue;
      if (isWordChar(text[j + 1]) || /\s/.test(text[j - 1]!)) continue; // an apostrophe: don’t, Russians’s
      // "the Russians’ 2016": a plural possessive is not a closing mark when a letter follows the space
      out.push({ start: i + 1, end: j });
      i = j;
      break;
    }
  }
  return out;
}

export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const paras = paragraphs(text);
  let carry = false; // the previous paragraph left a quote open
  paras.forEach((p, pi) => {
    const marks = doubleMarks(text, p);
    const continued = carry;
    carry = false;
    let k = 0;
    while (k < marks.length) {
      const m = marks[k]!;
      if (!m.open) {
        k++; // a closing mark with no opening one: left alone
        continue;
      }
      // the next closing mark; an opening mark before it means this one was stray
      let close = -1;
      let stray = false;
      for (let j = k + 1; j < marks.length; j++) {
        const n = marks[j]!;
        if (n.close) {
          close = j;
          break;
        }
        if (n.open && !n.close) {
          stray = true;
          break;
        }
      }
      if (close >= 0) {
        const c = marks[close]!;
        spans.push({
          start: m.at + m.len,
          end: c.at,
          closeEnd: c.at + c.len,
          marks: 'double',
          nestedIn: null,
          continued: continued && k === 0 && m.at === p.start,
          continues: false,
        });
        k = close + 1;
        continue;
      }
      if (!stray) {
        // open at the end of the paragraph: continues if the next paragraph reopens it
        const next = paras[pi + 1];
        const reopens =
          next !== undefined &&
          k === marks.length - 1 &&
          (/[“"„«`]/.test(text[next.start]!) || text.startsWith("''", next.start));
        if (reopens && p.end - (m.at + m.len) > 0) {
          spans.push({
            start: m.at + m.len,
            end: p.end,
            closeEnd: p.end,
            marks: 'double',
            nestedIn: null,
            continued: continued && k === 0 && m.at === p.start,
            continues: true,
          });
          carry = true;
        }
      }
      k++;
    }
  });
  // single quotes nested in double ones
  const doubles = spans.length;
  for (let i = 0; i < doubles; i++) {
    const s = spans[i]!;
    for (const r of singleSpans(text, s.start, s.end))
      spans.push({ ...r, closeEnd: r.end + 1, marks: 'single', nestedIn: i, continued: false, continues: false });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // nesting by containment, now that the order is final
  spans.forEach((s, i) => {
    if (s.marks !== 'single') return;
    let outer: number | null = null;
    for (let j = i - 1; j >= 0; j--)
      if (spans[j]!.marks === 'double' && spans[j]!.start <= s.start && spans[j]!.end >= s.end) {
        outer = j;
        break;
      }
    s.nestedIn = outer;
  });
  return spans;
}
