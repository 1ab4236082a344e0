import type { PersonRecord } from '../kb/types.ts';
import type { LooseMatch, QuoteResult, StatementResult } from '../services/quotes.ts';
import { errorView, paginate, type View, type ViewField, type ViewItem } from './model.ts';
import { publishedFields, speakerLine } from './result-fields.ts';
import { statementItem } from './statement-view.ts';

export { shortRole } from './result-fields.ts';

export const QUOTES_PER_PAGE = 4;

const KIND_LABEL = {
  direct: null,
  partial: 'partial quote (a fragment of their words)',
  term: 'quoted term, not a statement',
  title: 'title of a work',
  document: 'words of a document or organisation',
} as const;

export function quoteItem(
  r: QuoteResult,
  opts: { withContext?: boolean; filter?: { from?: string; to?: string } } = {},
): ViewItem & { url: string | null; fields: ViewField[] } {
  const q = r.quote;
  const extra: ViewField[] = [];
  const kind = KIND_LABEL[q.kind];
  if (kind) extra.push({ name: 'Kind', value: kind, inline: true });
  if (q.via) extra.push({ name: 'Via', value: q.via, inline: true });
  const { url, fields } = publishedFields(r, opts.filter, extra);
  const showContext = opts.withContext ?? (q.kind !== 'direct' && q.context && q.context.length > q.text.length + 4);
  const text = `“${q.text}”${showContext ? `\n…in: ${q.context}` : ''}`;
  const unknown = q.kind === 'term' || q.kind === 'title' ? 'no speaker (a quoted term)' : 'speaker not identified';
  return { title: speakerLine(r.person, q, unknown), url, text, fields };
}

/** The line above a looser answer: no quote (or statement) has every word, which words matched nothing. */
export function looseMatchNote(query: string, loose: LooseMatch, withStatements = false): string {
  const missing = loose.unmatched.map((w) => `“${w}”`);
  const which = missing.length ? `; ${missing.join(', ')} matched nothing` : '';
  return withStatements
    ? `No quote or reported statement has all of “${query.trim()}”${which}. Showing those with some of the words:`
    : `No quote has all of “${query.trim()}”${which}. Showing quotes with some of the words:`;
}

/** What /quote found: quotes, then reported statements; `more`/`statementsMore`: only the best were given. */
export interface FoundSaid {
  results: readonly QuoteResult[];
  statements?: readonly StatementResult[];
  more?: boolean;
  statementsMore?: boolean;
}

const STATEMENTS_NOTE =
  'Reported statements come after the quotes: what someone is reported as saying, in the article’s words, not theirs.';

const count = (n: number, one: string, best = false): string =>
  `${best ? 'the best ' : ''}${n} ${one}${n === 1 ? '' : 's'}`;

export function quoteResultsView(
  found: FoundSaid,
  page: number,
  asked: string,
  filter: { from?: string; to?: string } = {},
  looseNote?: string,
): View {
  const statements = found.statements ?? [];
  if (!found.results.length && !statements.length)
    return {
      kind: 'info',
      title: 'No quotes found',
      description: `Nothing in the corpus matches ${asked}. Try fewer words, another spelling, or /who to see who is quoted.`,
      items: [],
      ephemeral: true,
    };
  // quotes first, then statements, paged together; only the page shown is formatted
  const all: (QuoteResult | StatementResult)[] = [...found.results, ...statements];
  const p = paginate(all, page, QUOTES_PER_PAGE);
  // past the best few hundred the answer says so rather than give a count it did not make
  const counts = [count(found.results.length, 'result', found.more)];
  if (statements.length) counts.push(count(statements.length, 'reported statement', found.statementsMore));
  const description = [looseNote, statements.length ? STATEMENTS_NOTE : null].filter(Boolean).join('\n');
  return {
    kind: 'result',
    title: `Quotes: ${counts.join(' and ')} for ${asked}${looseNote ? ' (some of the words)' : ''}`,
    ...(description ? { description } : {}),
    items: p.items.map((r) => ('quote' in r ? quoteItem(r, { filter }) : statementItem(r, { filter }))),
    page: p.page,
  };
}

export function ambiguousSpeakerView(name: string, candidates: readonly PersonRecord[]): View {
  return {
    ...errorView(`“${name}” could mean ${candidates.length} people`, 'Say which one with their full name:'),
    items: candidates.slice(0, 10).map((p) => ({
      title: p.name,
      text:
        p.roles[0]?.text ??
        (p.aliases.length > 1
          ? `also written ${p.aliases
              .filter((a) => a !== p.name)
              .slice(0, 3)
              .join(', ')}`
          : undefined),
    })),
  };
}
