/**
 * /who's "Reported as saying": a few of what a person is reported to have said (statements, not
 * their exact words), the words reported by the most articles first.
 */
import type { CorpusDocument } from '../documents/types.ts';
import type { StatementRecord } from '../kb/types.ts';
import { foldWords } from '../text/fold.ts';
import { byDate } from './reports.ts';

export interface ReportedStatement {
  /** as first published (the earliest document reporting these words of theirs) */
  statement: StatementRecord;
  /** every document reporting these words of theirs, earliest first */
  documents: CorpusDocument[];
}

/**
 * The person's statements reported by the most documents (the same words, folded, are one),
 * ties to the earliest published; `docs` gives documents by id, each once, earliest first.
 */
export function mostReported(
  statements: readonly StatementRecord[],
  docs: (ids: readonly string[]) => CorpusDocument[],
  limit: number,
): ReportedStatement[] {
  const groups = new Map<string, StatementRecord[]>();
  for (const s of statements) {
    const key = foldWords(s.text);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(s);
  }
  const reported: ReportedStatement[] = [];
  for (const members of groups.values()) {
    const documents = docs(members.map((m) => m.documentId));
    const earliest = documents[0];
    if (!earliest) continue;
    const statement = members
      .filter((m) => m.documentId === earliest.id)
      .reduce((a, b) => (b.span.start < a.span.start ? b : a));
    reported.push({ statement, documents });
  }
  return reported
    .sort(
      (a, b) =>
        b.documents.length - a.documents.length ||
        byDate(a.documents[0]!, b.documents[0]!) ||
        a.statement.span.start - b.statement.span.start,
    )
    .slice(0, limit);
}
