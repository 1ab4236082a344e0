/**
 * Who is mentioned together with whom. Two people named in one sentence are far more likely to
 * be connected than two people who merely appear somewhere in the same long article, so people
 * are ranked by shared sentences (from `PersonRecord.mentions`, body offsets), then by shared
 * documents, which also covers records that have no mention offsets.
 */
import { sentenceIndexAt, sentences, type Sentence } from '../analysis/sentences.ts';
import type { CorpusDocument } from '../documents/types.ts';
import type { PersonRecord } from '../kb/types.ts';

export interface CoMention {
  person: PersonRecord;
  /** sentences naming both people */
  sentences: number;
  /** documents naming both people */
  documents: number;
}

/** The first `limit` items in `order`, as sorting them all would give, without sorting them all (a big name has thousands of co-mentions, most of them tied). */
function best<T>(items: Iterable<T>, limit: number, order: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  for (const x of items) {
    if (top.length >= limit && order(x, top[top.length - 1]!) >= 0) continue;
    // insert after equals (a stable sort keeps the earlier of two equals first)
    let i = top.length;
    while (i > 0 && order(x, top[i - 1]!) < 0) i--;
    top.splice(i, 0, x);
    if (top.length > limit) top.pop();
  }
  return top;
}

// localeCompare's order, from one collator (a big name has thousands of tied co-mentions to compare)
const byName = new Intl.Collator().compare;

export class CoMentions {
  /** sentences of a document body, split on first use and kept (records without sentence numbers) */
  private readonly split = new Map<string, Sentence[]>();
  private readonly peopleByDocument = new Map<string, PersonRecord[]>();

  constructor(
    private readonly documentsById: ReadonlyMap<string, CorpusDocument>,
    private readonly documentsOf: (p: PersonRecord) => ReadonlySet<string>,
    people: readonly PersonRecord[],
  ) {
    for (const p of people) {
      for (const id of documentsOf(p)) {
        const list = this.peopleByDocument.get(id) ?? [];
        list.push(p);
        this.peopleByDocument.set(id, list);
      }
      // grouped for everyone at once: a profile reads the groups of everyone named with the
      // person, and grouping a big name's tens of thousands of mentions on demand stalls it
      this.group(p);
    }
  }

  /** The people most often named with `p`, best first. */
  of(p: PersonRecord, limit: number): CoMention[] {
    const found = new Map<string, CoMention>();
    for (const docId of this.documentsOf(p)) {
      const inDocument = this.byDocument.get(docId);
      const mine = inDocument?.get(p.id);
      for (const other of this.peopleByDocument.get(docId) ?? []) {
        if (other.id === p.id) continue;
        let c = found.get(other.id);
        if (!c) found.set(other.id, (c = { person: other, sentences: 0, documents: 0 }));
        c.documents++;
        const theirs = mine && inDocument!.get(other.id);
        if (theirs) for (const s of theirs) if (mine.has(s)) c.sentences++;
      }
    }
    return best(
      found.values(),
      limit,
      (a, b) => b.sentences - a.sentences || b.documents - a.documents || byName(a.person.name, b.person.name),
    );
  }

  /** by document, each person's mention sentences there (a document's few people, not everyone, are looked up per person) */
  private readonly byDocument = new Map<string, Map<string, Set<number>>>();

  private group(p: PersonRecord): void {
    for (const m of p.mentions) {
      // the analysis gives each mention its sentence; older records are placed by splitting the body
      const s = m.sentence ?? sentenceIndexAt(this.bodySentences(m.documentId), m.start);
      let people = this.byDocument.get(m.documentId);
      if (!people) this.byDocument.set(m.documentId, (people = new Map<string, Set<number>>()));
      const set = people.get(p.id);
      if (set) set.add(s);
      else people.set(p.id, new Set([s]));
    }
  }

  private bodySentences(docId: string): Sentence[] {
    let s = this.split.get(docId);
    if (!s) this.split.set(docId, (s = sentences(this.documentsById.get(docId)?.body ?? '')));
    return s;
  }
}
