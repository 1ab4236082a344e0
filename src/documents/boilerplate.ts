/**
 * What scraped news pages and blogs wrap around an article, as line patterns. Each pattern
 * matches a whole (cleaned) line and carries the reason the check report shows.
 *
 * - `ends`: a line after which nothing is the article any more (comment sections, reply
 *   widgets, reactions, donation appeals, tags, copyright). Everything from it on is stripped.
 * - `blocks`: a heading followed by a list of short link lines ("Related articles"); the
 *   heading and the list are stripped, and the article may continue after it.
 * - `lines`: single lines stripped wherever they stand (credits, ads, cookie banners,
 *   separators, "Read more").
 * - `linkBack`: a reposting blogger's pointer to the original ("More at the link above"):
 *   the article has ended; what follows, up to the page's own end, is the blogger's commentary.
 */
export interface Pattern {
  re: RegExp;
  reason: string;
}

const short = (max: number) => (s: string) => s.length <= max;

export const ENDS: (Pattern & { max: number })[] = [
  { re: /^no comments:?$/i, reason: 'comment section', max: 20 },
  { re: /^(?:post|leave|add|write|submit) a (?:comment|reply|response)\b/i, reason: 'comment form', max: 80 },
  {
    re: /^\d+\s+(?:thoughts?|comments?|responses?|replies|reactions?)\b(?:\s+(?:on|to)\b.*)?$/i,
    reason: 'comment section',
    max: 300,
  },
  {
    re: /^(?:comments?|discussion|join the (?:conversation|discussion)|reader comments|show comments|view comments|load comments)\s*(?:\(\d+\))?:?$/i,
    reason: 'comment section',
    max: 40,
  },
  { re: /^what(?:'|’)?s your reaction\??$/i, reason: 'reaction widget', max: 30 },
  { re: /^(?:share|like) this:?$/i, reason: 'share widget', max: 20 },
  { re: /^share this (?:article|story|post):?$/i, reason: 'share widget', max: 40 },
  { re: /^about the authors?:?$/i, reason: 'author bio', max: 30 },
  { re: /^(?:tags|tagged|filed under|categories|category|posted in|topics)\s*:/i, reason: 'tags', max: 300 },
  { re: /^(?:copyright\b|©|\(c\)\s*\d{4})/i, reason: 'copyright notice', max: 200 },
  {
    re: /^(?:understand|support|help fund|help support|fund|invest in)\b.*\b(?:(?:honest|independent|quality|local|our|free|fearless) (?:news|journalism|reporting|press)|our (?:work|newsroom|journalism|reporting|mission))\b/i,
    reason: 'donation appeal',
    max: 120,
  },
  {
    re: /^(?:donate|donate now|make a donation|become a (?:member|subscriber|patron|supporter))\b/i,
    reason: 'donation appeal',
    max: 80,
  },
  { re: /^(?:sign up|subscribe)\b.*\bnewsletters?\b/i, reason: 'newsletter appeal', max: 160 },
  {
    re: /^(?:fill in your details below|you are commenting using|this site uses akismet)/i,
    reason: 'comment form',
    max: 200,
  },
];

export const BLOCKS: Pattern[] = [
  {
    re: /^(?:related|related (?:articles?|posts?|stories|news|content|coverage|reading|links)|more (?:from|on|stories|news|coverage)\b.{0,60}|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| reading| stories)?|trending(?: now| stories)?|most (?:read|popular|viewed)|popular (?:now|stories)|(?:see|read) also|further reading|editor(?:'|’)?s picks?|top stories)\s*:?$/i,
    reason: 'related-articles list',
  },
];

export const LINES: (Pattern & { max: number })[] = [
  { re: /^[\s•·*=_~#.|+\-–—]{3,}$/, reason: 'separator', max: 200 },
  {
    re: /^(?:image|photo|photograph|picture|illustration|video|graphic|cover image|header image|featured image|top image|file photo)s?(?:\s+(?:via|by|credit|courtesy(?: of)?|source|from)\b|\s*:)/i,
    reason: 'image credit',
    max: 160,
  },
  {
    re: /\b(?:CC BY(?:-[A-Z]{2})*(?:\s+\d\.\d)?|CC0|Getty Images|Shutterstock|AP Photo|iStock(?:photo)?|Unsplash|Wikimedia Commons|Public Domain)\b\)?\.?$/i,
    reason: 'image credit',
    max: 120,
  },
  { re: /^\((?:photo|image|credit)\b[^)]*\)$/i, reason: 'image credit', max: 160 },
  {
    re: /^(?:advertisement|advertisements|ad|sponsored|sponsored content|story continues below(?: advertisement)?|continue reading below|article continues below)$/i,
    reason: 'advertisement',
    max: 40,
  },
  {
    re: /^(?:read more|read more here|continue reading|read the full (?:article|story)|click here to read more)\s*[.…:]*$/i,
    reason: '"read more" link',
    max: 40,
  },
  {
    re: /^(?:read more|read also|see also|related|watch|listen|more|also read)\s*:\s*\S.*$/i,
    reason: 'link to another story',
    max: 200,
  },
  {
    re: /\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|manage (?:cookie|privacy) (?:settings|preferences))\b/i,
    reason: 'cookie banner',
    max: 400,
  },
  {
    re: /^(?:accept|accept all|reject all|decline|agree|i agree|got it|ok|manage preferences|manage settings|privacy policy)$/i,
    reason: 'cookie banner',
    max: 30,
  },
  {
    re: /^(?:skip to (?:main )?content|menu|search|home|log ?in|sign ?in|sign up|subscribe|print|email|share|tweet|facebook|twitter|whatsapp|linkedin|reddit|pinterest|copy link)$/i,
    reason: 'navigation',
    max: 30,
  },
  { re: /^(?:[\p{L}&'’ ]{1,24}\s*[|•·]\s*){2,}[\p{L}&'’ ]{1,24}$/u, reason: 'navigation', max: 200 },
  { re: /^\d{1,6}$/, reason: 'widget counter', max: 6 },
  { re: /^(?:liked by \d+ (?:person|people)|like|reply|\{\{\s*\}\})$/i, reason: 'widget', max: 30 },
  { re: /^(?:<?https?:\/\/\S+>?|www\.\S+)$/i, reason: 'bare link', max: 500 },
];

export const LINK_BACK: RegExp =
  /^(?:more at the link\b|(?:read|see) (?:more|the rest|the (?:full|whole|entire) (?:article|story|piece|report|post))\s+(?:at|here|on|over at|via)\b|continue reading (?:at|on)\b|(?:the )?full (?:story|article|report) (?:at|here)\b|originally (?:published|posted|appeared) (?:at|on|in)\b)/i;

/** An author bio paragraph at the end of an article ("Jane Doe is a reporter at …"). */
export const AUTHOR_BIO: RegExp =
  /^(?:[\p{Lu}][\p{L}.'’-]+\s){1,3}(?:is|was|has been)\s+(?:a|an|the)\s[^.]{0,120}\b(?:reporter|writer|correspondent|editor|columnist|author|journalist|contributor|producer|fellow|professor|analyst)\b|follow (?:him|her|them) on (?:twitter|x|bluesky|threads)\b/iu;

export function matchEnd(line: string): string | null {
  for (const p of ENDS) if (short(p.max)(line) && p.re.test(line)) return p.reason;
  return null;
}

export function matchBlock(line: string): string | null {
  if (line.length > 80) return null;
  for (const p of BLOCKS) if (p.re.test(line)) return p.reason;
  return null;
}

export function matchLine(line: string): string | null {
  for (const p of LINES) if (short(p.max)(line) && p.re.test(line)) return p.reason;
  return null;
}
