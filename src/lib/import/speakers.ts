/**
 * Who is speaking: a sentence's subject ("Pakistan's Information Minister,
 * Attaullah Tarar,", "he", "the minister", "officials") resolved to an actor
 * the site has, by its name, aliases and the sources' descriptions of it;
 * or, where none fits, a new actor drafted with the text's own words.
 */
import type { ActorKindId } from '../../schemas/actors.ts';

export type Confidence = 'high' | 'medium' | 'low';

/** An actor the resolver knows: one the site has, or one drafted earlier in the same import. */
export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKindId;
  /** Name, aliases, role and the sources' descriptions, as printed. */
  phrases: readonly string[];
  /** Drafted by this import, not on the site. */
  drafted?: boolean;
  /**
   * An unnamed speaker or a generic group ("A security official", "Analysts"): another article's "officials" are not
   * this one's, so such an actor is matched only within the article that describes it.
   */
  perSource?: boolean;
}

/** A speaker the site does not have yet, in the text's own words. */
export interface NewActor {
  id: string;
  name: string;
  kind: ActorKindId;
  /** The source's words that describe or name them, verbatim. */
  described: string;
}

export interface SpeakerChoice {
  actor: string;
  /** Set when the actor is drafted by this import. */
  newActor?: NewActor;
  reason: string;
  confidence: Confidence;
}

/** The entries of content/actors/ the resolver needs. */
export interface ActorEntry {
  id: string;
  name: string;
  kind: ActorKindId;
  role?: string;
  aliases?: readonly { text: string }[];
  roleAsReported?: readonly { text: string }[];
}

const SPEECH_TAIL = /\s+(?:said|says|say|note|notes|noted|warn|warns|warned|stated|told|reported)$/i;

/** Folds a phrase for comparison: case, apostrophes, spelling variants, spaces and leading articles. */
export function foldPhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\bdefense\b/g, 'defence')
    .replace(/\bturkiye\b|\btürkiye\b/g, 'turkey')
    .replace(/[,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an)\s+/, '');
}

/** The phrases an actor entry is known by; long descriptions (whole sentences) are left out, and a trailing "said" dropped. */
export function knownActor(entry: ActorEntry): KnownActor {
  const phrases = [entry.name, entry.role, ...(entry.aliases ?? []).map((alias) => alias.text), ...(entry.roleAsReported ?? []).map((role) => role.text)]
    .filter((phrase): phrase is string => typeof phrase === 'string' && phrase.split(/\s+/).length <= 8)
    .map((phrase) => phrase.replace(SPEECH_TAIL, ''))
    // "The minister", "Pakistan's defence minister": an office, not a name. Another article's minister may be another
    // person (offices change hands), so such words find a speaker only through the article's own names.
    .filter((phrase) => !isOfficeOnly(phrase) || entry.kind !== 'person');
  const governmentOf = /^Government of (.+)$/i.exec(entry.name)?.[1];
  if (governmentOf) phrases.push(governmentOf); // "Pakistan urged …" is its government speaking
  if (entry.kind === 'person') {
    const family = entry.name.split(/\s+/).at(-1);
    if (family && family.length >= 4 && family !== entry.name) phrases.push(family);
  }
  const generic = entry.kind === 'unnamed-person' || (entry.kind === 'group' && !/\s[A-Z]|^[A-Z][a-z]*[A-Z]/.test(entry.name) && !/\b[A-Z]{2,}\b/.test(entry.name));
  return { id: entry.id, name: entry.name, kind: entry.kind, phrases: [...new Set(phrases)], ...(generic ? { perSource: true } : {}) };
}

const PRONOUNS: Record<string, 'person' | 'group'> = { he: 'person', she: 'person', they: 'group', his: 'person', her: 'person' };
const PERSON_KINDS = new Set<ActorKindId>(['person', 'unnamed-person']);

/** Words that are roles or places, never part of a person's name. */
const NOT_NAME = new Set(
  'Pakistan Pakistani Pakistan’s Pakistan\'s Afghanistan Afghan Afghanistan’s Afghanistan\'s Taliban Taliban’s Taliban\'s Minister Ministry Defence Defense Information Foreign Interior Prime President Deputy Federal State Secretary Spokesman Spokesperson Spokeswoman Chief General Army Governor Ambassador Envoy Special Representative Commander Director Adviser Advisor Senator Senior Official Islamabad Kabul United Nations Istanbul Parliament House Government National Security Council Afghanistan International Also In On At The A An He She They It Speaking Following After Before During Meanwhile However With Responding Mr Mrs Ms Dr'.split(/\s+/),
);

