/**
 * Words that report speech, found in a sentence with their offsets.
 *
 * A hand-made list: the NLP libraries tried (compromise 14) did not tag the
 * participles news writing uses for speech (", adding,", ", warning that") nor
 * the South Asian names these articles carry, so the list is the rule here.
 */

export interface SpeechVerb {
  start: number;
  end: number;
  /** The word as printed. */
  text: string;
  /** Its dictionary form ("warned" → "warn"). */
  lemma: string;
  /** An -ing form after a comma (", stating that …"): its subject is the main clause's. */
  participle: boolean;
  /** Whether "that" or a clause follows, so what follows is reported speech. */
  takesClause: boolean;
}

/** Dictionary form → its finite forms (past, third person, base). The -ing form is derived. */
const VERBS: Record<string, readonly string[]> = {
  say: ['said', 'says', 'say'],
  state: ['stated', 'states'],
  tell: ['told', 'tells'],
  warn: ['warned', 'warns', 'warn'],
  add: ['added', 'adds'],
  assert: ['asserted', 'asserts'],
  accuse: ['accused', 'accuses'],
  deny: ['denied', 'denies', 'deny'],
  claim: ['claimed', 'claims'],
  insist: ['insisted', 'insists', 'insist'],
  note: ['noted', 'notes', 'note'],
  reveal: ['revealed', 'reveals'],
  maintain: ['maintained', 'maintains', 'maintain'],
  reiterate: ['reiterated', 'reiterates'],
  caution: ['cautioned', 'cautions'],
  urge: ['urged', 'urges'],
  allege: ['alleged', 'alleges', 'allege'],
  argue: ['argued', 'argues', 'argue'],
  stress: ['stressed', 'stresses'],
  emphasise: ['emphasised', 'emphasized', 'emphasises', 'emphasizes'],
  explain: ['explained', 'explains'],
  declare: ['declared', 'declares'],
  announce: ['announced', 'announces'],
  write: ['wrote', 'writes'],
  post: ['posted'],
  tweet: ['tweeted'],
  reply: ['replied', 'replies'],
  remark: ['remarked'],
  observe: ['observed', 'observes'],
  describe: ['described', 'describes'],
  demand: ['demanded', 'demands'],
  vow: ['vowed', 'vows'],
  threaten: ['threatened', 'threatens'],
  hope: ['hoped', 'hopes'],
  acknowledge: ['acknowledged', 'acknowledges'],
  confirm: ['confirmed', 'confirms'],
  ask: ['asked', 'asks'],
  term: ['termed', 'terms'],
  dismiss: ['dismissed'],
  reject: ['rejected', 'rejects'],
  condemn: ['condemned', 'condemns'],
  blame: ['blamed', 'blames'],
  recall: ['recalled'],
  suggest: ['suggested', 'suggests'],
  predict: ['predicted'],
  concede: ['conceded'],
  admit: ['admitted'],
  contend: ['contended'],
};

/** The -ing forms that report speech after a comma. */
const PARTICIPLES: Record<string, string> = {
  saying: 'say',
  stating: 'state',
  telling: 'tell',
  warning: 'warn',
  adding: 'add',
  noting: 'note',
  claiming: 'claim',
  insisting: 'insist',
  accusing: 'accuse',
  urging: 'urge',
  denying: 'deny',
  describing: 'describe',
  asking: 'ask',
  arguing: 'argue',
  stressing: 'stress',
  alleging: 'allege',
  vowing: 'vow',
  cautioning: 'caution',
  declaring: 'declare',
};

const FORMS = new Map<string, string>(Object.entries(VERBS).flatMap(([lemma, forms]) => forms.map((form) => [form, lemma] as const)));

/** Base forms ("warn", "note") are also nouns and imperatives: verbs only after a plural subject or a pronoun. */
const BASE_FORMS = new Set(Object.entries(VERBS).flatMap(([lemma, forms]) => forms.filter((form) => form === lemma)));
/** Forms ending in -s that are nouns as often as verbs ("the claims", "his remarks"). */
const NOUN_LIKE = new Set(['claims', 'notes', 'demands', 'hopes', 'states', 'posts', 'terms', 'vows', 'replies']);

