/**
 * General knowledge the text leaves implicit: famous dated events named without a date, and US
 * presidential administrations (news writes "the early days of the administration"). Kept small
 * and general on purpose: nothing here comes from any particular corpus.
 */

export interface NamedEvent {
  /** matched case-insensitively on word boundaries */
  pattern: string;
  date: string;
  /** the end of an event that lasted (wars): "after World War II" is 1945 */
  end?: string;
  /**
   * a name that carries no date ("Pearl Harbor") is a temporal expression only when a temporal
   * preposition governs it ("after Pearl Harbor"); a name that contains one ("9/11") always is.
   */
  needsPreposition: boolean;
}

export const NAMED_EVENTS: NamedEvent[] = [
  {
    pattern: String.raw`(?:the\s+)?(?:Sept\.?|September)\s+11(?:th)?,?\s+(?:2001,?\s+)?(?:terrorist\s+|terror\s+)?attacks?`,
    date: '2001-09-11',
    needsPreposition: false,
  },
  {
    pattern: String.raw`(?:the\s+)?9/11(?:\s+(?:terrorist\s+|terror\s+)?attacks?)?`,
    date: '2001-09-11',
    needsPreposition: false,
  },
  {
    pattern: String.raw`(?:the\s+)?(?:Jan\.?|January)\s+6(?:th)?\s+(?:Capitol\s+)?(?:attack|riot|insurrection|assault)`,
    date: '2021-01-06',
    needsPreposition: false,
  },
  {
    pattern: String.raw`(?:the\s+)?(?:Oct\.?|October)\s+7(?:th)?\s+(?:terrorist\s+|terror\s+)?(?:attacks?|massacre|assault)`,
    date: '2023-10-07',
    needsPreposition: false,
  },
  { pattern: String.raw`(?:the\s+)?7/7\s+(?:attacks|bombings)`, date: '2005-07-07', needsPreposition: false },
  {
    pattern: String.raw`(?:the\s+)?(?:attack\s+on\s+)?Pearl\s+Harbor(?:\s+attack)?`,
    date: '1941-12-07',
    needsPreposition: true,
  },
  { pattern: String.raw`the\s+fall\s+of\s+the\s+Berlin\s+Wall`, date: '1989-11-09', needsPreposition: true },
  { pattern: String.raw`the\s+end\s+of\s+the\s+Cold\s+War`, date: '1991', needsPreposition: true },
  { pattern: String.raw`the\s+fall\s+of\s+Kabul`, date: '2021-08-15', needsPreposition: true },
  {
    pattern: String.raw`(?:the\s+)?(?:First\s+World\s+War|World\s+War\s+(?:I|One|1))`,
    date: '1914',
    end: '1918',
    needsPreposition: true,
  },
  {
    pattern: String.raw`(?:the\s+)?(?:Second\s+World\s+War|World\s+War\s+(?:II|Two|2))`,
    date: '1939',
    end: '1945',
    needsPreposition: true,
  },
  { pattern: String.raw`the\s+(?:2008\s+)?(?:global\s+)?financial\s+crisis`, date: '2008', needsPreposition: true },
  { pattern: String.raw`the\s+(?:COVID(?:-19)?|coronavirus)\s+pandemic`, date: '2020-03', needsPreposition: true },
  { pattern: String.raw`the\s+Boston\s+Marathon\s+bombings?`, date: '2013-04-15', needsPreposition: true },
];

export interface Administration {
  name: string;
  start: string;
  end: string | null;
}

/** US presidential administrations since 1977 (start and end are inauguration days) */
export const ADMINISTRATIONS: Administration[] = [
  { name: 'Carter', start: '1977-01-20', end: '1981-01-20' },
  { name: 'Reagan', start: '1981-01-20', end: '1989-01-20' },
  { name: 'Bush', start: '1989-01-20', end: '1993-01-20' },
  { name: 'Clinton', start: '1993-01-20', end: '2001-01-20' },
  { name: 'Bush', start: '2001-01-20', end: '2009-01-20' },
  { name: 'Obama', start: '2009-01-20', end: '2017-01-20' },
  { name: 'Trump', start: '2017-01-20', end: '2021-01-20' },
  { name: 'Biden', start: '2021-01-20', end: '2025-01-20' },
  { name: 'Trump', start: '2025-01-20', end: null },
];

export const ADMINISTRATION_NAMES = [...new Set(ADMINISTRATIONS.map((a) => a.name))];

/**
 * Nouns that name events: "before the attack" refers back to a dated attack earlier in the
 * text. Other nouns ("before the committee") are not events and are not resolved.
 */
export const EVENT_NOUNS = new Set(
  `attack attacks bombing bombings shooting shootings massacre assault raid raids strike strikes invasion war
  election elections vote referendum primary primaries summit meeting meetings talks conference hearing hearings
  trial verdict ruling coup uprising revolution protest protests riot riots crash explosion blast earthquake
  hurricane storm flood fire pandemic outbreak crisis ceasefire truce deal agreement treaty announcement
  speech interview inauguration resignation poisoning assassination killing killings murder arrest arrests
  incident operation offensive withdrawal annexation collapse disaster scandal leak report visit trip
  election's attack's`
    .split(/\s+/)
    .filter(Boolean),
);
