import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, readSampleList, runCli, scratchDir, writeInput } from './cliHarness.js';

const sampleAthletes = readSampleList('athletes');
const sampleMentors = readSampleList('mentors');
let dir: string;
let athletes: string;
let mentors: string;

interface MatchOutput {
  method: string;
  pairs: { athleteId: string; mentorId: string; score: number }[];
  unmatched: { athleteId: string; code: string }[];
  mentorLoad: { mentorId: string; assigned: number; capacity: number }[];
}

beforeAll(async () => {
  await ensureCliBuilt();
  dir = scratchDir();
  athletes = writeInput(dir, 'athletes.json', sampleAthletes.slice(0, 40));
  mentors = writeInput(dir, 'mentors.json', sampleMentors.slice(0, 12));
}, 120_000);

describe('athlete-accelerator match', () => {
  it('pairs athletes with mentors within their capacities, every athlete accounted for (JSON)', () => {
    const run = runCli(['match', '--athletes', athletes, '--mentors', mentors, '--as-of', '2027-01-11', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as MatchOutput;
    expect(output.method).toBe('optimal');
    expect(output.pairs.length + output.unmatched.length).toBe(40);
    expect(output.pairs.length).toBeGreaterThan(0);
    for (const load of output.mentorLoad) expect(load.assigned).toBeLessThanOrEqual(load.capacity);
  });

  it('matches stably and never below --min-score', () => {
    const run = runCli(['match', '--athletes', athletes, '--mentors', mentors, '--as-of', '2027-01-11', '--method', 'stable', '--min-score', '0.4', '--json']);
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as MatchOutput;
    expect(output.method).toBe('stable');
    expect(output.pairs.every((pair) => pair.score >= 0.4)).toBe(true);
  });

  it('prints pairs, unmatched athletes and the mentors\' load (text)', () => {
    const run = runCli(['match', '--athletes', athletes, '--mentors', mentors, '--as-of', '2027-01-11']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Mentor matching on 2027-01-11 \(optimal\)\n\d+ of 40 athletes matched; total score \d+\.\d{3}/);
    expect(run.stdout).toMatch(/^athlete +name +mentor +mentor name +score$/m);
    expect(run.stdout).toMatch(/^12 mentors: \d+ at capacity, \d+ without an athlete$/m);
  });

  it('names the mentors file and the path of a bad field, exit 1', () => {
    const bad = writeInput(dir, 'bad-mentors.json', [sampleMentors[0], { ...sampleMentors[1], capacity: -1 }]);
    const run = runCli(['match', '--athletes', athletes, '--mentors', bad, '--as-of', '2027-01-11']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\[1\\]\\.capacity: `, 'm'));
    expect(run.stdout).toBe('');
  });

  it('exits 2 for an unknown --method or a --min-score that is not a number', () => {
    const method = runCli(['match', '--athletes', athletes, '--mentors', mentors, '--as-of', '2027-01-11', '--method', 'greedy']);
    expect(method.status).toBe(2);
    expect(method.stderr).toContain("--method: 'greedy' is not one of optimal, stable.");
    const minScore = runCli(['match', '--athletes', athletes, '--mentors', mentors, '--as-of', '2027-01-11', '--min-score', 'high']);
    expect(minScore.status).toBe(2);
    expect(minScore.stderr).toContain("--min-score: 'high' is not a number.");
  });
});