const TITLE_WORDS = /\b(?:minister|spokesman|spokesperson|spokeswoman|president|secretary|ambassador|envoy|chief|general|governor|commander|director|adviser|advisor|senator|official|leader|representative)\b/i;

/** A person's name in a phrase: two to four capitalised words that are not roles or places ("Khawaja Asif" in "Defence Minister Khawaja Asif"). */
export function personName(phrase: string): string | undefined {
  const word = String.raw`(?:[A-Z][a-z]+(?:-[A-Za-z]+)?|(?:al|ul|el|bin|ibn)-[A-Z][a-z]+)`;
  // After a title the name follows it ("Provincial Governor Amir Qadri"); otherwise the first run of capitalised words.
  const lastTitle = [...phrase.matchAll(new RegExp(TITLE_WORDS.source, 'gi'))].at(-1);
  const from = lastTitle ? lastTitle.index + lastTitle[0].length : 0;
  // …or before the description, in "Lina Okafor, spokesperson for the ministry".
  return firstNameRun(phrase.slice(from), word) ?? (from > 0 ? firstNameRun(phrase, word) : undefined);
}

function firstNameRun(phrase: string, word: string): string | undefined {
  for (const match of phrase.matchAll(new RegExp(String.raw`${word}(?:\s+${word})*`, 'g'))) {
    // The first run of two to four words that are not roles or places.
    const words = match[0].split(/\s+/);
    let run: string[] = [];
    for (const each of [...words, '']) {
      if (each !== '' && !NOT_NAME.has(each)) {
        run.push(each);
        continue;
      }
      if (run.length >= 2) return run.slice(0, 4).join(' ');
      run = [];
    }
  }
  return undefined;
}

/** Nouns that describe a speaker who is not named, and the kind of actor they make. */
const DESCRIPTIONS: [RegExp, ActorKindId][] = [
  [/\b(?:phrase|slogan|saying|motto|refrain)\b/i, 'group'],
  [/\b(?:delegation|side|team)\b/i, 'delegation'],
  [/\b(?:government|ministry|administration|regime|foreign office)\b/i, 'government'],
  [/\b(?:analysts|observers|experts|residents|witnesses|critics|diplomats)\b/i, 'group'],
  [/\b(?:officials?|sources?|spokes(?:person|man|woman)|diplomat|commander|officer|aide|insider|minister)\b/i, 'unnamed-person'],
];

export const slugOf = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'](?:s\b)?/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** The resolver's state over one article: who spoke last, for "he", "they" and "the minister". */
export class SpeakerResolver {
  private readonly known: KnownActor[];
  private lastPerson: KnownActor | undefined;
  private lastGroup: KnownActor | undefined;
  private readonly mentions: readonly Mention[];

  private readonly acrossSources: boolean;

  /**
   * `mentions`: people the article names with a title, so that "Pakistan's defence minister" finds the name given later.
   * `acrossSources`: match unnamed speakers of other articles too (for scoring the importer, never for drafting).
   */
  constructor(actors: readonly KnownActor[], mentions: readonly Mention[] = [], options: { acrossSources?: boolean } = {}) {
    this.known = [...actors];
    this.mentions = mentions;
    this.acrossSources = options.acrossSources ?? false;
  }

  private matchable(actor: KnownActor): boolean {
    return this.acrossSources || actor.drafted === true || !actor.perSource;
  }

  /** Actors drafted so far by this import. */
  drafted(): KnownActor[] {
    return this.known.filter((actor) => actor.drafted);
  }

  /** Records who spoke, for the pronouns of the sentences that follow. */
  spoke(actorId: string): void {
    const actor = this.known.find((each) => each.id === actorId);
    if (!actor) return;
    this.pendingPerson = undefined;
    if (PERSON_KINDS.has(actor.kind)) this.lastPerson = actor;
    else this.lastGroup = actor;
  }

  /**
   * Records a person a sentence is about without their speaking in it ("Defence Minister X delivered a warning."),
   * so that "he" in the next sentence is them. A person the site does not have is drafted only if "he" is then used.
   */
  mentioned(subject: string): void {
    const choice = this.resolve(subject, { draft: false });
    if (choice) {
      const actor = this.known.find((each) => each.id === choice.actor);
      if (actor && PERSON_KINDS.has(actor.kind)) {
        this.lastPerson = actor;
        this.pendingPerson = undefined;
      }
      return;
    }
    const name = personName(subject);
    if (name) this.pendingPerson = { name, described: subject.trim() };
  }
  private pendingPerson: { name: string; described: string } | undefined;

