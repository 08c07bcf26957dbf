/**
 * Renders the cohort report of the bundled sample data as HTML: `npx tsx scripts/render-report.ts
 * [out/cohort-report.html]`. Open the file in a browser, or screenshot it headless (see docs/images).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { renderCohortReportHtml, runCohort } from 'athlete-accelerator/programme';
import { loadSampleData } from '../examples/support/sample-data.js';

const target = process.argv[2] ?? 'out/cohort-report.html';
const { athletes, mentors, edition } = loadSampleData();
const result = runCohort({ edition, applications: athletes, mentors, asOf: '2026-12-01' });
if (!result.ok) {
  console.error(result.error.message);
  process.exit(1);
}
const html = renderCohortReportHtml(result.value);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, html);
writeFileSync(target.replace(/\.html$/, '.json'), `${JSON.stringify(result.value, null, 2)}\n`);
console.log(`${target}: ${(html.length / 1024).toFixed(0)} KiB, ${String(result.value.recipients.length)} recipients`);
