/**
 * `npm run bench`: runs every benchmark under bench/ (each file is also runnable on its own with
 * `npx tsx bench/NAME.ts`). Benchmarks compare against peers side by side in one run and report ratios;
 * they are never part of `npm test` or CI, because this machine is shared and timings are noisy.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = import.meta.dirname;
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== bench/${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(dir, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
if (files.length === 0) console.log('No benchmarks matched.');
process.exit(failed === 0 ? 0 : 1);
