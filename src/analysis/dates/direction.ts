/**
 * Which way a date without a year (or a bare weekday) points from the publication date: the
 * past or the future. News mostly reports the past, but "the vote is set for March 14", "talks
 * resume Monday" and "states should wait until early June" look ahead.
 *
 * The decision reads the words of the sentence nearest the expression: first those before it
 * (within a few words, up to a ; or :), then those after it. The nearest word that shows tense
 * or modality decides:
 * - future: modal verbs (will, would, should, must, lowercase may/might, 'll), scheduling words
 *   (scheduled, set to/for, due, slated, expected, plans, intends, next, coming, upcoming,
 *   payable, expires), an infinitive ("told the bank to reply by ..."), a passive after a modal or
 *   "to be" ("to be finalised ..."), "is to" ("is to reopen on Tuesday"), a deadline moved
 *   ("extended to ...", "postponed until ..."), and the present tense of a verb of scheduled
 *   events ("talks resume Monday", "the lease expires ...");
 * - past: was/were/had/did, a past tense or participle in -ed, common irregular past tenses
 *   (said, met, took, ...), since, ago, last, earlier;
 * - a plain present ("is", "are", "has") stops the search: the sentence says nothing either way.
 * "ahead of" right before the expression points ahead; a deadline preposition ("until", "by")
 * points ahead only when no other word decides ("by March, prices had doubled" is past); "as
 * of" points nowhere. With no cue the direction is null and the caller falls back on its own
 * default (the nearer occurrence, or the past).
 * Pure string functions: no sentence splitting, no publication date.
 */

export type Direction = 'past' | 'future';

/** how far (in words) a cue may stand from the expression */
export const CUE_WINDOW = 10;
/** a future modal ("will", "would") still decides this far back when nothing nearer does */
export const MODAL_WINDOW = 20;
/** an infinitive decides only this close: "told the bank to reply by ...", not "hoped to sell the farm ... Friday" */
const INFINITIVE_WINDOW = 3;

interface Token {
  word: string;
  lower: string;
  start: number;
  end: number;
}

