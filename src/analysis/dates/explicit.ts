/**
 * Calendar dates as written: "Sept. 1, 2018", "1 September 2018", "July 1" (chrono-node, which
 * is good at these), and month-level dates "February 2017", "in March" (our own patterns:
 * chrono's casual parser finds them too, but also reads "may" and "now" as dates).
 */
import { chrono } from '../../text/chrono.ts';
import { MONTH_RE, WEEKDAYS, YEAR_RE, fmt, monthNumber } from './calendar.ts';
import { re, type Candidate } from './candidate.ts';
import { resolveYearless } from './relative.ts';

// chrono runs only on paragraphs that could hold a day-level date: it is the slow part
const MAY_HOLD_DAY = re(String.raw`\b${MONTH_RE}\s*\d|\d\s*${MONTH_RE}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}`, 'u');
// chrono needs some reference instant; resolution of year-less dates is ours (relative.ts)
const FIXED_REF = new Date(Date.UTC(2000, 0, 1, 12));

export function findExplicit(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const para of text.matchAll(/[^\n]+/g)) {
    if (!MAY_HOLD_DAY.test(para[0])) continue;
    for (const r of chrono().strict.parse(para[0], { instant: FIXED_REF, timezone: 0 }, { forwardDate: false })) {
      const c = r.start;
      if (!c.isCertain('month') || !c.isCertain('day')) continue;
      // a written date has digits ("a few days later" is an offset: context.ts); numbers alone
      // ("3/4", "9/11") are fractions, scores or names unless a year says otherwise
      if (!/\d/.test(r.text) || (!/\p{L}/u.test(r.text) && !c.isCertain('year'))) continue;
      // a count back or forward ("10 days ago") is relative.ts's, from the publication day
      if (!MAY_HOLD_DAY.test(r.text)) continue;
      const m = c.get('month')!;
      const d = c.get('day')!;
      const y = c.isCertain('year') ? c.get('year')! : null;
      const end = r.end;
      const rangeEnd = end && end.isCertain('day') ? { m: end.get('month')!, d: end.get('day')! } : null;
      const start = para.index + r.index;
      const end0 = start + r.text.length;
      // "Saturday, Oct. 1": the weekday tells the year
      const weekdayName = c.isCertain('weekday') ? WEEKDAYS[c.get('weekday')!] : undefined;
      out.push({
        start,
        end: end0,
        type: y === null ? 'relative' : 'explicit',
        contextual: false,
        prepositional: true,
        ...(y === null ? { month: m, day: d } : {}),
        resolve: (ctx) => {
          const date = y !== null ? fmt(y, m, d) : resolveYearless(ctx, start, end0, m, d, weekdayName);
          const res = { date, rangeEnd: null as string | null };
          if (date && rangeEnd) res.rangeEnd = fmt(Number(date.slice(0, 4)), rangeEnd.m, rangeEnd.d);
          return res;
        },
      });
    }
  }
  // "February 2017", "December of 2018", "Feb. 2017"
  for (const m of text.matchAll(re(String.raw`\b(${MONTH_RE})(?:\s+of)?,?\s+(${YEAR_RE})\b(?![-/]\d)`, 'gu'))) {
    const month = monthNumber(m[1]!);
    const year = Number(m[2]);
    if (!month) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'month',
      contextual: false,
      prepositional: true,
      resolve: () => ({ date: fmt(year, month) }),
    });
  }
  // a month alone is a date only where a temporal word governs it ("in March", not "March on")
  for (const m of text.matchAll(
    re(
      String.raw`(?<=\b(?:[Bb]etween|[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Tt]hrough|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Ii]nto|[Tt]o|[Oo]f|[Aa]nd|[Ff]or|[Aa]n?)[\s-]+)(${MONTH_RE})(?![\p{L}])(?![\s,]*\d)(?!\s+\p{Lu})`,
      'gu',
    ),
  )) {
    const month = monthNumber(m[1]!);
    if (!month) continue;
    // "talks with May", "a letter to May": the name, not the month
    if (
      m[1] === 'May' &&
      /\b(?:[Tt]o|[Oo]f|[Aa]nd|[Bb]y|[Ff]rom|[Ff]or|[Aa]n?)\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index))
    )
      continue;
    const at = m.index;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'relative',
      contextual: false,
      prepositional: true,
      month,
      resolve: (ctx) => ({ date: resolveYearless(ctx, at, at + m[0].length, month) }),
    });
  }
  const yearless = (at: number, end: number, month: number): Candidate => ({
    start: at,
    end,
    type: 'relative',
    contextual: false,
    prepositional: true,
    month,
    resolve: (ctx) => ({ date: resolveYearless(ctx, at, end, month) }),
  });
  // a month as the subject of its sentence: "January was the wettest month" ("May was" is a name)
  for (const m of text.matchAll(
    re(
      String.raw`(?<=^|\n|[.!?]["”’]?\s+)(January|February|March|April|June|July|August|September|October|November|December)(?=\s+(?:was|is|has|had|will|saw|brought|began|ended|marked|proved|remains|remained)\b)`,
      'gu',
    ),
  )) {
    out.push(yearless(m.index, m.index + m[0].length, monthNumber(m[1]!)!));
  }
  // "by May" is a deadline where something is to end by it ("should conclude by May"), not an author
  for (const m of text.matchAll(
    re(
      String.raw`\b(?:conclude[sd]?|end(?:s|ed)?|finish(?:es|ed)?|complete[sd]?|done|ready|expire[sd]?|due|close[sd]?|over)\s+(?:\p{Ll}+\s+)?by\s+(May)\b(?![\s,]*\d)(?!\s+\p{Lu})`,
      'gu',
    ),
  )) {
    const at = m.index + m[0].length - 3;
    out.push(yearless(at, at + 3, 5));
  }
  return out;
}
