/**
 * An article file read as the text it is: a byte-order mark and Windows or
 * old Mac line ends are how it was saved, not what it says. Empty and binary
 * files are refused with the file named.
 */

/** A refusal with a message that already names the file and where. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export function decodeArticle(bytes: Uint8Array, file: string): string {
  let text: string;
  // UTF-16 with its byte-order mark is what some Windows editors save: read it as such rather than refuse it.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) throw new ImportError(`${file} is not a text file (it contains NUL bytes): save the article as plain text`);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError(`${file} is not a text file (it is not valid UTF-8): save the article as plain text in UTF-8`);
    }
  }
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '');
  if (text.trim() === '') throw new ImportError(`${file} is empty: nothing to import`);
  return text;
}
