import { describe, expect, it } from 'vitest';
import { EntryFileError, parseEntryFile } from '../../lib/content-files/frontmatter.ts';

const parseError = (text: string) => {
  try {
    parseEntryFile(text);
  } catch (error) {
    if (error instanceof EntryFileError) return error.message;
    throw error;
  }
  throw new Error('expected the file to be refused');
};

describe('parseEntryFile', () => {
  it('splits frontmatter from the body', () => {
    expect(parseEntryFile('---\nname: Qatar\n---\n\nA mediator.\n')).toEqual({ data: { name: 'Qatar' }, body: '\nA mediator.\n' });
  });
  it('reads a file saved with a byte-order mark or Windows line ends as the text it is', () => {
    const saved = '\uFEFF---\r\nname: "Test"\r\nkind: person\r\n---\r\n\r\nBody line.\r\n';
    expect(parseEntryFile(saved)).toEqual({ data: { name: 'Test', kind: 'person' }, body: '\nBody line.\n' });
  });
  it('refuses an empty file', () => {
    expect(parseError('  \n')).toBe('the file is empty');
  });
  it('refuses a file without frontmatter', () => {
    expect(parseError('Just prose.')).toMatch(/must start with a "---" frontmatter block/);
  });
  it('refuses a truncated file whose frontmatter never closes', () => {
    expect(parseError('---\nname: Qatar\nkind: st')).toMatch(/never closed/);
  });
  it('reports bad YAML with its line in the file', () => {
    expect(parseError('---\nname: Qatar\nkind: state: x\n---\n')).toMatch(/not valid YAML at line 3:/);
  });
  it('refuses an empty frontmatter block', () => {
    expect(parseError('---\n---\nBody.\n')).toBe('the frontmatter is empty');
  });
  it('refuses frontmatter that is a list, not a mapping', () => {
    expect(parseError('---\n- a\n- b\n---\n')).toMatch(/must be a mapping/);
  });
});
