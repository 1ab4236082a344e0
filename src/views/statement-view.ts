/**
 * Reported statements as every view shows them: never inside quotation marks (they are the
 * article's wording of what someone said, not their words), always labelled as reported, with
 * the words that report them: "Lee (said): the plan would fail".
 */
import type { StatementRecord } from '../kb/types.ts';
import type { StatementResult } from '../services/quotes.ts';
import type { ViewField, ViewItem } from './model.ts';
import { publishedFields, speakerLine } from './result-fields.ts';

/** The field that says what a statement is. */
export const REPORTED_FIELD: ViewField = { name: 'Kind', value: 'reported speech, not the exact words', inline: true };

/**
 * "Lee (said): the plan would fail", or "Reported (according to): …" when nobody is named; a cue
 * that opens its sentence ("According to") is shown as it reads inside one.
 */
export function reportedWords(who: string | null, s: StatementRecord, text = s.text): string {
  return `${who ?? 'Reported'} (${s.cue.charAt(0).toLowerCase()}${s.cue.slice(1)}): ${text}`;
}

export function statementItem(
  r: StatementResult,
  opts: { filter?: { from?: string; to?: string } } = {},
): ViewItem & { url: string | null; fields: ViewField[] } {
  const s = r.statement;
  const { url, fields } = publishedFields(r, opts.filter, [REPORTED_FIELD]);
  return {
    title: `Reported: ${speakerLine(r.person, s, 'speaker not identified')}`,
    url,
    // the speaker as short as the views name them: the person, the name or description given
    text: reportedWords(r.person?.name ?? s.speaker ?? s.description, s),
    fields,
  };
}
