/**
 * The words that report speech without quoting it, and the words around them that say the speech
 * did not happen. General English only: nothing here knows any article.
 */
import { isSpeechVerb } from '../people/mentions.ts';
import { foldWord } from '../tokens.ts';

// speech verbs of the quote rules that report no statement: beliefs and feelings ("he thinks that"),
// naming, judging and describing ("called it", "praised", "accused him of"), remembering, shouting,
// posting, agreeing and proposing; and nouns more often than verbs ("states", "remarks", "a report")
const NOT_REPORTING =
  /^(?:think|thinks|thought|thinking|believ\w*|wonder\w*|continu\w*|describ\w*|call|calls|called|calling|quot\w*|remember\w*|answer\w*|boom\w*|thunder\w*|yell\w*|scream\w*|cry|cries|cried|crying|sigh\w*|chant\w*|posted|posting|text|texts|texted|texting|gush\w*|marvel\w*|fum\w*|rant|rants|ranted|ranting|snap\w*|mutter\w*|demand\w*|comment\w*|recount\w*|interject\w*|chimed|laugh\w*|thank\w*|critici[sz]\w*|prais\w*|accus\w*|mock\w*|dismiss\w*|blast\w*|charg\w*|tout\w*|reflect\w*|decr(?:y|ies|ied|ying)|plead\w*|echo\w*|propos\w*|agree\w*|spoke|speak\w*|conclud\w*|indicat\w*|mention\w*|point|points|pointed|pointing|states|remark|remarks|reason|reasons|report|suggesting|brand\w*|mean|means|meant|meaning|hail\w*|slam\w*|condemn\w*|welcom\w*|applaud\w*|celebrat\w*)$/;
// reporting verbs the quote rules do not use as speech verbs
const MORE_REPORTING = new Set('estimate estimates estimated estimating'.split(' '));

/** A verb that reports what someone said or wrote ("said", "told", "warned", "tweeted"). */
export function isReportingVerb(w: string): boolean {
  const f = foldWord(w);
  return MORE_REPORTING.has(f) || (isSpeechVerb(w) && !NOT_REPORTING.test(f));
}

/** Verbs whose object is the one spoken to ("told reporters that …", "asked him whether …"). */
export const ADDRESSEE_VERB =
  /^(?:tell|tells|told|telling|warn|warns|warned|warning|assure|assures|assured|assuring|reassure|reassures|reassured|remind|reminds|reminded|reminding|inform|informs|informed|informing|ask|asks|asked|asking|promise|promises|promised|promising|urge|urges|urged|urging)$/i;

/** Verbs that report a commitment as an infinitive ("vowed to fight on"): the "to" clause is what was said. */
export const INFINITIVE_VERB =
  /^(?:promise|promises|promised|promising|vow|vows|vowed|vowing|pledge|pledges|pledged|pledging|threaten|threatens|threatened|threatening)$/i;

/** Verbs that report a question ("asked whether the vote would hold"). */
export const QUESTION_VERB = /^(?:ask|asks|asked|asking|wonder|wonders|wondered|question|questioned)$/i;

/** Words that open a reported question. */
export const QUESTION_WORD = /^(?:whether|if|why|how|what|who|whom|when|where|which)$/i;

/** Object pronouns and plain nouns for an audience: the addressee after "told" ("told reporters"). */
export const AUDIENCE =
  /^(?:me|him|her|us|them|you|reporters|journalists|supporters|voters|viewers|listeners|readers|lawmakers|students|donors|members|crowd|crowds|audience|audiences|delegates|attendees|people|Americans|residents|parents|workers|employees|investors|colleagues|congress|committee|senators|interviewers|host|hosts|anchor|panel|jury|court|judge|police|officials|agents|investigators|guests|followers|fans|everyone|everybody|anyone)$/i;

/** Auxiliaries and the like before the verb that belong to the cue ("has long maintained", "also said"). */
export const CUE_LEAD =
  /^(?:has|have|had|also|long|repeatedly|previously|again|later|earlier|then|once|first|recently|publicly|privately|often|frequently|since|already|further|now|soon|still|today|yesterday|both|all|himself|herself|themselves|itself|\p{Ll}+ly|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** Before the verb: the speech is denied or only supposed ("did not say", "would say", "declined to say"). */
export const NOT_SAID =
  /^(?:not|n't|never|no|nor|neither|would|could|might|may|should|must|can|cannot|can't|from|dares|dare|didn't|doesn't|don't|won't|wouldn't|couldn't|hasn't|haven't|hadn't|isn't|wasn't|refused|declined|refuses|declines|failed|fails|unwilling|reluctant|hesitant|yet)$/i;

/** Before "to say": the speech is refused, expected or wished for, not reported ("declined to say", "is expected to say"). */
export const NOT_YET_SAID =
  /^(?:declined|declines|declining|refused|refuses|refusing|failed|fails|expected|likely|unlikely|going|want|wants|wanted|plans|planned|hopes|hoped|ready|able|unable|asked|urged|pressed|pressure|set|due|scheduled|need|needs|needed|chance|time|reluctant|willing|unwilling|try|tried|tries|trying|seemed|seems|appeared|appears|soon|early|hard|difficult|impossible|fair|safe|enough|foolish|wrong|plan|plans|intend|intends|intended|aim|aims|vote|voted|votes|allowed|permitted|forced|prepared)$/i;

/** Words that open a hypothetical clause: "if Lee says …" reports nothing. */
export const HYPOTHETICAL = /^(?:if|unless|whether|should|lest|suppose|supposing|imagine)$/i;

/** Auxiliaries, copulas and modals: a run of words holding one is a clause, not a noun phrase. */
export const FINITE =
  /^(?:is|are|was|were|am|will|would|could|can|should|shall|may|might|must|has|have|had|do|does|did|won't|can't|cannot|isn't|aren't|wasn't|weren't|doesn't|didn't|don't|hasn't|haven't|hadn't|wouldn't|couldn't|shouldn't|ain't)$/i;

/** Common finite verbs that are also participles or nouns: a clause's verb only soon after its subject. */
export const WEAK_FINITE =
  /^(?:needs|wants|plans|intends|hopes|seems|appears|remains|means|knows|thinks|believes|says|said|got|gets|made|makes|took|takes|went|goes|came|comes|gave|gives|saw|sees|left|kept|lost|won|ran|became|felt|told|found|began|paid|let|lied|supports|opposes|lacks|owes|deserves|faces|holds|keeps|leads|runs|tries|works|helps|puts|sets|stands|won't)$/i;

/** Subject pronouns: a run that opens with one is a clause ("he would run", "they lost"). */
export const SUBJECT_PRONOUN = /^(?:he|she|they|we|i|it|there|you)(?:['’](?:s|d|ll|re|ve|m))?$/i;

/** After "…, Lee said": where or when, and nothing else, before the sentence ends ("on Monday", "in a statement"). */
export const TAIL_SETTING =
  /^(?:in|on|at|during|after|before|last|this|earlier|later|today|yesterday|tonight|recently|again|also)$/i;

/** Where or when the speaking happened, between the verb and what was said ("said on Monday that"). */
export const SETTING_WORD =
  /^(?:in|on|at|during|after|before|last|this|earlier|later|today|yesterday|tonight|recently|again|also|repeatedly|publicly|privately|previously|late|early|back|out|over|via|through|from|to|with|before)$/i;