  /**
   * The speaker a subject phrase names, or undefined when it names nobody.
   * Order: a pronoun (the last speaker), a phrase an actor is known by (the
   * leftmost, then the longest), a role a person already named carries, a
   * person's name, an unnamed description.
   */
  resolve(subject: string, options: { draft?: boolean; describedAs?: string } = {}): SpeakerChoice | undefined {
    const trimmed = subject.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
    if (trimmed === '') return undefined;
    const pronoun = /^(?:(?:and|but|while|as|what|which|that|when)\s+)*(he|she|they|his|her)\b/i.exec(trimmed)?.[1]?.toLowerCase();
    if (pronoun) {
      if (PRONOUNS[pronoun] === 'person' && this.pendingPerson && options.draft !== false) {
        const pending = this.pendingPerson;
        this.pendingPerson = undefined;
        const drafted = this.draftActor(pending.described, pending.described);
        if (drafted) return { ...drafted, reason: `“${pronoun}”: the person the sentence before is about (${pending.name})`, confidence: 'medium' };
      }
      const last = PRONOUNS[pronoun] === 'person' ? this.lastPerson : (this.lastGroup ?? this.lastPerson);
      return last ? { actor: last.id, reason: `“${pronoun}”: the speaker last named (${last.name})`, confidence: 'medium' } : undefined;
    }
    // An office with no name ("the minister", "Pakistan's Information Minister"): the person this article names with it.
    const office = trimmed.replace(/^(?:(?:which|what|who|with|and|but|as|while|that)\s+)+/i, '');
    if (isOfficeOnly(office) && hasTitle(office)) {
      const holder = this.holderOf(office, options);
      if (holder) return holder;
      if (!this.acrossSources) return options.draft === false ? undefined : this.draftActor(office, options.describedAs ?? office);
    }
    const folded = ` ${foldPhrase(trimmed)} `;
    let best: { actor: KnownActor; phrase: string; at: number } | undefined;
    for (const actor of this.known) {
      if (!this.matchable(actor)) continue;
      for (const phrase of actor.phrases) {
        const needle = foldPhrase(phrase);
        if (needle.length < 3) continue;
        const at = folded.indexOf(` ${needle} `) >= 0 ? folded.indexOf(` ${needle} `) : folded.indexOf(` ${needle}'s `);
        if (at < 0) continue;
        if (!best || at < best.at || (at === best.at && needle.length > foldPhrase(best.phrase).length)) best = { actor, phrase, at };
      }
    }
    // "the Taliban government" for an actor known as "the Taliban government in Kabul": the start of a longer name.
    if (!best && folded.trim().split(' ').length >= 2) {
      for (const actor of this.known) {
        if (!this.matchable(actor)) continue;
        const phrase = actor.phrases.find((each) => ` ${foldPhrase(each)} `.startsWith(folded));
        if (phrase) {
          best = { actor, phrase, at: 0 };
          break;
        }
      }
    }
    if (best) {
      const exact = foldPhrase(best.phrase) === foldPhrase(trimmed);
      return { actor: best.actor.id, reason: `“${best.phrase}” names ${best.actor.name}${best.actor.drafted ? ' (drafted above)' : ''}`, confidence: exact || best.phrase.length > 12 ? 'high' : 'medium' };
    }
    if (options.draft === false) return undefined;
    // A title with words of its own ("the provincial governor"): the person the article names with them.
    if (!personName(trimmed) && hasTitle(trimmed)) {
      const holder = this.holderOf(trimmed, options);
      if (holder) return holder;
    }
    return this.draftActor(trimmed, options.describedAs ?? trimmed);
  }

  /**
   * Who holds an office the subject names without a name: the last speaker whose words carry the same title words,
   * else the person the article names with them.
   */
  private holderOf(office: string, options: { draft?: boolean; describedAs?: string }): SpeakerChoice | undefined {
    const words = officeWords(office);
    const carries = (actor: KnownActor) => actor.phrases.some((phrase) => words.every((word) => ` ${foldPhrase(phrase)} `.includes(` ${word} `)));
    if (this.lastPerson && carries(this.lastPerson)) {
      return { actor: this.lastPerson.id, reason: `“${office}”: the last speaker with that title (${this.lastPerson.name})`, confidence: 'medium' };
    }
    const mentioned = this.mentionWithTitle(office);
    if (mentioned) {
      const choice = this.resolve(mentioned.name, { ...options, describedAs: office });
      if (choice) return { ...choice, reason: `“${office}”: the article names them as “${mentioned.phrase}”`, confidence: 'medium' };
    }
    return undefined;
  }

