/**
 * `npm run demo`: the main job. Runs a full cohort on the bundled sample data (about 1,200 applicants,
 * 60 mentors, the 4th edition: 50 packages of USD 10,000) with `runCohort`, prints a summary — the funnel,
 * the budget, the quotas, the best mentor matches and the warnings — and writes the report as JSON and
 * as one self-contained HTML page to out/ (or the directory after `--out`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatCohortSummary, renderCohortReportHtml, runCohort } from 'athlete-accelerator/programme';
import { loadSampleData } from './support/sample-data.js';

const outFlag = process.argv.indexOf('--out');
const outDir = outFlag === -1 ? join(import.meta.dirname, '..', 'out') : (process.argv[outFlag + 1] ?? 'out');
const { athletes, mentors, edition } = loadSampleData();

const run = runCohort({ edition, applications: athletes, mentors, asOf: '2026-12-01' });
if (!run.ok) {
  console.error(run.error.message);
  for (const issue of run.error.issues ?? []) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
const report = run.value;
console.log(formatCohortSummary(report, { width: Math.min(process.stdout.columns || 100, 120) }));

mkdirSync(outDir, { recursive: true });
const jsonFile = join(outDir, 'cohort-report.json');
const htmlFile = join(outDir, 'cohort-report.html');
writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
writeFileSync(htmlFile, renderCohortReportHtml(report));
const shown = (file: string): string => relative(process.cwd(), file) || file;
console.log(`\nWrote ${shown(jsonFile)} and ${shown(htmlFile)} (open it in a browser).`);
