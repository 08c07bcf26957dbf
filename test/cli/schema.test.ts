import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from './cliHarness.js';

const NAMES = ['athlete', 'mentor', 'edition', 'package-template', 'rule', 'rubric', 'quota', 'curriculum', 'learning-path', 'journal-entry', 'transfer', 'account'];

beforeAll(ensureCliBuilt, 120_000);

describe('athlete-accelerator schema', () => {
  it('lists every shape by name', () => {
    const run = runCli(['schema']);
    expect(run.status).toBe(0);
    const listed = run.stdout.trimEnd().split('\n').slice(1).map((line) => line.split(/\s+/)[0]);
    expect(listed).toEqual(NAMES);
  });

  it('prints a JSON Schema for every name', () => {
    for (const name of NAMES) {
      const run = runCli(['schema', name]);
      expect(run.status, name).toBe(0);
      const schema = JSON.parse(run.stdout) as Record<string, unknown>;
      expect(schema.$schema, name).toMatch(/json-schema\.org/);
    }
  });

  it('describes an application with its required fields', () => {
    const schema = JSON.parse(runCli(['schema', 'athlete']).stdout) as { required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'name', 'sport', 'country', 'languages']));
  });

  it('exits 2 for an unknown name, suggesting the closest', () => {
    const run = runCli(['schema', 'atlete']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("no schema named 'atlete' (did you mean 'athlete'?)");
    expect(runCli(['schema', 'athlete', 'mentor']).status).toBe(2);
  });
});
