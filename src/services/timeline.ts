/**
 * /timeline: the dated events of the corpus in order. The same event reported by several
 * outlets is one entry listing every outlet.
 */
import type { IsoDate } from '../analysis/types.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { EventRecord, KnowledgeBase, PersonRecord } from '../kb/types.ts';
import type { EventIndex } from '../search/event-index.ts';
import { isoRange, overlaps } from '../text/iso-date.ts';
import { eventPeopleIds } from './kb-facts.ts';
import type { PeopleLookup } from './people-lookup.ts';

export interface TimelineQuery {
  topic?: string;
  person?: string;
  from?: IsoDate;
  to?: IsoDate;
}

export interface TimelineEntry {
  /** the event as stated by its earliest document */
  event: EventRecord;
  /** every document reporting it, earliest first */
  documents: CorpusDocument[];
}

export type TimelineAnswer =
  | { kind: 'entries'; entries: TimelineEntry[] }
  | { kind: 'ambiguous-person'; candidates: PersonRecord[] }
  | { kind: 'unknown-person' };

// within one date, a vaguer or earlier part of the period comes first
const QUALIFIER_ORDER = [
  'since',
  'H1',
  'early',
  'Q1',
  'spring',
  'Q2',
  'mid',
  'summer',
  'H2',
  'Q3',
  'autumn',
  'fall',
  'late',
  'Q4',
  'winter',
  'end',
  'until',
  'by',
];

/** Chronological order of events of mixed precision (also used by /who). */
export function eventSortKey(e: EventRecord): string {
  // a plain "2017" first, then "early 2017" … "end of 2017"; unknown qualifiers after the known ones
  const q = e.qualifier ? QUALIFIER_ORDER.indexOf(e.qualifier) : -1;
  return `${e.date ? isoRange(e.date)[0] : '9999'}|${e.date?.length ?? 0}|${String(q === -1 && e.qualifier ? 50 : q + 1).padStart(2, '0')}`;
}

const docDate = (d: CorpusDocument): string => d.published ?? '9999';
// sort keys are ASCII: plain comparison, not localeCompare (ten times slower over thousands of events)
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** events a topic keeps, best matches first */
export const MAX_TOPIC_EVENTS = 400;

const PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'under',
  'with',
  'for',
  'to',
  'of',
  'from',
  'against',
  'about',
  'after',
  'before',
  'during',
  'since',
  'until',
  'than',
  'into',
  'onto',
  'over',
  'between',
  'among',
  'alongside',
  'behind',
  'beside',
  'toward',
  'towards',
  'via',
  'without',
  'like',
  'including',
  'near',
  'per',
  'upon',
  'within',
  'across',
  'through',
  'around',
  'amid',
  'despite',
  'as',
]);
/** words after a subject that are no verb: a name followed by one of these is not the clause's subject */
const NOT_VERBS = new Set([
  ...PREPOSITIONS,
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'or',
  'nor',
  'but',
  'if',
  'so',
  'then',
  'there',
]);

/**
 * Is one of `names` the subject or the agent of the event's clause? The subject is a name standing
 * before the verb ("Ross resigned", "Ross, the minister, resigned", "Ross and Lee met"), the agent
 * one after "by" ("was fired by Ross"); a name after a preposition ("under President Ross"), a
 * possessive ("Ross's aide") or an object is neither. `null` when the clause writes none of the
 * names (the person was attached by a role or a pronoun: nothing to judge).
 */
export function namesActor(clause: string, names: readonly string[]): boolean | null {
  return actorTest(names)(clause);
}

/** Whether a letter or digit ends at `i` (exclusive) or starts at `i`, by whole code points as a `u` regex sees them. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
function wordCharBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const low = s.charCodeAt(i - 1);
  const cp = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? s.codePointAt(i - 2)! : low;
  return WORD_CHAR.test(String.fromCodePoint(cp));
}
function wordCharAt(s: string, i: number): boolean {
  return i < s.length && WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Where `name` stands in `clause` as a whole word, left to right, not overlapping (as a global regex with word-boundary look-arounds finds it). */
function* occurrences(clause: string, name: string): Generator<number> {
  for (let at = clause.indexOf(name); at >= 0;) {
    if (!wordCharBefore(clause, at) && !wordCharAt(clause, at + name.length)) {
      yield at;
      at = clause.indexOf(name, at + name.length);
    } else at = clause.indexOf(name, at + 1);
  }
}