  /** A person the article names elsewhere with the subject's title ("defence minister" → "Defence Minister Khawaja Asif"). */
  private mentionWithTitle(subject: string): Mention | undefined {
    const words = officeWords(subject);
    if (words.length === 0) return undefined;
    return this.mentions.find((mention) => words.every((word) => ` ${foldPhrase(mention.phrase)} `.includes(` ${word} `)));
  }

  /** A new actor in the text's words: a named person, or an unnamed description; undefined when the phrase is neither. */
  private draftActor(subject: string, described: string): SpeakerChoice | undefined {
    const name = personName(subject);
    if (name) {
      return this.add({ id: slugOf(name), name, kind: 'person', described }, [name, described, name.split(/\s+/).at(-1)!], `a person the site does not have: “${name}”`, 'medium');
    }
    const description = subject.replace(/^(?:(?:and|but|while|as|with|which|what|that|according to)\s+)+/i, '');
    for (const [pattern, kind] of DESCRIPTIONS) {
      if (!pattern.test(description) || description.split(/\s+/).length > 12) continue;
      const named = description.charAt(0).toUpperCase() + description.slice(1);
      return this.add({ id: slugOf(description.replace(/^(?:an?|the)\s+/i, '')), name: named, kind, described }, [description], `described, not named: “${description}”`, 'low');
    }
    // A family name the article gives in full elsewhere ("Mansoor said" after "Interior Minister Farid Mansoor").
    const fullName = /^[A-Z][a-z]+$/.test(description) ? this.mentions.find((mention) => mention.name.split(' ').at(-1) === description) : undefined;
    if (fullName) {
      return this.add({ id: slugOf(fullName.name), name: fullName.name, kind: 'person', described }, [fullName.name, fullName.phrase, description], `“${description}”: the article names them as “${fullName.phrase}”`, 'medium');
    }
    // A capital or a country speaking for its government ("Islamabad said", "Kabul denied").
    if (/^[A-Z][a-z]+$/.test(description)) {
      return this.add({ id: slugOf(description), name: description, kind: 'government', described }, [description], `a place standing for its government: “${description}”`, 'low');
    }
    return undefined;
  }

  private add(actor: NewActor, phrases: string[], reason: string, confidence: Confidence): SpeakerChoice {
    let id = actor.id;
    for (let n = 2; this.known.some((each) => each.id === id); n++) id = `${actor.id}-${n}`;
    const known: KnownActor = { id, name: actor.name, kind: actor.kind, phrases, drafted: true };
    this.known.push(known);
    return { actor: id, newActor: { ...actor, id }, reason, confidence };
  }
}

/** A person an article names with a title, e.g. "Defence Minister Khawaja Asif". */
export interface Mention {
  name: string;
  phrase: string;
}

/** Every person the text names with a title before the name ("Pakistan's Information Minister, Attaullah Tarar"). */
export function titledMentions(text: string): Mention[] {
  const found: Mention[] = [];
  const run = /(?:[A-Z][\w’'-]*\s+){0,4}(?:[A-Z][\w’'-]*)(?:,?\s+[A-Z][\w’'-]*){1,5}/g;
  for (const match of text.matchAll(run)) {
    const phrase = match[0].replace(/,\s*$/, '');
    const name = personName(phrase.replace(/,/g, ' '));
    if (!name || !hasTitle(phrase.slice(0, phrase.indexOf(name.split(' ')[0]!)))) continue;
    found.push({ name, phrase });
  }
  return found;
}

/** Words an office is described with: titles, their qualifiers, and the country they are of. */
const OFFICE_WORDS = /^(?:the|a|an|of|for|and|pakistan's|pakistani|afghan|afghanistan's|country's|its|their|defence|defense|information|interior|foreign|prime|deputy|federal|state|chief|senior|former|acting|minister|ministry|spokesman|spokesperson|spokeswoman|president|secretary|ambassador|envoy|general|governor|commander|director|adviser|advisor|senator|official|leader|representative)$/i;

/** The words of an office that tell one holder from another ("information minister"), without articles or its country. */
function officeWords(office: string): string[] {
  return foldPhrase(office)
    .split(' ')
    .filter((word) => !/^(?:the|a|an|of|for|and|its|their|country's|[a-z]+'s|pakistani|afghan)$/.test(word));
}

/** A phrase made only of an office's words ("The defence minister", "Pakistan's Information Minister"). */
export function isOfficeOnly(phrase: string): boolean {
  return foldPhrase(phrase).split(' ').every((word) => OFFICE_WORDS.test(word));
}

/** Whether a phrase carries a title ("Defence Minister"), so that "the minister" may refer back to it. */
export const hasTitle = (phrase: string) => TITLE_WORDS.test(phrase);
