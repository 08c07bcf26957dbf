/**
 * Runs every example under examples/ as a user would (`npx tsx examples/NAME.ts`) and fails if any
 * exits non-zero. `npm run examples`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'examples');
const files = readdirSync(dir).filter((file) => file.endsWith('.ts')).sort();
let failed = 0;
for (const file of files) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ok = run.status === 0;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${file}`);
  if (!ok) console.log(run.stdout, run.stderr);
}
console.log(`${files.length - failed} of ${files.length} examples ran cleanly`);
process.exit(failed === 0 ? 0 : 1);
