/**
 * Makes sure a Chromium is available for the e2e tests (`npm run test:e2e`
 * runs this first) and prints which one.
 *
 * Looks at `CHROME_PATH`, else `/usr/bin/chromium` (Debian's package). When
 * neither is there: as root on Debian, installs the `chromium` package with
 * apt-get; otherwise exits 1 with the command to run.
 *
 * `--dry-run` prints what would be installed instead of installing it.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';

const DEFAULT_PATH = '/usr/bin/chromium';
const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';
const dryRun = process.argv.includes('--dry-run');

const fromEnv = process.env['CHROME_PATH'];
const wanted = fromEnv || DEFAULT_PATH;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function version(file: string): string | undefined {
  const result = spawnSync(file, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (result.status !== 0) return undefined;
  // Debian's wrapper script may print shell noise on stderr; the version is stdout's first line.
  return result.stdout.split('\n')[0]?.trim() || undefined;
}

function report(file: string): never {
  const found = version(file);
  if (found === undefined) {
    console.error(`ensure-chromium: ${file} exists but \`${file} --version\` failed; set CHROME_PATH to a working Chromium.`);
    process.exit(1);
  }
  console.log(`ensure-chromium: using ${file} (${found})`);
  process.exit(0);
}

if (isExecutable(wanted)) report(wanted);

const source = fromEnv ? `CHROME_PATH=${fromEnv}` : DEFAULT_PATH;
console.error(`ensure-chromium: no Chromium at ${source}.`);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version') || /^ID(_LIKE)?=.*debian/m.test(readFileSafe('/etc/os-release'));
const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;

if (!(isRoot && isDebian && hasAptGet)) {
  const sudo = isRoot ? '' : 'sudo ';
  const install = isDebian && hasAptGet ? `${sudo}apt-get update && ${sudo}apt-get install -y chromium` : 'install Chromium with your system package manager';
  console.error(`Install it, then run the tests again:\n\n  ${install}\n\nor point CHROME_PATH at a Chromium or Chrome binary:\n\n  CHROME_PATH=/path/to/chromium npm run test:e2e\n`);
  process.exit(1);
}

if (dryRun) {
  console.log(`ensure-chromium: --dry-run: would run: ${INSTALL_COMMAND}`);
  process.exit(1);
}

console.log(`ensure-chromium: installing Debian's chromium package: ${INSTALL_COMMAND}`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
for (const args of [['update'], ['install', '-y', 'chromium']]) {
  console.log(`ensure-chromium: $ apt-get ${args.join(' ')}`);
  const { status } = spawnSync('apt-get', args, { stdio: 'inherit', env });
  if (status !== 0) {
    console.error(`ensure-chromium: apt-get ${args.join(' ')} failed (exit ${status}). Run it yourself: ${INSTALL_COMMAND}`);
    process.exit(1);
  }
}

// The package installs to /usr/bin/chromium; a CHROME_PATH that pointed elsewhere is not fixed by it.
if (!isExecutable(DEFAULT_PATH)) {
  console.error(`ensure-chromium: installed the package, but ${DEFAULT_PATH} is still missing.`);
  process.exit(1);
}
if (fromEnv && fromEnv !== DEFAULT_PATH) {
  console.error(`ensure-chromium: installed ${DEFAULT_PATH}; CHROME_PATH=${fromEnv} still points at nothing: unset it or fix it.`);
  process.exit(1);
}
report(DEFAULT_PATH);

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
