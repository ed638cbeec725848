/**
 * Reads an entry file (`---` YAML frontmatter, then the MDX body) into data and body, with
 * errors that name the line. Used by the content check and the quote-card integration; runs in Node.
 */
import yaml from 'js-yaml';

export interface ParsedEntryFile {
  data: unknown;
  body: string;
}

export class EntryFileError extends Error {
  /** The field the problem is in, where there is one. */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.field = field;
  }
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits an MDX file into its YAML frontmatter (parsed) and its body; throws EntryFileError on malformed input. */
export function parseEntryFile(received: string): ParsedEntryFile {
  // A file saved with a byte-order mark or Windows line ends is the same text.
  const text = received.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new EntryFileError('the file is empty');
  if (!OPENING.test(text)) throw new EntryFileError('the file must start with a "---" frontmatter block');
  const afterOpening = text.replace(OPENING, '');
  if (/^---[ \t]*(?:\r?\n|$)/.test(afterOpening)) throw new EntryFileError('the frontmatter is empty');
  const closing = CLOSING.exec(afterOpening);
  if (!closing) throw new EntryFileError('the frontmatter block is never closed with "---" (is the file truncated?)');
  const yamlText = afterOpening.slice(0, closing.index);
  let data: unknown;
  try {
    data = yaml.load(yamlText);
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // +2: the opening "---" line, and js-yaml counts from 0.
      const line = error.mark ? ` at line ${error.mark.line + 2}` : '';
      throw new EntryFileError(`the frontmatter is not valid YAML${line}: ${error.reason}`);
    }
    throw error;
  }
  if (data === null || data === undefined) throw new EntryFileError('the frontmatter is empty');
  if (typeof data !== 'object' || Array.isArray(data)) throw new EntryFileError('the frontmatter must be a mapping of fields');
  return { data, body: afterOpening.slice(closing.index + closing[0].length) };
}
