/**
 * Dates the text leaves to general knowledge: famous events named without their year
 * ("after the Sept. 11 attacks") and periods of an administration ("the early days of the
 * administration", "the final year of the Lee administration").
 */
import { addDays, approxBetween, parseIso, span } from './calendar.ts';
import { re, type Candidate, type Context, type Resolution } from './candidate.ts';
import { ADMINISTRATIONS, ADMINISTRATION_NAMES, NAMED_EVENTS, type Administration } from './lexicon.ts';

/** temporal prepositions that make a dateless event name a time anchor */
const ANCHOR_PREP =
  /\b(?:after|since|before|following|until|till|during|ahead\s+of|prior\s+to|in\s+the\s+wake\s+of|in\s+the\s+aftermath\s+of|in\s+the\s+run-up\s+to)\s+$/i;

// one pass over the text for the whole lexicon: group i+1 is NAMED_EVENTS[i] (patterns capture nothing)
const NAMED = re(String.raw`\b(?:${NAMED_EVENTS.map((e) => `(${e.pattern})`).join('|')})(?![\p{L}\d])`);

export function findNamed(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAMED)) {
    const e = NAMED_EVENTS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    if (!e) continue;
    const before = text.slice(Math.max(0, m.index - 30), m.index);
    const prep = ANCHOR_PREP.exec(before)?.[0].trim().toLowerCase() ?? null;
    if (e.needsPreposition && !prep) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'named-event',
      contextual: false,
      prepositional: true,
      resolve: (ctx) => {
        // an event after the article cannot be the one meant ("Oct. 7" in a 2019 text)
        const pub = ctx.published;
        const d = parseIso(e.date);
        if (pub && d && d.y > pub.y) return null;
        // a lasting event: "after World War II" is its end, "before" its start
        if (e.end && prep && /after|since|following|wake|aftermath/.test(prep)) return { date: e.end };
        return { date: e.date, rangeEnd: e.end && !prep?.startsWith('before') ? e.end : null };
      },
    });
  }
  out.push(...findAdministrationPeriods(text));
  return out;
}

const START_FRAMES: Record<string, number> = {
  dawn: 30,
  start: 30,
  beginning: 30,
  outset: 30,
  'early days': 45,
  'earliest days': 30,
  'first days': 20,
  'first weeks': 42,
  'early weeks': 42,
  'first months': 120,
  'early months': 120,
  'first 100 days': 100,
  'first hundred days': 100,
  'first year': 365,
};
const END_FRAMES: Record<string, number> = {
  end: 30,
  'final days': 10,
  'last days': 10,
  'waning days': 20,
  'final weeks': 35,
  'last weeks': 35,
  'final months': 180,
  'last months': 180,
  'waning months': 180,
  'final year': 365,
  'last year': 365,
};

function frameOf(words: string): { days: number; fromStart: boolean } | null {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (START_FRAMES[w] !== undefined) return { days: START_FRAMES[w], fromStart: true };
  if (END_FRAMES[w] !== undefined) return { days: END_FRAMES[w], fromStart: false };
  return null;
}

/** the administration meant: the one named (latest term begun by publication), or the one in office */
function pickAdministration(ctx: Context, name: string | null): Administration | null {
  const pub = ctx.published;
  const cands = ADMINISTRATIONS.filter((a) => name === null || a.name.toLowerCase() === name.toLowerCase());
  if (!pub) return name !== null && cands.length === 1 ? cands[0]! : null;
  const [pubFrom] = span(pub);
  const begun = cands.filter((a) => span(parseIso(a.start)!)[0] <= pubFrom);
  return begun[begun.length - 1] ?? null;
}

const FRAMES = [...Object.keys(START_FRAMES), ...Object.keys(END_FRAMES)]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/ /g, '\\s+'))
  .join('|');
const ADMINISTRATION_PERIOD = re(
  String.raw`\b(?:the\s+)?(${FRAMES})\s+of\s+(?:the\s+)?(?:(${ADMINISTRATION_NAMES.join('|')})(?:['’]s)?\s+)?(?:administration|presidency)\b`,
);

function findAdministrationPeriods(text: string): Candidate[] {
  const out: Candidate[] = [];
  // cheap test first: the pattern is long and most articles never say "administration"
  if (!/administration|presidency/i.test(text)) return out;
  const regex = ADMINISTRATION_PERIOD;
  for (const m of text.matchAll(regex)) {
    const frame = frameOf(m[1]!);
    if (!frame) continue;
    const name = m[2] ?? null;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      type: 'named-event',
      contextual: false,
      prepositional: true,
      resolve: (ctx): Resolution => {
        const a = pickAdministration(ctx, name);
        if (!a) return { date: null };
        const edge = frame.fromStart ? a.start : a.end;
        if (!edge) return { date: null }; // the final days of an administration still in office
        const t = span(parseIso(edge)!)[0];
        const [lo, hi] = frame.fromStart ? [t, addDays(t, frame.days - 1)] : [addDays(t, -frame.days), addDays(t, -1)];
        const r = approxBetween(lo, hi);
        // a start frame is "early" in the administration, an end frame "late", whatever the calendar says
        if (r.date.length === 4 && r.qualifier === 'approx' && frame.days >= 365) {
          return { date: String(new Date((lo.getTime() + hi.getTime()) / 2).getUTCFullYear()), qualifier: null };
        }
        return {
          date: r.date,
          qualifier: r.qualifier === 'approx' ? (frame.fromStart ? 'early' : 'late') : r.qualifier,
        };
      },
    });
  }
  return out;
}