/** The word before `at`, past capitalised title words, read from `from`; null when the stretch may have cut it. */
function wordBefore(clause: string, from: number, at: number): string | null {
  const before = clause.slice(from, at).match(/[\p{L}.'’-]+|[,;:()“”"]/gu) ?? [];
  let i = before.length - 1;
  while (i >= 0 && /^\p{Lu}/u.test(before[i]!) && !PREPOSITIONS.has(before[i]!.toLowerCase())) i--;
  // the first token of a stretch may be cut: it only counts from the clause's start
  return i > 0 || (i === 0 && from === 0) ? before[i]!.toLowerCase() : from === 0 ? '' : null;
}

/**
 * namesActor for one set of names over many clauses. Names are found with indexOf and a check
 * of the characters around them, not a regex per name: a big name has dozens of aliases, and
 * compiling their patterns cost more than reading a profile's events.
 */
export function actorTest(names: readonly string[]): (clause: string) => boolean | null {
  const patterns = [...new Set(names)].filter((n) => n.trim()).sort((a, b) => b.length - a.length);
  return (clause) => {
    let seen = false;
    for (const name of patterns) {
      for (const index of occurrences(clause, name)) {
        seen = true;
        // the word before, past title words written with a capital ("under President Ross"):
        // read from the last stretch before the name, the whole clause only if the titles run past it
        const prev = wordBefore(clause, Math.max(0, index - 80), index) ?? wordBefore(clause, 0, index)!;
        if (prev === 'by') return true;
        if (PREPOSITIONS.has(prev)) continue;
        let rest = clause.slice(index + name.length);
        if (/^['’]s?\b/u.test(rest)) continue;
        // past an appositive (", the minister,") or a second subject ("and Lee")
        rest = rest.replace(/^\s*,[^,]*,/u, '').replace(/^\s+(?:and|or)\s+(?:\p{Lu}[\p{L}.'’-]*\s*)+/u, ' ');
        const next = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(rest)?.[1];
        if (next && !NOT_VERBS.has(next)) return true;
      }
    }
    return seen ? false : null;
  };
}

export class TimelineService {
  private byId_: Map<string, EventRecord> | null = null;
  private clusters_: Map<string, EventRecord[]> | null = null;
  private readonly sortKeys = new Map<EventRecord, string>();

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly index: EventIndex,
    private readonly lookup: PeopleLookup,
  ) {}

  /** Index now (for a moment when nobody is waiting, such as while the bot connects). */
  prepare(): void {
    void this.clusters;
    void this.byId;
  }

  private get byId(): Map<string, EventRecord> {
    return (this.byId_ ??= new Map(this.kb.events.map((e) => [e.id, e])));
  }

  /** events by cluster (an unclustered event is its own), in knowledge-base order, on first use */
  private get clusters(): Map<string, EventRecord[]> {
    if (this.clusters_) return this.clusters_;
    const clusters = new Map<string, EventRecord[]>();
    for (const e of this.kb.events) {
      const key = e.clusterId ?? e.id;
      const list = clusters.get(key);
      if (list) list.push(e);
      else clusters.set(key, [e]);
    }
    return (this.clusters_ = clusters);
  }

  /** events naming each person, indexed on first use: a person's timeline reads only theirs */
  private byPerson: Map<string, EventRecord[]> | null = null;
  private eventsOf(personId: string): EventRecord[] {
    if (!this.byPerson) {
      this.byPerson = new Map();
      for (const e of this.kb.events)
        for (const id of new Set(e.peopleIds)) (this.byPerson.get(id) ?? this.byPerson.set(id, []).get(id)!).push(e);
    }
    return this.byPerson.get(personId) ?? [];
  }

  private sortKey(e: EventRecord): string {
    let k = this.sortKeys.get(e);
    if (k === undefined) this.sortKeys.set(e, (k = eventSortKey(e)));
    return k;
  }

  find(q: TimelineQuery): TimelineAnswer {
    let personIds: Set<string> | null = null;
    let names: string[] = [];
    if (q.person) {
      const inEvents = eventPeopleIds(this.kb);
      const candidates = this.lookup.find(q.person).filter((p) => inEvents.has(p.id));
      if (candidates.length > 1) return { kind: 'ambiguous-person', candidates };
      if (!candidates.length) return { kind: 'unknown-person' };
      personIds = new Set(candidates.map((p) => p.id));
      names = candidates.flatMap((p) => [p.name, ...p.aliases]);
    }
    const actor = actorTest(names);
    const byId = this.byId;
    const keep = (e: EventRecord): boolean =>
      !!e.date &&
      overlaps(e.date, q.from, q.to) &&
      (!personIds || (e.peopleIds.some((id) => personIds.has(id)) && actor(e.text) !== false));
    // a topic keeps its best-matching events (then shown in date order); past a few hundred the
    // weakest matches are noise, and ordering them all would slow every answer
    const matching = q.topic?.trim()
      ? this.index
          .search(
            q.topic,
            (id) => {
              const e = byId.get(id);
              return !!e && keep(e);
            },
            MAX_TOPIC_EVENTS,
          )
          .map((id) => byId.get(id)!)
      : (personIds ? [...personIds].flatMap((id) => this.eventsOf(id)) : this.kb.events).filter(keep);
    // one entry per cluster: every member of a matching cluster reports it
    const groups = new Map<string, EventRecord[]>();
    for (const e of matching) {
      const key = e.clusterId ?? e.id;
      if (!groups.has(key)) groups.set(key, (this.clusters.get(key) ?? [e]).filter(keep));
    }
    const entries: TimelineEntry[] = [];
    for (const members of groups.values()) {
      if (members.length === 1) {
        // most events are reported once: no grouping to do
        const d = this.kb.documentsById.get(members[0]!.documentId);
        if (d) entries.push({ event: members[0]!, documents: [d] });
        continue;
      }
      const docs = [...new Map(members.map((m) => [m.documentId, this.kb.documentsById.get(m.documentId)])).values()]
        .filter((d): d is CorpusDocument => !!d)
        .sort((a, b) => cmp(docDate(a), docDate(b)));
      const first = members.find((m) => m.documentId === docs[0]?.id) ?? members[0];
      if (first) entries.push({ event: first, documents: docs });
    }
    entries.sort(
      (a, b) =>
        cmp(this.sortKey(a.event), this.sortKey(b.event)) || cmp(docDate(a.documents[0]!), docDate(b.documents[0]!)),
    );
    return { kind: 'entries', entries };
  }
}
