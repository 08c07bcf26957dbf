/**
 * The curriculum module on the sample data: the default catalogue, a learning path for one applicant,
 * the schedule of a 50-athlete cohort on the 4th edition's calendar, and progress rebuilt from events.
 * Run it with `npx tsx examples/curriculum.ts`.
 */
import {
  defaultCurriculum,
  planLearningPath,
  progress,
  scheduleCohort,
  validateCurriculum,
  type LearningPath,
  type ProgressEvent,
} from 'athlete-accelerator/curriculum';
import { formatPath } from 'athlete-accelerator/core';
import { loadSampleData } from './support/sample-data.js';

const { athletes, edition } = loadSampleData();

// 1. The catalogue validates, and here is what each track offers.
const catalogue = validateCurriculum(defaultCurriculum);
if (!catalogue.ok) throw new Error(catalogue.error.message);
console.log(`${catalogue.value.title}: ${catalogue.value.modules.length} modules`);
for (const track of catalogue.value.tracks) {
  const modules = catalogue.value.modules.filter((module) => module.track === track.id);
  const hours = modules.reduce((sum, module) => sum + module.effortHours, 0);
  console.log(`  ${track.title.padEnd(38)} ${String(modules.length).padStart(2)} modules ${String(hours).padStart(4)} h`);
}

// A catalogue with mistakes is refused with every problem and its path.
const broken = structuredClone(defaultCurriculum);
const pricing = broken.modules.find((module) => module.id === 'b2b-pricing-and-quotations');
const incoterms = broken.modules.find((module) => module.id === 'b2b-incoterms');
if (pricing !== undefined && incoterms !== undefined) {
  incoterms.prerequisites = ['b2b-pricing-and-quotations'];
  pricing.effortHours = 0;
}
const refused = validateCurriculum(broken);
if (!refused.ok) for (const issue of refused.error.issues ?? []) console.log(`  refused: ${issue.code} at ${formatPath(issue.path)} — ${issue.message}`);

// 2. A learning path for one applicant, from their self-assessment and goals.
const athlete = athletes.find((candidate) => candidate.id === 'athlete-0002');
if (athlete === undefined) throw new Error('athlete-0002 is missing from the sample data');
const planned = planLearningPath(athlete, defaultCurriculum);
if (!planned.ok) throw new Error(planned.error.message);
const path = planned.value;
console.log(`\n${athlete.name} (${athlete.id}), goals: ${(athlete.goals ?? []).join(', ')}`);
console.log(`path: ${path.modules.length} modules, ${path.totalHours} of ${path.hoursBudget} hours`);
for (const module of path.modules) {
  const why = module.reasons
    .map((reason) => (reason.kind === 'closes-gap' ? `${reason.competency} ${reason.from}→${reason.to}` : `for ${reason.moduleId}`))
    .join('; ');
  console.log(`  ${module.moduleId.padEnd(32)} ${String(module.effortHours).padStart(4)} h  ${why}`);
}
for (const shortfall of path.shortfalls) console.log(`  not closed: ${shortfall.competency} (${shortfall.reason}) ${shortfall.message}`);

// 3. A cohort of 50 applicants on the edition's calendar.
const cohort = athletes.slice(0, 50);
const paths: LearningPath[] = [];
for (const member of cohort) {
  const result = planLearningPath(member, defaultCurriculum);
  if (result.ok) paths.push(result.value);
}
const calendar = { start: edition.dates.cohortStart, end: edition.dates.cohortEnd };
const scheduled = scheduleCohort(paths, calendar);
if (!scheduled.ok) throw new Error(scheduled.error.message);
const schedule = scheduled.value;
console.log(`\ncohort ${schedule.start} to ${schedule.end}: ${schedule.weeks.length} weeks, ${schedule.athletes.length} athletes`);
console.log(`modules scheduled ${schedule.modulesScheduled}, not schedulable ${schedule.modulesUnscheduled}`);
const reasons = new Map<string, number>();
for (const member of schedule.athletes) for (const left of member.unscheduled) reasons.set(left.reason, (reasons.get(left.reason) ?? 0) + 1);
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${reason.padEnd(30)} ${count}`);
console.log('live sessions:');
for (const session of schedule.sessions.slice(0, 6)) {
  console.log(`  ${(session.date ?? `week ${session.week}`).padEnd(10)} ${session.moduleId}/${session.sessionId}: ${session.attendees.length} athletes`);
}

const mine = schedule.athletes.find((member) => member.athleteId === athlete.id);
if (mine !== undefined) {
  console.log(`\n${athlete.name}: ${mine.hoursPerWeek} h a week, ${mine.plannedHours} h planned, done by ${mine.completeBy ?? '—'}`);
  const byDate = [...mine.modules].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.firstWeek - b.firstWeek));
  for (const module of byDate) console.log(`  ${module.start} → ${module.end}  ${module.moduleId}`);
  for (const left of mine.unscheduled) console.log(`  not scheduled: ${left.moduleId} (${left.reason}) ${left.message}`);
}

// 4. Progress, rebuilt from an append-only event log: enrolled in the whole path at the cohort start,
// then everything due by the end of March done on time, each quiz passed with 80.
const asOf = '2027-03-31';
const events: ProgressEvent[] = [];
for (const module of mine?.modules ?? []) {
  events.push({ type: 'enrolled', athleteId: athlete.id, moduleId: module.moduleId, at: schedule.start });
  if (module.start > asOf) continue;
  events.push({ type: 'started', athleteId: athlete.id, moduleId: module.moduleId, at: module.start });
  if (module.end > asOf) continue;
  events.push({ type: 'assessed', athleteId: athlete.id, moduleId: module.moduleId, at: `${module.end}T12:00:00Z`, score: 80 });
  events.push({ type: 'completed', athleteId: athlete.id, moduleId: module.moduleId, at: `${module.end}T18:00:00Z` });
}
const report = progress(events, defaultCurriculum, asOf);
if (!report.ok) throw new Error(report.error.message);
const status = report.value.athletes[0];
if (status !== undefined) {
  console.log(`\nprogress on ${asOf}: ${status.achievedHours} of ${status.enrolledHours} enrolled hours achieved (${status.percentComplete}%)`);
  for (const track of status.tracks) {
    console.log(`  ${track.track.padEnd(16)} ${String(track.percentComplete).padStart(5)}%${track.completed ? '  complete' : ''}`);
  }
  console.log(`  competencies: ${Object.entries(status.competencies).map(([competency, level]) => `${competency} ${level}`).join(', ')}`);
}
