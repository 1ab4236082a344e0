import type { CorpusDocument } from '../documents/types.ts';
import type { Candidate, Profile } from '../services/profile.ts';
import { formatIsoDate } from '../text/iso-date.ts';
import { clip } from './discord-limits.ts';
import { documentLink, errorView, UNKNOWN, type View, type ViewItem, type ViewLine, type ViewLink } from './model.ts';
import { reportedWords } from './statement-view.ts';
import { eventDate } from './timeline-view.ts';

// Caps per section keep a full profile within one Discord message (10 embeds, 6000 characters)
// so the renderer never has to drop a whole section; the console shows the same.
export const WHO_CAPS = {
  roles: 6,
  appearances: 8,
  events: 8,
  quoteChars: 300,
  /** statements are already few; each lists this many of the articles reporting it, then counts the rest */
  statementChars: 200,
  statementLinks: 2,
  roleChars: 150,
  summaryChars: 200,
} as const;

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function docLink(d: CorpusDocument): ViewLink {
  return documentLink(d, `outlet ${UNKNOWN}`);
}

/**
 * The lines of the items that fit, and one saying how many more there are and where to see
 * them. Only the items shown are made into lines: a big name has hundreds of articles and events.
 */
function capped<T>(items: readonly T[], max: number, more: string, line: (item: T) => ViewLine): ViewLine[] {
  const lines = items.slice(0, max).map(line);
  return items.length <= max ? lines : [...lines, { text: `…and ${items.length - max} more (${more})`, links: [] }];
}

