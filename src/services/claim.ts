/**
 * A claim as people make it in a chat: "Lee said the plan would fail", "the plan will fail, according
 * to Lee", "Lee: the plan will fail". The speaker it names (a full name, a surname, perhaps misspelt)
 * is kept apart from what was said, so the search looks for the words and prefers that speaker.
 */
import { isLikelyMisspelling } from '../text/edit-distance.ts';
import { foldText } from '../text/fold.ts';

export interface Claim {
  /** the speaker the claim names, as written, or null */
  speaker: string | null;
  /** what the claim says was said, without the reporting words */
  content: string;
}

// a name as people type it: one to four words, the first capitalised ("Lee", "Ann Lee", "Sen. Ann Lee")
const NAME = String.raw`((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|President|Senator|Governor)\.?\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})`;
const VERB = String.raw`(?:said|says|say|claimed|claims|told\s+\S+|tells\s+\S+|wrote|writes|tweeted|tweets|argued|argues|insisted|insists|stated|states|admitted|admits|warned|warns|suggested|suggests|predicted|predicts|believes|thinks|thought|promised|promises|vowed|vows|denied|denies|announced|announces|reckons|reckoned|noted|notes|added|adds|explained|explains|testified|maintains|maintained|asked|asks)`;
const LEADING = new RegExp(
  String.raw`^\s*(?:so\s+|and\s+|apparently\s+|didn'?t\s+)?${NAME}\s+(?:(?:once|also|literally|actually|basically|just|even|really|reportedly|supposedly|publicly)\s+)?${VERB}\b[\s,:]*(?:that\b\s*)?(.+)$`,
  'su',
);
const ACCORDING_FIRST = new RegExp(String.raw`^\s*according\s+to\s+${NAME}\s*,?\s*(.+)$`, 'isu');
const ACCORDING_LAST = new RegExp(String.raw`^(.+?)[\s,;–—-]+according\s+to\s+${NAME}[\s.!?]*$`, 'isu');
const TRAILING = new RegExp(String.raw`^(.+?)[,;–—-]+\s*(?:${NAME}\s+${VERB}|${VERB}\s+${NAME})[\s.!?]*$`, 'su');
const LABEL = new RegExp(String.raw`^\s*${NAME}\s*:\s*(.+)$`, 'su');
// capitalised words that open a claim but name no one ("The plan said …" is no speaker)
const NOT_A_NAME = /^(?:the|a|an|this|that|it|he|she|they|we|i|you|there|everyone|nobody|someone|people|also|so)$/i;

/** The speaker and the content of a claim; a claim that names no one is all content. */
export function readClaim(message: string): Claim {
  const text = message.replace(/\s+/g, ' ').trim();
  const tries: [RegExp, number, number][] = [
    [ACCORDING_FIRST, 1, 2],
    [ACCORDING_LAST, 2, 1],
    [LEADING, 1, 2],
    [TRAILING, 2, 1],
    [LABEL, 1, 2],
  ];
  for (const [re, nameAt, contentAt] of tries) {
    const m = re.exec(text);
    if (!m) continue;
    // TRAILING has the name in either of its two places
    const name = (re === TRAILING ? (m[2] ?? m[3]) : m[nameAt])?.trim() ?? '';
    const content = (re === TRAILING ? m[1] : m[contentAt])?.trim() ?? '';
    const first = name.split(/\s+/)[0] ?? '';
    if (!name || NOT_A_NAME.test(first) || content.split(/\s+/).length < 2) continue;
    return { speaker: name.replace(/[.,]+$/, ''), content };
  }
  return { speaker: null, content: text };
}

const nameWords = (name: string): string[] =>
  foldText(name)
    .split(/[^\p{L}'’-]+/u)
    .filter((w) => w.length > 1 && !/^(?:mr|mrs|ms|dr|sen|rep|gov|gen|president|senator|governor)$/.test(w));

/**
 * The claim names this speaker: its last name word is one of theirs (or that word misspelt by a
 * letter), and any other name word it gives is theirs too ("Lee", "Ann Lee" and "Ann Leee" are Ann
 * Lee; "Bo Lee" is not).
 */
export function namesSpeaker(claimed: string, names: readonly string[]): boolean {
  const want = nameWords(claimed);
  const last = want.at(-1);
  if (!last) return false;
  return names.some((n) => {
    const have = nameWords(n);
    const fits = (w: string): boolean => have.some((h) => h === w || isLikelyMisspelling(h, w));
    return fits(last) && want.every(fits);
  });
}
