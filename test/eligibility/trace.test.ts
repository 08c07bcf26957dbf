/** The trace: a tree mirroring the rule, with outcomes and the values read. */
import { describe, expect, it } from 'vitest';
import { compileRule, evaluateRule, missingToDecide, type RuleTrace } from 'athlete-accelerator/eligibility';

function traceOf(rule: unknown, facts: unknown, options: Parameters<typeof evaluateRule>[2] = {}): RuleTrace {
  const result = evaluateRule(rule, facts, options);
  if (!result.ok) throw new Error(result.error.message);
  if (!result.value.trace) throw new Error('no trace');
  return result.value.trace;
}

describe('the trace', () => {
  it('repeats id and description, and gives every node its outcome and place in the rule', () => {
    const rule = {
      id: 'eligible',
      description: 'Eligible for the accelerator',
      all: [
        { id: 'country', fact: 'athlete.country', op: 'in', value: ['KE', 'NG'] },
        { not: { fact: 'athlete.sanctioned', op: '==', value: true }, description: 'Not sanctioned' },
      ],
    };
    expect(traceOf(rule, { athlete: { country: 'KE', sanctioned: false } })).toEqual({
      kind: 'all',
      id: 'eligible',
      description: 'Eligible for the accelerator',
      outcome: 'pass',
      rulePath: [],
      children: [
        { kind: 'comparison', id: 'country', outcome: 'pass', rulePath: ['all', 0], fact: 'athlete.country', op: 'in', factValue: 'KE', value: ['KE', 'NG'] },
        {
          kind: 'not',
          description: 'Not sanctioned',
          outcome: 'pass',
          rulePath: ['all', 1],
          child: { kind: 'comparison', outcome: 'fail', rulePath: ['all', 1, 'not'], fact: 'athlete.sanctioned', op: '==', factValue: false, value: true },
        },
      ],
    });
  });

  it('has no id or description keys on nodes that have none', () => {
    const trace = traceOf({ fact: 'a', op: '==', value: 1 }, { a: 1 });
    expect(Object.keys(trace)).not.toContain('id');
    expect(Object.keys(trace)).not.toContain('description');
  });

  it('shows absent facts as null, resolved parameters with their name, and other facts with their path', () => {
    const rule = {
      all: [
        { fact: 'age', op: '>=', value: { param: 'minimumAge' } },
        { fact: 'submittedOn', op: '<=', value: { fact: 'closesOn' } },
        { fact: 'country', op: 'exists', value: true },
      ],
    };
    const trace = traceOf(rule, { age: 20, submittedOn: '2025-03-01' }, { params: { minimumAge: 18 } });
    if (trace.kind !== 'all') throw new Error('expected all');
    expect(trace.children).toEqual([
      { kind: 'comparison', outcome: 'pass', rulePath: ['all', 0], fact: 'age', op: '>=', factValue: 20, value: 18, param: 'minimumAge' },
      { kind: 'comparison', outcome: 'unknown', rulePath: ['all', 1], fact: 'submittedOn', op: '<=', factValue: '2025-03-01', value: null, valueFact: 'closesOn' },
      { kind: 'comparison', outcome: 'fail', rulePath: ['all', 2], fact: 'country', op: 'exists', factValue: null, value: true },
    ]);
    expect(trace.outcome).toBe('fail');
  });

  it('shows, for a predicate, its arguments (parameters filled in) and every fact it read', () => {
    const trace = traceOf(
      { predicate: 'ageBetween', args: { min: { param: 'minimumAge' }, max: 35 } },
      { athlete: { dateOfBirth: '2000-05-01' } },
      { asOf: '2025-03-01', params: { minimumAge: 18 } },
    );
    expect(trace).toEqual({
      kind: 'predicate',
      outcome: 'pass',
      rulePath: [],
      predicate: 'ageBetween',
      args: { min: 18, max: 35 },
      facts: [{ path: 'athlete.dateOfBirth', value: '2000-05-01' }],
    });
  });

  it('evaluates every node, including those after a decisive child', () => {
    const trace = traceOf({ any: [{ fact: 'a', op: '==', value: 1 }, { fact: 'b', op: '==', value: 2 }] }, { a: 1, b: 2 });
    expect(trace.kind === 'any' && trace.children.map((child) => child.outcome)).toEqual(['pass', 'pass']);
  });

  it('is JSON: it survives JSON.stringify and JSON.parse unchanged', () => {
    const trace = traceOf({ all: [{ fact: 'a', op: 'in', value: [1, 2] }, { not: { fact: 'b', op: 'exists', value: true } }] }, { a: 2 });
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });

  it('options.trace: false gives trace null and the same outcome and missing facts', () => {
    const compiled = compileRule({ all: [{ fact: 'a', op: '>', value: 1 }, { fact: 'b', op: '>', value: 1 }] });
    if (!compiled.ok) throw new Error(compiled.error.message);
    const withTrace = compiled.value.evaluate({ a: 2 });
    const without = compiled.value.evaluate({ a: 2 }, { trace: false });
    expect(without).toEqual({ ok: true, value: { outcome: 'unknown', missing: ['b'], trace: null } });
    expect(withTrace.ok && [withTrace.value.outcome, withTrace.value.missing]).toEqual(['unknown', ['b']]);
  });
});

describe('missingToDecide', () => {
  const rule = {
    all: [
      { fact: 'athlete.country', op: 'in', value: ['KE'] },
      { any: [{ fact: 'athlete.status', op: '==', value: 'active' }, { predicate: 'yearsSinceRetirementAtMost', args: { years: 8 } }] },
    ],
  };
  const decide = (athlete: unknown): string[] => missingToDecide(traceOf(rule, { athlete }, { asOf: '2025-01-01' }));

  it('is empty when the outcome is decided, even if facts are absent', () => {
    expect(decide({ country: 'KE', status: 'active' })).toEqual([]);
    expect(decide({ country: 'FR' })).toEqual([]);
  });

  it('names only the absent facts on the unknown nodes that leave the outcome unknown', () => {
    expect(decide({ status: 'active' })).toEqual(['athlete.country']);
    expect(decide({ country: 'KE', status: 'retired' })).toEqual(['athlete.retiredOn']);
    expect(decide({})).toEqual(['athlete.country', 'athlete.status', 'athlete.retiredOn']);
  });

  it('names an absent { fact } value', () => {
    expect(missingToDecide(traceOf({ fact: 'a', op: '<', value: { fact: 'b' } }, { a: 1 }))).toEqual(['b']);
  });
});