const DETERMINERS = /^(?:a|an|the|his|her|its|their|our|this|that|these|those|such|no|any|some)$/i;

export interface SpeechVerbOptions {
  /** Offset ranges (quotations) inside which words are the speaker's, not the reporter's, and are skipped. */
  skip?: readonly { open: number; close: number }[];
}

/** The speech verbs of a sentence, in order. */
export function speechVerbs(sentence: string, options: SpeechVerbOptions = {}): SpeechVerb[] {
  const found: SpeechVerb[] = [];
  const inside = (at: number) => (options.skip ?? []).some((range) => at >= range.open && at < range.close);
  for (const match of sentence.matchAll(/[A-Za-z]+/g)) {
    const start = match.index;
    if (inside(start)) continue;
    const word = match[0];
    const lower = word.toLowerCase();
    const before = sentence.slice(0, start);
    const previousWord = /([A-Za-z’']+)\W*$/.exec(before)?.[1] ?? '';
    const after = sentence.slice(start + word.length);
    const participleLemma = PARTICIPLES[lower];
    if (participleLemma) {
      // Only after a comma or at a clause start ("…, adding, “…”", "…, warning that …"); "Responding to" is not speech.
      const afterComma = /,\s*$/.test(before) || /(?:^|\s)(?:while|before|after)\s+$/i.test(before);
      // "with a spokesperson stating": the noun before it is the subject, as with a finite verb.
      const withSubject = /\bwith\s+(?:an?|the|one|its|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}\s+$/i.test(before);
      if (withSubject) {
        found.push({ start, end: start + word.length, text: word, lemma: participleLemma, participle: false, takesClause: takesClause(after) });
        continue;
      }
      if (!afterComma) continue;
      found.push({ start, end: start + word.length, text: word, lemma: participleLemma, participle: true, takesClause: takesClause(after) });
      continue;
    }
    const lemma = FORMS.get(lower);
    if (!lemma) continue;
    if (/^[A-Z]/.test(word) && start > 0 && !/[.!?]\s*$/.test(before) && lemma !== 'say') continue; // a capitalised word mid-sentence is a name ("Post", "Note")
    if (DETERMINERS.test(previousWord)) continue; // "the claims", "a warning", "his remarks"
    if (NOUN_LIKE.has(lower) && !/^\s+(?:that|to|the|a|an|it|he|she|they)\b/i.test(after)) continue;
    if (BASE_FORMS.has(lower) && !/(?:s|they|we|you|i|officials|analysts|observers|experts|sources)$/i.test(previousWord)) continue;
    found.push({ start, end: start + word.length, text: word, lemma, participle: false, takesClause: takesClause(after) });
  }
  // "according to officials": the speaker follows the words that attribute.
  for (const match of sentence.matchAll(/\b[Aa]ccording to\b/g)) {
    if (inside(match.index)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], lemma: 'according-to', participle: false, takesClause: true });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "that …", or a subject and a verb ("said the delegation avoided …"), rather than an object ("accused Kabul of …"). */
function takesClause(after: string): boolean {
  if (/^\s*(?:,\s*)?that\b/i.test(after)) return true;
  if (/^\s+(?:to|of|on|in|at|for|with|by|about|over|against|from|as)\b/i.test(after)) return false;
  return /^\s+(?:(?:the|a|an|it|he|she|they|we|pakistan|afghanistan|islamabad|kabul)\b|[A-Z])[^,.;]*?\b(?:is|was|were|are|had|has|have|would|will|could|should|can|must|did|[a-z]+ed)\b/i.test(after);
}

/** Nouns that introduce a quotation with no verb ("the familiar Taliban phrase that “…”"). */
export const SPEECH_NOUNS = /\b(phrase|slogan|saying|motto|refrain)\b(?:\s+that)?\s*$/i;
