/**
 * What /quote's options ask of a quote or a reported statement alike: who said it (a person
 * the name means, or a speaker with no person record such as an organisation), the outlet that
 * published it, and when.
 */
import type { CorpusDocument } from '../documents/types.ts';
import type { KnowledgeBase, PersonRecord } from '../kb/types.ts';
import type { Spoken } from '../search/speech-index.ts';
import { foldText } from '../text/fold.ts';
import { overlaps } from '../text/iso-date.ts';
import { spokenSpeakerIds } from './kb-facts.ts';
import type { PeopleLookup } from './people-lookup.ts';
import type { QuoteQuery } from './quotes.ts';

export interface SpeechFilter {
  /** the person the speaker option means, when it means one */
  speakerIds: ReadonlySet<string> | null;
  /** whether a record passes every option */
  keep: (x: Spoken) => boolean;
  /** whether any option filters at all */
  filtered: boolean;
}

export type SpeakerProblem = { kind: 'ambiguous-speaker'; candidates: PersonRecord[] } | { kind: 'unknown-speaker' };

/** Each speaker's records, listed on first use (a named speaker's are read from their own list). */
export class BySpeaker<R extends Spoken> {
  private lists: Map<string, R[]> | null = null;
  constructor(private readonly records: () => readonly R[]) {}

  of(personId: string): readonly R[] {
    if (!this.lists) {
      this.lists = new Map();
      for (const x of this.records())
        if (x.speakerId) (this.lists.get(x.speakerId) ?? this.lists.set(x.speakerId, []).get(x.speakerId)!).push(x);
    }
    return this.lists.get(personId) ?? [];
  }
}

export class SpeechFilters {
  // folded once, on first use: speakers' names and documents' outlets are compared per record
  private readonly foldedSpeakers = new Map<string, string>();
  private readonly foldedOutlets = new Map<string, string>();
  private speakerNames: string[] | null = null;

  constructor(
    private readonly kb: KnowledgeBase,
    private readonly lookup: PeopleLookup,
    private readonly docOf: (x: Spoken) => CorpusDocument,
  ) {}

  private foldedSpeaker(name: string): string {
    let f = this.foldedSpeakers.get(name);
    if (f === undefined) this.foldedSpeakers.set(name, (f = foldText(name)));
    return f;
  }

  private foldedOutlet(d: CorpusDocument): string {
    let f = this.foldedOutlets.get(d.id);
    if (f === undefined) this.foldedOutlets.set(d.id, (f = foldText(`${d.outlet ?? ''} ${d.original?.outlet ?? ''}`)));
    return f;
  }

  /** The names of speakers with no person record, each once (quotes' and statements'). */
  private namedSpeakers(): string[] {
    if (!this.speakerNames) {
      const names = new Set<string>();
      for (const list of [this.kb.quotes, this.kb.statements])
        for (const x of list) if (x.speaker) names.add(x.speaker);
      this.speakerNames = [...names];
    }
    return this.speakerNames;
  }

  /** The filter for these options, or why the speaker option cannot be one. */
  of(q: QuoteQuery): SpeechFilter | SpeakerProblem {
    let speakerIds: Set<string> | null = null;
    let speakerText: string | null = null;
    if (q.speaker) {
      const spoken = spokenSpeakerIds(this.kb);
      const candidates = this.lookup.find(q.speaker).filter((p) => spoken.has(p.id));
      if (candidates.length > 1) return { kind: 'ambiguous-speaker', candidates };
      if (candidates.length === 1) speakerIds = new Set(candidates.map((p) => p.id));
      else {
        // organisations and documents are speakers without a person record
        const text = foldText(q.speaker);
        speakerText = text;
        if (!this.namedSpeakers().some((x) => this.foldedSpeaker(x).includes(text))) return { kind: 'unknown-speaker' };
      }
    }
    const outlet = q.outlet ? foldText(q.outlet) : null;
    const keep = (x: Spoken): boolean => {
      if (speakerIds && !(x.speakerId && speakerIds.has(x.speakerId))) return false;
      if (speakerText && !(x.speaker && this.foldedSpeaker(x.speaker).includes(speakerText))) return false;
      const d = this.docOf(x);
      if (outlet && !this.foldedOutlet(d).includes(outlet)) return false;
      return overlaps(d.published, q.from, q.to);
    };
    return { speakerIds, keep, filtered: !!(speakerIds || speakerText || outlet || q.from || q.to) };
  }
}