/** The lines under the name: other names, how often quoted (and reported as saying something). */
function summary(p: Profile): string {
  const quoted = p.appearances.filter((a) => a.quotes > 0).length;
  return [
    p.otherNames.length ? `Also written: ${p.otherNames.join(', ')}` : 'No other names seen.',
    p.quoteCount
      ? `Quoted ${plural(p.quoteCount, 'time')}${p.distinctQuotes !== p.quoteCount ? ` (${plural(p.distinctQuotes, 'distinct quote')})` : ''} in ${quoted} of ${plural(p.appearances.length, 'article')} naming them.`
      : `Not quoted; named in ${plural(p.appearances.length, 'article')}.`,
    p.statementCount
      ? `Reported as saying something ${plural(p.statementCount, 'time')} (reported speech, not their exact words).`
      : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * "Reported as saying", only for someone who is (most people never are): the statements in the
 * article's words, never in quotation marks, each with the first few articles reporting it.
 */
function reportedSection(p: Profile): ViewItem[] {
  if (!p.statements.length) return [];
  const lines = p.statements.map((c) => {
    const shown = c.documents.slice(0, WHO_CAPS.statementLinks);
    const rest = c.documents.length - shown.length;
    const words = reportedWords(p.person.name, c.statement, clip(c.statement.text, WHO_CAPS.statementChars));
    return {
      text: `${words} (reported by ${plural(c.documents.length, 'article')})`,
      links: [...shown.map(docLink), ...(rest > 0 ? [{ label: `and ${rest} more`, url: null }] : [])],
    };
  });
  return [{ title: 'Reported as saying', lines }];
}

export function whoView(p: Profile): View {
  const name = p.person.name;
  const description = summary(p);

  const roles: ViewItem = {
    title: 'Roles',
    lines: p.roles.length
      ? capped(p.roles, WHO_CAPS.roles, 'roles given less often', (r) => ({
          text: clip(r.text, WHO_CAPS.roleChars),
          links: r.documents.length ? r.documents.map(docLink) : [{ label: `outlet ${UNKNOWN}`, url: null }],
        }))
      : [{ text: 'No role or title is given in the articles.', links: [] }],
  };

  const quotes: ViewItem = {
    title: 'Most-cited quotes',
    lines: p.topQuotes.length
      ? p.topQuotes.map((c) => ({
          text: `“${clip(c.quote.text, WHO_CAPS.quoteChars)}” (reported by ${plural(c.documents.length, 'article')})`,
          links: c.documents.map(docLink),
        }))
      : [{ text: 'Not quoted in the articles.', links: [] }],
  };

  const mentioned: ViewItem = {
    title: `Mentioned in ${plural(p.appearances.length, 'article')}`,
    lines: capped(p.appearances, WHO_CAPS.appearances, 'see /sources', ({ document: d, quotes: n }) => ({
      text: [
        formatIsoDate(d.published),
        d.title ?? `title ${UNKNOWN}`,
        n ? plural(n, 'quote') : null,
        d.url || d.copyUrl ? null : `link ${UNKNOWN}`,
      ]
        .filter(Boolean)
        .join(' · '),
      links: [docLink(d)],
    })),
  };

  const events: ViewItem = {
    title: 'Dated events',
    lines: p.events.length
      ? capped(p.events, WHO_CAPS.events, `see /timeline person:${name}`, (e) => ({
          text: `${eventDate(e.event.date, e.event.qualifier, e.event.rangeEnd)}: ${clip(e.event.summary, WHO_CAPS.summaryChars)}`,
          links: e.documents.map(docLink),
        }))
      : [{ text: 'No dated event in the articles names them.', links: [] }],
  };

  const withWhom: ViewItem = {
    title: 'Often mentioned with',
    lines: p.coMentioned.length
      ? p.coMentioned.map((c) => ({
          text: c.sentences
            ? `${c.person.name}: in ${plural(c.sentences, 'sentence')} together, ${plural(c.documents, 'article')} in common`
            : `${c.person.name}: ${plural(c.documents, 'article')} in common`,
          links: [],
        }))
      : [{ text: 'Nobody else is named in the articles that name them.', links: [] }],
  };

  // only point at commands that have something to show for this person
  const more = [
    p.quoteCount || p.statementCount ? `/quote speaker:${name}` : null,
    p.events.length ? `/timeline person:${name}` : null,
  ].filter(Boolean);
  return {
    kind: 'result',
    title: name,
    description,
    items: [roles, quotes, ...reportedSection(p), mentioned, events, withWhom],
    ...(more.length ? { footer: `More: ${more.join(' · ')}` } : {}),
  };
}

// the heading embed and one per candidate: Discord allows 10 embeds a message
const SHOWN_CANDIDATES = 9;

/** `total`: how many people the name matches (the service describes only the first few). */
export function ambiguousWhoView(name: string, candidates: readonly Candidate[], total = candidates.length): View {
  const shown = candidates.slice(0, SHOWN_CANDIDATES);
  return {
    ...errorView(
      `“${name}” could mean ${total} people`,
      `Say which one with the full name (the list that appears as you type has them all)${total > shown.length ? `; the first ${shown.length} are` : ''}:`,
    ),
    items: shown.map((c) => ({
      title: c.person.name,
      text: [
        c.role ? clip(c.role, WHO_CAPS.roleChars) : null,
        c.outlets.length ? c.outlets.join(', ') : null,
        `named in ${plural(c.documents, 'article')}`,
      ]
        .filter(Boolean)
        .join(' · '),
    })),
  };
}

export function unknownWhoView(name: string, quotedSpeaker: string | null, peopleCount: number): View {
  if (quotedSpeaker) {
    return errorView(
      `Nobody called “${name}” has a profile`,
      `“${quotedSpeaker}” is quoted, but as an organisation or a document, not a person. Try /quote speaker:${quotedSpeaker}`,
    );
  }
  const why = peopleCount
    ? `None of the ${plural(peopleCount, 'person', 'people')} named in the articles goes by that name.`
    : 'No people have been identified in the articles yet.';
  return errorView(
    `Nobody called “${name}” is known`,
    `${why} On Discord, pick a name from the list that appears as you type; or search what was said with /quote query:<words>.`,
  );
}
