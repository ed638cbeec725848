/**
 * Templates for `npm run new`: every required field present, with comments on
 * what goes where. Placeholders are empty on purpose, so `npm run
 * check:content` refuses an entry until it is filled in.
 * Used by `scripts/new-entry.ts`; runs in Node.
 */
import { ACTOR_KINDS, SIDES } from '../../schemas/actors.ts';
import { SLUG_PATTERN } from '../../schemas/shared.ts';
import { BOILERPLATE_KINDS } from '../../schemas/sources.ts';
import { MEDIA } from '../../schemas/statements.ts';
import { TOPICS } from '../../schemas/topics.ts';

/** The allowed values of a field, for a template comment. */
const choices = (record: Record<string, string>) => Object.keys(record).join(' | ');

export const SCAFFOLD_KINDS = ['statement', 'actor', 'source'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

const FOLDER: Record<ScaffoldKind, string> = { statement: 'statements', actor: 'actors', source: 'sources' };

const TEMPLATES: Record<ScaffoldKind, string> = {
  statement: `---
# The speaker: the id of a file in content/actors/ (create it first with: npm run new -- actor <id>).
speaker: ""
# direct-quote: the speaker's own words in quotation marks. paraphrase: the source's report of what was said.
kind: ""
# One neutral line in your own words, used in lists and link previews. Plain text, no quotation marks needed.
summary: ""
# One rendering per source that reports the statement. Everything in quotes below must be copied
# from the source text exactly (only whitespace and straight/curly quote marks may differ).
renderings:
  - source: "" # the id of a file in content/sources/
    quotes:
      - "" # direct quote: only the words inside the quotation marks; paraphrase: the source's sentence
    excerpt: "" # the whole sentence around the quotation, verbatim (delete this line if not needed)
    # ${choices(MEDIA)}
    medium: "not-stated"
    # How the source attributes the words, verbatim, keeping its hedge ("Islamabad reportedly warned", "officials said").
    attribution: ""
    # Optional fields (delete the # to use one):
    # via: "" # the actor id of an unnamed intermediary the source has the words through ("A source familiar with the talks told…")
    # setting: "" # verbatim, where and how ("Speaking to reporters at Parliament House", "In a post on Facebook")
    # when: "" # verbatim, the source's own time words ("after the talks"); never a date the source does not give
    # A post on a platform other than X: medium "not-stated", and the source's words for it in setting.
# At least one of: ${choices(TOPICS)}
topics: []
# Optional: ids of statements this one answers, and of the talks and events it belongs to.
respondsTo: []
talks: []
events: []
---

Context in your own words: who said it, when and where as the sources report it, and what it answers.
Attribute every claim to its source, for example: according to the second source.
`,
  actor: `---
# The name the site lists them under; for an unnamed speaker, the source's description.
name: ""
# ${choices(ACTOR_KINDS)}
kind: ""
# ${choices(SIDES)}
side: ""
# Optional: the role at the time, in the site's words. Delete the line if the sources give none.
role: ""
# How each source describes them, verbatim, with the source's id.
roleAsReported: []
# Other names the sources use ("Islamabad"), verbatim: - text: "..." / source: "..."
aliases: []
memberOf: []
# The ids of the sources that mention them (at least one).
sources: []
---

Who they are, in one or two sentences, attributed to the sources.
`,
  source: `---
# How the site names the article in lists and citations. Not an invented title: if the article
# has no headline, describe it in square brackets ("[Report on ...]"); no double quotation marks.
label: ""
# Only what the article itself says. Delete any line the article does not support:
# headline: "" # verbatim, as printed
# outlet:
#   name: ""
#   role: publisher # or distributor
#   basis: "" # where in the article the outlet is named
# published: "" # the article's own words for its date
# author: ""
# The name of the file as received (in shared/sources/).
receivedAs: ""
# Passages of the received file left out as boilerplate, verbatim, each with its kind:
# ${choices(BOILERPLATE_KINDS)}
boilerplate: []
---

What the article reports, in a few neutral sentences. Say what it does not give (date, author, outlet).
`,
};

const SOURCE_TEXT_PLACEHOLDER = '';

/** The files a new entry consists of, relative to the content folder. */
export function scaffoldEntry(kind: ScaffoldKind, id: string, today = new Date().toISOString().slice(0, 10)): { file: string; text: string }[] {
  if (!SLUG_PATTERN.test(id)) throw new Error(`"${id}" is not a valid id: use lowercase words joined by hyphens, e.g. asif-new-warning`);
  // The site's own date of the entry: the day it is written, which the editor corrects if it is published later.
  const dated = TEMPLATES[kind].replace(/\n---\n/, `\n# The day this entry is first published on this site; when you change it later, add changed: "YYYY-MM-DD".\nadded: "${today}"\n---\n`);
  const files = [{ file: `${FOLDER[kind]}/${id}.mdx`, text: dated }];
  // The article text, pasted in verbatim minus boilerplate, one paragraph per line.
  if (kind === 'source') files.push({ file: `sources/${id}.txt`, text: SOURCE_TEXT_PLACEHOLDER });
  return files;
}
