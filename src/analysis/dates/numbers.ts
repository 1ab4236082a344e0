/**
 * Dates written in words: centuries ("the 20th century", "the nineteenth century", "this
 * century") and years spelled out as a transcript writes them ("nineteen ninety-six", "in the
 * year two thousand", "January nineteen ninety-seven", "the winter of nineteen ninety-four").
 *
 * Contract for a century: date = its first year as the project counts (the 20th century ->
 * 1900), qualifier "century" ("early century", "mid century", "late century" for a part).
 * A spelled-out number that counts something ("nineteen ninety-eight ballots", "two thousand
 * people") is no year.
 */
import { MONTH_RE, fmt, monthNumber } from './calendar.ts';
import { re, type Candidate, type Context } from './candidate.ts';
import { seasonName } from './relative.ts';

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty first': 21,
  'twenty-second': 22,
};
const ORDINAL_RE = Object.keys(ORDINALS)
  .sort((a, b) => b.length - a.length)
  .map((o) => o.replace(/[ -]/g, '[\\s-]'))
  .join('|');

const UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const UNIT_RE = Object.keys(UNITS).join('|');
const TEEN_RE = Object.keys(TEENS).join('|');
const TENS_RE = Object.keys(TENS).join('|');
/** 10..99 in words: "ten", "ninety-six", "forty" */
const TWO = `(?:(?:${TENS_RE})(?:[\\s-](?:${UNIT_RE}))?|${TEEN_RE})`;

function twoValue(s: string): number {
  const [a, b] = s.toLowerCase().split(/[\s-]+/);
  if (TEENS[a!] !== undefined) return TEENS[a!]!;
  return TENS[a!]! + (b ? UNITS[b]! : 0);
}

/** a year in words: "nineteen ninety-six" (1910..1999), "two thousand (and) (one..ninety-nine)" */
const SPELLED = `(?:(nineteen)[\\s-](${TWO})|two\\s+thousand(?:\\s+(?:and\\s+)?(${TWO}|${UNIT_RE}))?)`;

function spelledValue(century: string | undefined, two: string | undefined, after2000: string | undefined): number {
  if (century) return 1900 + twoValue(two!);
  if (!after2000) return 2000;
  const w = after2000.toLowerCase();
  return 2000 + (UNITS[w] ?? twoValue(w));
}

const PART: Record<string, string> = { early: 'early', mid: 'mid', middle: 'mid', late: 'late' };

export function findWrittenNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, type: Candidate['type'], resolve: Candidate['resolve']): void => {
    out.push({ start, end, type, contextual: false, prepositional: true, resolve });
  };
  // centuries: "the 20th century", "the early nineteenth century", "21st-century", "this century"
  for (const m of text.matchAll(
    re(
      String.raw`\b(?:the\s+)?(?:(early|mid|middle|late)[\s-]+)?(?:(\d{1,2})(?:st|nd|rd|th)|(${ORDINAL_RE}))[\s-]+([Cc]entury|CENTURY)\b`,
    ),
  )) {
    const n = m[2]
      ? Number(m[2])
      : (ORDINALS[m[3]!.toLowerCase().replace(/\s+/g, ' ').replace(/ /, '-')] ?? ORDINALS[m[3]!.toLowerCase()]);
    if (!n || n < 1 || n > 22) continue;
    const end = m.index + m[0].length;
    // "20th Century Fox": a name
    if (m[4] === 'Century' && /^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    const part = m[1] ? PART[m[1].toLowerCase()] : null;
    push(m.index, end, 'vague', () => ({
      date: String((n - 1) * 100).padStart(4, '0'),
      qualifier: part ? `${part} century` : 'century',
    }));
  }
  // ("over the past century" is a duration, not a date)
  for (const m of text.matchAll(re(String.raw`(?<!\bthe\s)\b(this|last|next)\s+century\b`))) {
    const w = m[1]!.toLowerCase();
    const n = w === 'last' ? -1 : w === 'next' ? 1 : 0;
    push(m.index, m.index + m[0].length, 'relative', (ctx: Context) => {
      const pub = ctx.published;
      if (!pub) return { date: null };
      // the project counts the 20th century as 1900-1999
      return { date: String((Math.floor(pub.y / 100) + n) * 100), qualifier: 'century' };
    });
  }
  // spelled-out years, with a month or a season before them
  const SEASON = '(spring|summer|fall|autumn|winter)';
  for (const m of text.matchAll(
    re(String.raw`\b(?:(${MONTH_RE})\s+|(?:the\s+)?${SEASON}\s+(?:of\s+)?|(the\s+year\s+))?${SPELLED}(?![\p{L}-])`),
  )) {
    const month = m[1] ? monthNumber(m[1]) : undefined;
    const season = m[2];
    const yearWord = !!m[3];
    const y = spelledValue(m[4], m[5], m[6]);
    const end = m.index + m[0].length;
    const next = text.slice(end, end + 25);
    // a count: a noun follows ("nineteen ninety-eight ballots", "two thousand people")
    if (
      /^\s+(?!and\b|or\b|to\b|in\b|on\b|at\b|as\b|was\b|is\b|when\b|until\b|through\b|with\b|the\b|that\b|he\b|she\b|it\b|they\b|we\b|i\b)\p{Ll}/u.test(
        next,
      )
    )
      continue;
    if (/^\s*(?:%|percent|dollars|\$)/i.test(next)) continue;
    // "two thousand" alone is a number; a year needs "the year", a month, a season or a governing word
    const before = text.slice(Math.max(0, m.index - 15), m.index);
    if (
      !m[4] &&
      !yearWord &&
      month === undefined &&
      !season &&
      !/\b(?:in|by|since|until|till|before|after|of|from|through|around|circa)\s+$/i.test(before)
    )
      continue;
    // a number before it ("about two thousand") or a dollar sign makes a count
    if (/(?:[$£€]|\b(?:about|some|nearly|almost|over|than|only|just|another)\s+)$/i.test(before)) continue;
    push(m.index, end, month !== undefined ? 'month' : season ? 'vague' : 'year', () => {
      if (month !== undefined) return { date: fmt(y, month) };
      if (season) return { date: String(y), qualifier: seasonName(season) };
      return { date: String(y) };
    });
  }
  return out;
}
