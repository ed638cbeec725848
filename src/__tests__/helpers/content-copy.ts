import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REAL_CONTENT = path.resolve(import.meta.dirname, '../../../content');

/** A throw-away copy of the real content, for tests that break one file and look at the message. */
export function copyContent() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'content-fixture-'));
  const dir = path.join(root, 'content');
  cpSync(REAL_CONTENT, dir, { recursive: true });
  return {
    root,
    dir,
    read: (file: string) => readFileSync(path.join(dir, file), 'utf8'),
    write: (file: string, text: string) => writeFileSync(path.join(dir, file), text),
    /** Replaces `from` by `to` in a file; fails when `from` is absent, so a test cannot silently break nothing. */
    edit(file: string, from: string | RegExp, to: string) {
      const before = readFileSync(path.join(dir, file), 'utf8');
      const after = before.replace(from, to);
      if (after === before) throw new Error(`fixture edit did not apply: ${String(from)} in ${file}`);
      writeFileSync(path.join(dir, file), after);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