// words, numbers ("3.15", "7.5") and the hard clause breaks ; and :
const TOKEN = /[\p{L}\d]+(?:['’.,][\p{L}\d]+)*|[;:]/gu;

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(TOKEN))
    out.push({ word: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  return out;
}

const MODALS = new Set([
  'will',
  'would',
  'shall',
  'should',
  'must',
  'might',
  'wo',
  "won't",
  'won’t',
  "wouldn't",
  'wouldn’t',
  "shouldn't",
  'shouldn’t',
]);
const FUTURE_WORDS = new Set([
  'next',
  'coming',
  'upcoming',
  'payable',
  'expire',
  'expires',
  'expiring',
  'due',
  'scheduled',
  'slated',
  'planned',
  'plan',
  'plans',
  'planning',
  'expected',
  'expect',
  'expects',
  'expecting',
  'intend',
  'intends',
  'intended',
  'proposed',
  'tomorrow',
  'pending',
  'anticipated',
  'projected',
  'rescheduled',
  'effective',
]);
/** a deadline moved: "extended to", "postponed until" */
const MOVED =
  /^(?:extend|extends|extended|postpone|postpones|postponed|delay|delays|delayed|defer|defers|deferred|adjourn|adjourns|adjourned|push|pushed|move|moved|reschedule|rescheduled)$/;
/** verbs of events that are scheduled: their present tense speaks of the future in news */
const EVENT_VERBS = new Set([
  'meet',
  'meets',
  'resume',
  'resumes',
  'begin',
  'begins',
  'start',
  'starts',
  'open',
  'opens',
  'close',
  'closes',
  'end',
  'ends',
  'vote',
  'votes',
  'convene',
  'convenes',
  'reconvene',
  'reconvenes',
  'arrive',
  'arrives',
  'leave',
  'leaves',
  'return',
  'returns',
  'visit',
  'visits',
  'face',
  'faces',
  'travel',
  'travels',
  'hold',
  'holds',
  'host',
  'hosts',
  'launch',
  'launches',
  'expire',
  'expires',
  'mature',
  'matures',
  'decide',
  'decides',
  'rule',
  'rules',
  'testify',
  'testifies',
  'debate',
  'debates',
  'play',
  'plays',
  'sign',
  'signs',
  'go',
  'goes',
  'head',
  'heads',
  'wait',
  'take',
  'takes',
  'resign',
  'resigns',
  'announce',
  'announces',
]);
const PAST_WORDS = new Set([
  'was',
  'were',
  'had',
  'did',
  "wasn't",
  'wasn’t',
  "weren't",
  'weren’t',
  "hadn't",
  'hadn’t',
  "didn't",
  'didn’t',
  'since',
  'ago',
  'last',
  'earlier',
  'yesterday',
  'previously',
  'formerly',
  'said',
  'told',
  'met',
  'began',
  'came',
  'went',
  'took',
  'made',
  'held',
  'fell',
  'rose',
  'won',
  'lost',
  'left',
  'gave',
  'got',
  'saw',
  'sold',
  'bought',
  'paid',
  'struck',
  'found',
  'ran',
  'spoke',
  'brought',
  'kept',
  'led',
  'sent',
  'stood',
  'wrote',
  'broke',
  'chose',
  'drove',
  'flew',
  'grew',
  'knew',
  'threw',
  'thought',
  'caught',
  'fought',
  'sought',
  'built',
  'spent',
  'felt',
  'heard',
  'fled',
  'shot',
  'quit',
  'became',
  'withdrew',
  'forgot',
  'forbade',
  'swore',
  'tore',
  'wore',
  'sank',
  'sang',
  'rang',
  'shook',
  'slid',
  'stole',
  'struck',
  'taught',
  'understood',
  'upheld',
  'overthrew',
  'overtook',
  'undertook',
  'arose',
  'awoke',
]);
/** -ed words that are not past tenses (or look ahead) */
const NOT_PAST_ED = new Set([
  'hundred',
  'indeed',
  'united',
  'limited',
  'based',
  'related',
  'interested',
  'red',
  'bed',
  'shed',
  'wed',
  'need',
  'speed',
  'seed',
  'feed',
  'breed',
  'proceed',
  'exceed',
  'succeed',
  'sacred',
  'naked',
  'wicked',
  'beloved',
  'aged',
  'alleged',
  'detailed',
  'advanced',
  'armed',
  'concerned',
  'continued',
  'so-called',
  'embattled',
  'talented',
  'preferred',
  'combined',
  'diluted',
  'estimated',
  'adjusted',
  'unspecified',
  'unidentified',
  'undisclosed',
  'unnamed',
]);
const PRESENT = new Set(['is', 'are', 'am', 'has', 'have', "isn't", 'isn’t', "aren't", 'aren’t', 'now', 'currently']);
const DEADLINE = new Set(['until', 'till', 'by']);
/** words after "to" that are not verbs: "to the", "to June", "to holders" */
const NOT_VERB_AFTER_TO = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'your',
  'my',
  'this',
  'that',
  'these',
  'those',
  'some',
  'all',
  'any',
  'each',
  'every',
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'ten',
  'about',
  'around',
  'nearly',
  'more',
  'less',
  'date',
  'record',
  'power',
  'office',
  'court',
  'market',
  'work',
  'school',
  'date',
  'him',
  'them',
  'us',
  'me',
  'it',
  'what',
  'which',
  'whom',
  'where',
  'when',
  'mid',
  'early',
  'late',
  'next',
  'last',
  'as',
  'both',
  'such',
  'other',
  'many',
  'most',
  'much',
  'several',
  'another',
  'year',
  'month',
  'week',
  'day',
  'noon',
  'midnight',
  'tomorrow',
  'today',
  'stock',
  'holders',
  'shareholders',
  'prices',
  'profit',
  'loss',
  'million',
  'billion',
  'percent',
  'total',
]);
/** words that make the next one a noun: "the plan", "its opening" */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|your|this|that|of|for)$|['’]s$/;

function isPastEd(t: Token): boolean {
  const w = t.lower;
  if (w.length < 5 || !w.endsWith('ed') || w.endsWith('eed') || NOT_PAST_ED.has(w) || FUTURE_WORDS.has(w)) return false;
  // capitalised mid-sentence words are names ("United", "Red")
  return !/^\p{Lu}/u.test(t.word) || t.start === 0;
}

function infinitiveAfterTo(next: Token | undefined): boolean {
  if (!next) return false;
  const w = next.lower;
  if (!/^\p{Ll}+$/u.test(next.word) || NOT_VERB_AFTER_TO.has(w) || w.endsWith('ing')) return false;
  // base forms, not plural nouns ("to shareholders"); "to discuss", "to focus" keep their s
  return !/[^su]s$/.test(w);
}

type Cue = Direction | 'present' | null;

const MODAL_ONLY = (w: string): boolean => MODALS.has(w) || /['’]ll$/.test(w);

/**
 * The cue a token gives, in the context of its neighbours. `back`: how many words it stands
 * before the expression (-1 when it follows it).
 */
function cueAt(toks: readonly Token[], i: number, back: number): Cue {
  const t = toks[i]!;
  const w = t.lower;
  const prev = toks[i - 1]?.lower;
  const prev2 = toks[i - 2]?.lower;
  const next = toks[i + 1];
  const noun = prev !== undefined && DETERMINER.test(prev);
  if (w === ';' || w === ':') return null;
  if (MODAL_ONLY(w)) return 'future';
  // "may" and "might" are modal only in lower case ("May" is a month)
  if ((w === 'may' && t.word === 'may') || w === 'might') return 'future';
  if (w === 'going' && next?.lower === 'to') return 'future';
  // "is set for March 14", "set to resume"; "set a deadline weeks ago" says nothing
  if (w === 'set') return next?.lower === 'to' || next?.lower === 'for' || prev === 'be' ? 'future' : null;
  if (w === 'to' && back >= 0 && back < INFINITIVE_WINDOW && infinitiveAfterTo(next)) return 'future';
  if (FUTURE_WORDS.has(w) && (!noun || /^(?:next|coming|upcoming|tomorrow)$/.test(w))) return 'future';
  // "to be finalised", "will be held", "be paid": a passive after a modal or an infinitive
  if (
    (prev === 'be' || (prev === 'been' && (prev2 === 'have' || prev2 === 'will'))) &&
    (w.endsWith('ed') || PAST_WORDS.has(w))
  )
    return 'future';
  if (w === 'be') return 'future';
  // a deadline moved: "extended to", "postponed until", "extended ... through" (right before the date)
  if (
    back >= 0 &&
    back <= 2 &&
    (w === 'to' || w === 'until' || w === 'till' || w === 'through') &&
    toks.slice(Math.max(0, i - 8), i).some((x) => MOVED.test(x.lower))
  )
    return 'future';
  if (PAST_WORDS.has(w)) return w === 'last' && next && /^(?:year|month|week)s?$/.test(next.lower) ? null : 'past';
  if (isPastEd(t)) return MOVED.test(w) ? null : 'past';
  // "is to reopen on Tuesday"
  if (/^(?:is|are|was|were)$/.test(w) && next?.lower === 'to') return 'future';
  if (PRESENT.has(w)) return 'present';
  // "talks resume Monday", "to resume Monday" (before the expression only); not a noun ("the vote Monday")
  if (back >= 0 && EVENT_VERBS.has(w) && !noun && !/^\p{Lu}/u.test(t.word)) return 'future';
  return null;
}

export interface DirectionCue {
  direction: Direction | null;
  /** the word that decided, as written (null when none did) */
  cue: string | null;
}

const NONE: DirectionCue = { direction: null, cue: null };

/**
 * The direction the words of `sentence` give an expression at [start, end) of it (offsets in
 * `sentence`), with the word that decided; null when nothing in the sentence decides.
 */
export function directionCue(sentence: string, start: number, end: number): DirectionCue {
  const toks = tokenize(sentence);
  const before = toks.filter((t) => t.end <= start);
  const after = toks.filter((t) => t.start >= end);
  const last2 = before
    .slice(-2)
    .map((t) => t.lower)
    .join(' ');
  // "as of June 30": a date things are counted at, in no direction of its own
  if (last2 === 'as of') return NONE;
  // "ahead of the weekend"
  if (last2 === 'ahead of') return { direction: 'future', cue: before[before.length - 2]!.word };
  // "until", "by"
  const adj = before[before.length - 1];
  const deadline: DirectionCue = adj && DEADLINE.has(adj.lower) ? { direction: 'future', cue: adj.word } : NONE;
  // scan back from the expression
  for (let k = 0, i = before.length - 1; i >= 0 && k < MODAL_WINDOW; i--, k++) {
    const t = before[i]!;
    if (t.lower === ';' || t.lower === ':') break;
    const at = toks.indexOf(t);
    const c = cueAt(toks, at, k);
    if (k >= CUE_WINDOW && !(c === 'future' && MODAL_ONLY(t.lower))) continue;
    if (c === 'present') return deadline;
    if (
      c === 'future' &&
      toks.slice(Math.max(0, at - 4), at).some((x) => x.lower === 'had' || x.lower === "hadn't" || x.lower === 'hadn’t')
    ) {
      // "had been scheduled to end Friday": once planned, now past or still ahead; the caller decides
      return NONE;
    }
    if (c) return { direction: c, cue: t.word };
  }
  // then forward ("On Tuesday, the council voted")
  for (let k = 0; k < after.length && k < CUE_WINDOW; k++) {
    const t = after[k]!;
    if (t.lower === ';' || t.lower === ':') break;
    const c = cueAt(toks, toks.indexOf(t), -1);
    if (c === 'present') break;
    if (c) return { direction: c, cue: t.word };
  }
  return deadline;
}

/** directionCue without the cue */
export function directionOf(sentence: string, start: number, end: number): Direction | null {
  return directionCue(sentence, start, end).direction;
}
