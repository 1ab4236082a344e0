/**
 * Roles of a person as the text states them: the title before the name ("Defense Secretary"),
 * an appositive after it (", a CIA Senior Operations Officer who retired …", ", who served as …"),
 * a role noun before it ("the slain … commander Rosa Marquez", "his brother X"), an appositive
 * before it (", his predecessor in the … administration, Mark Bell"), "X of Outlet" and
 * "Outlet’s X".
 */
import type { Token } from '../tokens.ts';
import { foldWord, isPossessive } from '../tokens.ts';
import { HONORIFICS, ROLE_NOUNS } from './lexicon.ts';
import { classifyName, isCapitalised, titleLength, type NameMention } from './mentions.ts';

const MAX_ROLE = 160;
const APPOSITIVE_START = /^(?:a|an|the|his|her|their|who|whose|now|then|once|former|longtime|veteran)$/i;
// verbs of a who-clause that says what someone is or was
const ROLE_VERBS = /^(?:is|was|serves|served|retired|heads|headed|leads|led|oversees|oversaw|runs|ran|works|worked|chairs|chaired|directs|directed|commands|commanded|became|founded|represents|represented)$/i;
const STOP_BACK = new Set(['and', 'or', 'but', 'to', 'of', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'that', 'said', 'says', 'told', 'when', 'while', 'than']);
const DET = /^(?:the|a|an|his|her|their|its|our|my|your)$/i;

function cap(role: string): string {
  // a second predicate is not part of the role: "… who visited X in 2012 and went on to …"
  const and = role.search(/ and (?!\p{Lu})\p{L}+ (?:on|to|then|later)\b/u);
  const text = and > 20 ? role.slice(0, and) : role;
  if (text.length <= MAX_ROLE) return text;
  const cut = text.slice(0, MAX_ROLE);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:\s]+$/, '');
}

/** tokens of the sentence, the mention, and the text: the roles the sentence gives the person */
export function rolesOf(text: string, tokens: readonly Token[], m: NameMention): string[] {
  const roles: string[] = [];
  if (m.title && !HONORIFICS.has(foldWord(m.title))) roles.push(m.title);
  const first = tokens.findIndex((t) => t.start >= m.start);
  // the token holding the name's last character (a possessive token runs past the name)
  const last = tokens.findIndex((t) => t.start < m.end && t.end >= m.end);
  if (first < 0 || last < 0) return roles;
  // a possessive ("Lee’s") has no appositive
  if (!(isPossessive(tokens[last]!.text) && tokens[last]!.end > m.end)) {
    const after = tokens[last + 1];
    // appositive after the name: ", a …," / ", who served as …," / ", Deputy Assistant Secretary …."
    if (after?.text === ',' && tokens[last + 2]) {
      const t0 = tokens[last + 2]!;
      let j = last + 2;
      while (j < tokens.length && !/^[,;.:()—–]$/.test(tokens[j]!.text) && !(tokens[j]!.text === '-' && text[tokens[j]!.start - 1] === ' ')) j++;
      const words = tokens.slice(last + 2, j).map((t) => t.text);
      const isWho = /^(?:who|whose)$/i.test(t0.text);
      // a title alone ("Deputy Assistant Secretary of Defense with …"), not a titled name ("President X …")
      const tl = titleLength(words);
      const titled = isCapitalised(t0) && tl > 0 && !(words[tl] && /^\p{Lu}/u.test(words[tl]!));
      const apposition = APPOSITIVE_START.test(t0.text) && !isWho && words.some((w) => ROLE_NOUNS.has(foldWord(w)) || titleLength([w]) > 0);
      const whoRole = isWho && words.some((w) => ROLE_VERBS.test(w) || ROLE_NOUNS.has(foldWord(w)));
      if (j > last + 2 && (titled || apposition || whoRole)) roles.push(cap(text.slice(t0.start, tokens[j - 1]!.end)));
    }
    // "Mark Bell of the Harbor Herald"
    if (after?.text.toLowerCase() === 'of' && tokens[last + 2] && isCapitalised(tokens[last + 2]!)) {
      let j = last + 2;
      while (j + 1 < tokens.length && isCapitalised(tokens[j + 1]!) && text[tokens[j]!.end] === ' ') j++;
      const org = tokens.slice(last + 2, j + 1).map((t) => t.text);
      if (classifyName(org) === 'org') roles.push(text.slice(m.nameStart, tokens[j]!.end));
    }
  }
  // before the name
  const prev = tokens[first - 1];
  if (prev && prev.word && !isCapitalised(prev) && ROLE_NOUNS.has(foldWord(prev.text))) {
    // "the slain … commander X", "former … official X", "his brother X"
    let k = first - 1;
    while (k - 1 >= 0 && first - k < 12) {
      const t = tokens[k - 1]!;
      if (!t.word || STOP_BACK.has(t.text.toLowerCase())) break;
      k--;
      if (DET.test(t.text)) break;
    }
    roles.push(cap(text.slice(tokens[k]!.start, prev.end)));
  } else if (prev && isPossessive(prev.text) && isCapitalised(prev)) {
    // "the Harbor Herald’s Mark Bell"
    let k = first - 1;
    while (k - 1 >= 0 && isCapitalised(tokens[k - 1]!) && text[tokens[k - 1]!.end] === ' ') k--;
    const org = tokens.slice(k, first).map((t) => t.text.replace(/['’]s$/, ''));
    if (classifyName(org) === 'org') {
      if (k > 0 && /^the$/i.test(tokens[k - 1]!.text)) k--;
      roles.push(text.slice(tokens[k]!.start, m.end));
    }
  } else if (prev?.text === ',') {
    // ", his predecessor in the … administration, Mark Bell" · "His father, Robert Hale, founded …"
    let k = first - 2;
    while (k >= 0 && !/^[,;:.()—–]$/.test(tokens[k]!.text)) k--;
    const atStart = k < 0;
    const chunk = tokens.slice(k + 1, first - 1);
    for (let d = 0; d < chunk.length; d++) {
      if (!DET.test(chunk[d]!.text)) continue;
      const head = chunk.slice(d + 1, d + 4).findIndex((t) => ROLE_NOUNS.has(foldWord(t.text)) && !isCapitalised(t));
      if (head >= 0 && (tokens[k]?.text === ',' || (atStart && d === 0))) {
        roles.push(cap(text.slice(chunk[d]!.start, chunk[chunk.length - 1]!.end)));
        break;
      }
    }
  }
  return [...new Set(roles)];
}
