/**
 * Facts about the knowledge base that requests keep asking (who is quoted, who takes part in
 * dated events), computed once per knowledge base instead of by scanning every record per
 * keystroke.
 */
import type { KnowledgeBase } from '../kb/types.ts';

function memo<T>(compute: (kb: KnowledgeBase) => T): (kb: KnowledgeBase) => T {
  const cache = new WeakMap<KnowledgeBase, T>();
  return (kb) => {
    let v = cache.get(kb);
    if (v === undefined) cache.set(kb, (v = compute(kb)));
    return v;
  };
}

/** ids of people some quote is attributed to */
export const quotedSpeakerIds = memo(
  (kb): ReadonlySet<string> => new Set(kb.quotes.map((q) => q.speakerId).filter((x): x is string => !!x)),
);

/** ids of people some quote or reported statement is attributed to (who /quote speaker: can mean) */
export const spokenSpeakerIds = memo((kb): ReadonlySet<string> => {
  const ids = new Set(quotedSpeakerIds(kb));
  for (const s of kb.statements) if (s.speakerId) ids.add(s.speakerId);
  return ids;
});

/** ids of people taking part in some event */
export const eventPeopleIds = memo((kb): ReadonlySet<string> => new Set(kb.events.flatMap((e) => e.peopleIds)));

/** the outlets of the corpus (its own and those it reposts), sorted */
export const outletNames = memo((kb): readonly string[] =>
  [...new Set(kb.documents.flatMap((d) => [d.outlet, d.original?.outlet]).filter((x): x is string => !!x))].sort(),
);
