// Release packages from the builds (run after `npm run build`):
//   release/clearline-chrome-<version>.zip   zip of dist/chrome, manifest.json at the root
//   release/clearline-firefox-<version>.zip  web-ext build of dist/firefox
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const RELEASE = path.resolve('release');
for (const dir of ['dist/chrome', 'dist/firefox']) {
  if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`${dir}/manifest.json missing: run npm run build`);
}
const { version } = JSON.parse(readFileSync('dist/chrome/manifest.json', 'utf8'));
mkdirSync(RELEASE, { recursive: true });

const chromeZip = path.join(RELEASE, `clearline-chrome-${version}.zip`);
rmSync(chromeZip, { force: true });
// -X: no extra file attributes, so the same build gives the same zip.
execFileSync('zip', ['-q', '-r', '-X', chromeZip, '.'], { cwd: 'dist/chrome', stdio: 'inherit' });
console.log(`Chrome:  ${path.relative(process.cwd(), chromeZip)}`);

const firefoxZip = path.join(RELEASE, `clearline-firefox-${version}.zip`);
execFileSync(
  process.platform === 'win32' ? 'npx.cmd' : 'npx',
  [
    'web-ext',
    'build',
    '--source-dir',
    'dist/firefox',
    '--artifacts-dir',
    RELEASE,
    '--filename',
    path.basename(firefoxZip),
    '--overwrite-dest',
  ],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
console.log(`Firefox: ${path.relative(process.cwd(), firefoxZip)}`);
