/**
 * The atomic replace of `dist/`: used by `scripts/build.ts`, in Node.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Builds into a fresh folder beside `target` and swaps it in only when the
 * build succeeds, so a failed build leaves the last good site untouched.
 * Returns whether the new build was published.
 */
export async function publishAtomically(target: string, build: (outDir: string) => boolean | Promise<boolean>): Promise<boolean> {
  const parent = path.dirname(target);
  const name = path.basename(target);
  const next = path.join(parent, `.${name}-next`);
  const previous = path.join(parent, `.${name}-previous`);
  rmSync(next, { recursive: true, force: true });
  let built = false;
  try {
    built = await build(next);
  } finally {
    if (!built) rmSync(next, { recursive: true, force: true });
  }
  if (!built) return false;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(next, target);
  rmSync(previous, { recursive: true, force: true });
  return true;
}
