/** Every refusal of compileRule and of an evaluation, asserting its code and its path. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  builtInRegistry,
  compileRule,
  createRegistry,
  evaluateRule,
  registerPredicate,
  type EligibilityError,
  type PredicateRegistry,
} from 'athlete-accelerator/eligibility';

function refusal(rule: unknown, registry?: PredicateRegistry, knownParams?: readonly string[]): EligibilityError {
  const result = compileRule(rule, registry, knownParams ? { knownParams } : undefined);
  if (result.ok) throw new Error('the rule was accepted');
  return result.error;
}

function issues(error: EligibilityError): [string, (string | number)[]][] {
  return (error.issues ?? []).map((issue) => [issue.code, [...issue.path]]);
}

const ok = { fact: 'a', op: '==', value: 1 };

describe('compileRule refuses documents that use forbidden keys', () => {
  it('refuses "__proto__" as an own key (as JSON.parse creates it), at its path', () => {
    const error = refusal(JSON.parse('{"all":[{"fact":"a","op":"==","value":1},{"__proto__":{"polluted":true},"fact":"a","op":"exists","value":true}]}'));
    expect([error.code, error.path]).toEqual(['forbidden-key', ['all', 1, '__proto__']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses "constructor" and "prototype" anywhere, including inside values and predicate arguments', () => {
    const error = refusal(
      JSON.parse(
        '{"constructor":1,"all":[{"fact":"a","op":"in","value":[{"prototype":1}]},{"predicate":"speaksAny","args":{"languages":["en"],"__proto__":[]}}]}',
      ),
    );
    expect(issues(error)).toEqual([
      ['forbidden-key', ['constructor']],
      ['forbidden-key', ['all', 0, 'value', 0, 'prototype']],
      ['forbidden-key', ['all', 1, 'args', '__proto__']],
    ]);
    expect(error.message).toContain('and 2 more problems');
  });
});

describe('compileRule refuses documents that are too deep or too large', () => {
  it('refuses a rule nested 65 levels deep at the node on level 65', () => {
    let rule: unknown = ok;
    for (let i = 0; i < 64; i += 1) rule = { not: rule };
    const error = refusal(rule);
    expect([error.code, error.path]).toEqual(['rule-too-deep', Array.from({ length: 64 }, () => 'not')]);
  });

  it('refuses a value nested deeper than 64 levels at the level that is too deep', () => {
    let value: unknown = [1];
    for (let i = 0; i < 64; i += 1) value = [value];
    const error = refusal({ fact: 'a', op: 'in', value });
    expect(error.code).toBe('rule-too-deep');
    expect(error.path).toEqual(['value', ...Array.from({ length: 64 }, () => 0)]);
  });

  it('refuses more than 10,000 rule nodes at the root', () => {
    const error = refusal({ any: Array.from({ length: 10_000 }, () => ok) });
    expect([error.code, error.path]).toEqual(['rule-too-large', []]);
  });

  it('refuses more than 1,000,000 JSON values at the root', () => {
    const error = refusal({ fact: 'a', op: 'in', value: new Array<number>(1_000_001).fill(0) });
    expect([error.code, error.path]).toEqual(['rule-too-large', []]);
  });
});

describe('compileRule refuses malformed documents, naming every problem', () => {
  it('refuses something that is not a rule object', () => {
    for (const rule of ['all', 42, null, [], [ok]]) {
      const error = refusal(rule);
      expect([error.code, error.path]).toEqual(['invalid-rule', []]);
    }
  });

  it('refuses objects that are not plain JSON objects (dates, class instances, maps)', () => {
    const error = refusal({ all: [ok, new Date(0), new Map()] });
    expect(issues(error)).toEqual([
      ['invalid-rule', ['all', 1]],
      ['invalid-rule', ['all', 2]],
    ]);
  });

  it('refuses a node with none, or several, of all/any/not/fact/predicate', () => {
    expect(issues(refusal({ all: [{}, { id: 'x' }, { all: [], not: ok }, { fact: 'a', predicate: 'speaksAny' }] }))).toEqual([
      ['invalid-rule', ['all', 0]],
      ['invalid-rule', ['all', 1]],
      ['invalid-rule', ['all', 2]],
      ['invalid-rule', ['all', 3]],
    ]);
  });

  it('refuses unknown keys, one issue per key', () => {
    expect(issues(refusal({ all: [ok], name: 'x', priority: 1 }))).toEqual([
      ['invalid-rule', ['name']],
      ['invalid-rule', ['priority']],
    ]);
    const error = refusal({ fact: 'a', op: '==', value: 1, operator: '==' });
    expect(error.path).toEqual(['operator']);
    expect(error.message).toBe('Unknown key "operator" in a comparison (allowed: "fact", "op", "value", "id", "description").');
  });

  it('refuses a comparison without op or value', () => {
    expect(issues(refusal({ any: [{ fact: 'a', value: 1 }, { fact: 'a', op: '==' }] }))).toEqual([
      ['invalid-rule', ['any', 0, 'op']],
      ['invalid-rule', ['any', 1, 'value']],
    ]);
    expect(refusal({ fact: 'a', op: '==' }).message).toBe('A comparison needs the key "value".');
  });

  it('refuses fact paths with empty segments and facts that are not strings', () => {
    expect(issues(refusal({ all: [{ fact: 'a..b', op: '==', value: 1 }, { fact: '', op: '==', value: 1 }, { fact: 3, op: '==', value: 1 }] }))).toEqual([
      ['invalid-rule', ['all', 0, 'fact']],
      ['invalid-rule', ['all', 1, 'fact']],
      ['invalid-rule', ['all', 2, 'fact']],
    ]);
  });

  it('refuses values of the wrong kind for their operator', () => {
    const rule = {
      all: [
        { fact: 'a', op: 'exists', value: 'yes' },
        { fact: 'a', op: 'between', value: [1] },
        { fact: 'a', op: 'between', value: [1, 2, 3] },
        { fact: 'a', op: 'in', value: 'KE' },
        { fact: 'a', op: '<', value: true },
        { fact: 'a', op: '==', value: { k: 1 } },
        { fact: 'a', op: '==', value: { param: '' } },
        { fact: 'a', op: '==', value: { fact: 'a.' } },
        { fact: 'a', op: '==', value: Number.POSITIVE_INFINITY },
      ],
    };
    expect(issues(refusal(rule))).toEqual(rule.all.map((_, i) => ['invalid-rule', ['all', i, 'value']]));
  });

  it('refuses empty ids and ids or descriptions that are not strings', () => {
    expect(issues(refusal({ all: [{ ...ok, id: '' }, { ...ok, description: 3 }], id: 7 }))).toEqual([
      ['invalid-rule', ['id']],
      ['invalid-rule', ['all', 0, 'id']],
      ['invalid-rule', ['all', 1, 'description']],
    ]);
  });

  it('refuses all/any that are not lists, and a not that is not a rule', () => {
    expect(issues(refusal({ all: [{ all: ok }, { any: 'x' }, { not: [ok] }] }))).toEqual([
      ['invalid-rule', ['all', 0, 'all']],
      ['invalid-rule', ['all', 1, 'any']],
      ['invalid-rule', ['all', 2, 'not']],
    ]);
  });
});

describe('compileRule refuses unknown operators, predicates and parameters', () => {
  it('refuses an unknown operator at its "op"', () => {
    const error = refusal({ all: [ok, { fact: 'a', op: '=>', value: 1 }] });
    expect([error.code, error.path]).toEqual(['unknown-operator', ['all', 1, 'op']]);
    expect(error.message).toBe('Unknown operator "=>" (the operators are == != < <= > >= in notIn contains exists between).');
  });

  it('operators are case-sensitive: "NOTIN" and "Exists" are unknown', () => {
    expect(issues(refusal({ any: [{ fact: 'a', op: 'NOTIN', value: [] }, { fact: 'a', op: 'Exists', value: true }] }))).toEqual([
      ['unknown-operator', ['any', 0, 'op']],
      ['unknown-operator', ['any', 1, 'op']],
    ]);
  });

  it('refuses an unknown predicate at its "predicate"', () => {
    const error = refusal({ not: { predicate: 'isOlympian', args: {} } });
    expect([error.code, error.path]).toEqual(['unknown-predicate', ['not', 'predicate']]);
  });

  it('refuses predicates that the registry given does not hold (an empty registry holds none)', () => {
    const error = refusal({ predicate: 'speaksAny', args: { languages: ['en'] } }, createRegistry());
    expect([error.code, error.path]).toEqual(['unknown-predicate', ['predicate']]);
  });

  it('refuses predicate arguments that fail the predicate schema, at each argument', () => {
    const error = refusal({
      all: [
        { predicate: 'ageBetween', args: { min: -1, maxAge: 30 } },
        { predicate: 'speaksAny', args: { languages: ['EN'] } },
        { predicate: 'hasParticipatedIn' },
      ],
    });
    expect(issues(error)).toEqual([
      ['invalid-predicate-args', ['all', 0, 'args', 'min']],
      ['invalid-predicate-args', ['all', 0, 'args', 'maxAge']],
      ['invalid-predicate-args', ['all', 1, 'args', 'languages', 0]],
      ['invalid-predicate-args', ['all', 2, 'args', 'events']],
    ]);
  });

  it('refuses a parameter outside options.knownParams, at its "param"', () => {
    const rule = { all: [{ fact: 'a', op: '>=', value: { param: 'minimumAge' } }, { predicate: 'ageBetween', args: { min: { param: 'minAge' } } }] };
    const error = refusal(rule, undefined, ['minimumAge']);
    expect(issues(error)).toEqual([['unknown-parameter', ['all', 1, 'args', 'min', 'param']]]);
    expect(compileRule(rule, undefined, { knownParams: new Set(['minimumAge', 'minAge']) }).ok).toBe(true);
  });

  it('gathers problems of different kinds in document order; the first gives the error its code and path', () => {
    const error = refusal({ all: [{ fact: 'a', op: '~', value: 1 }, { predicate: 'nope' }, { fact: 'a..b', op: '==', value: 1 }] });
    expect(issues(error)).toEqual([
      ['unknown-operator', ['all', 0, 'op']],
      ['unknown-predicate', ['all', 1, 'predicate']],
      ['invalid-rule', ['all', 2, 'fact']],
    ]);
    expect([error.code, error.path]).toEqual(['unknown-operator', ['all', 0, 'op']]);
  });
});

describe('compileRule refuses bad arguments', () => {
  it('refuses a registry it did not make', () => {
    const result = compileRule(ok, { predicates: new Map() } as unknown as PredicateRegistry);
    expect(result.ok ? null : [result.error.code, result.error.path]).toEqual(['invalid-input', ['registry']]);
  });

  it('refuses knownParams that are not names', () => {
    const result = compileRule(ok, undefined, { knownParams: [1] as unknown as string[] });
    expect(result.ok ? null : [result.error.code, result.error.path]).toEqual(['invalid-input', ['knownParams']]);
  });

  it('refuses a document whose reading throws (a hostile getter)', () => {
    const rule = { all: [ok] };
    Object.defineProperty(rule, 'any', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = compileRule(rule);
    expect(result.ok ? null : [result.error.code, result.error.path]).toEqual(['invalid-rule', []]);
  });

  it('does not keep the document: changing it after compiling changes nothing', () => {
    const list = ['KE', 'NG'];
    const rule = { fact: 'country', op: 'in', value: list };
    const compiled = compileRule(rule);
    list.push('GH');
    rule.fact = 'other';
    const result = compiled.ok ? compiled.value.evaluate({ country: 'GH' }, { trace: false }) : null;
    expect(result?.ok ? result.value.outcome : null).toBe('fail');
  });
});

describe('a compiled rule', () => {
  it('reports the parameters and predicates it uses', () => {
    const compiled = compileRule({ all: [{ fact: 'a', op: '==', value: { param: 'p' } }, { predicate: 'ageBetween', args: { min: { param: 'q' } } }, { predicate: 'speaksAny', args: { languages: ['en'] } }] });
    expect(compiled.ok && [compiled.value.params, compiled.value.predicates]).toEqual([['p', 'q'], ['ageBetween', 'speaksAny']]);
  });

  it('fills predicate arguments from each evaluation’s parameters', () => {
    const compiled = compileRule({ predicate: 'ageBetween', args: { min: { param: 'minimumAge' } } });
    if (!compiled.ok) throw new Error(compiled.error.message);
    const facts = { athlete: { dateOfBirth: '2000-01-01' } };
    const at = (minimumAge: number): unknown => {
      const result = compiled.value.evaluate(facts, { asOf: '2025-01-01', params: { minimumAge }, trace: false });
      return result.ok ? result.value.outcome : result.error.code;
    };
    expect([at(18), at(30), at(18), at(25)]).toEqual(['pass', 'fail', 'pass', 'pass']);
  });
});

describe('evaluation refuses bad options and unusable rules', () => {
  const compiled = compileRule({ all: [{ fact: 'a', op: '==', value: { param: 'p' } }, { predicate: 'ageBetween', args: { min: 18 } }] });
  if (!compiled.ok) throw new Error(compiled.error.message);
  const evaluate = compiled.value.evaluate;
  const codeAndPath = (result: ReturnType<typeof evaluate>): unknown => (result.ok ? result.value.outcome : [result.error.code, result.error.path]);

  it('refuses options that are not an object', () => {
    expect(codeAndPath(evaluate({}, 'fast' as never))).toEqual(['invalid-input', []]);
  });
  it('refuses params that are not an object', () => {
    expect(codeAndPath(evaluate({}, { params: [1] as never }))).toEqual(['invalid-input', ['params']]);
  });
  it('refuses an asOf that is not a calendar date', () => {
    expect(codeAndPath(evaluate({}, { params: { p: 1 }, asOf: '2025-02-30' }))).toEqual(['invalid-input', ['asOf']]);
  });
  it('refuses a trace option that is not a boolean', () => {
    expect(codeAndPath(evaluate({}, { params: { p: 1 }, trace: 'no' as never }))).toEqual(['invalid-input', ['trace']]);
  });
  it('refuses to evaluate a predicate that needs asOf without one', () => {
    expect(codeAndPath(evaluate({}, { params: { p: 1 } }))).toEqual(['invalid-input', ['asOf']]);
  });
  it('refuses to evaluate without a parameter the rule uses, naming every place it is used', () => {
    const result = evaluateRule({ any: [{ fact: 'a', op: '==', value: { param: 'p' } }, { fact: 'b', op: '==', value: { param: 'p' } }] }, {});
    expect(result.ok ? null : issues(result.error)).toEqual([
      ['unknown-parameter', ['any', 0, 'value', 'param']],
      ['unknown-parameter', ['any', 1, 'value', 'param']],
    ]);
  });
  it('refuses predicate arguments that fail the schema once a parameter fills them in', () => {
    const result = evaluateRule({ predicate: 'ageBetween', args: { min: { param: 'minimumAge' } } }, {}, { asOf: '2025-01-01', params: { minimumAge: 'eighteen' } });
    expect(result.ok ? null : [result.error.code, result.error.path]).toEqual(['invalid-predicate-args', ['args', 'min']]);
  });
  it('turns facts whose reading throws into an invalid-facts result', () => {
    const facts = Object.defineProperty({}, 'a', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(codeAndPath(evaluate(facts, { params: { p: 1 }, asOf: '2025-01-01' }))).toEqual(['invalid-facts', []]);
  });
  it('turns a predicate that throws, or answers something else than an outcome, into a predicate-error result', () => {
    const throwing = registerPredicate(builtInRegistry(), 'throws', { args: z.object({}), evaluate: () => { throw new Error('boom'); } });
    const lying = registerPredicate(builtInRegistry(), 'lies', { args: z.object({}), evaluate: () => 'maybe' as never });
    if (!throwing.ok || !lying.ok) throw new Error('registration failed');
    const one = evaluateRule({ not: { predicate: 'throws' } }, {}, { registry: throwing.value });
    const other = evaluateRule({ all: [{ predicate: 'lies' }] }, {}, { registry: lying.value });
    expect(one.ok ? null : [one.error.code, one.error.path, one.error.message]).toEqual(['predicate-error', ['not'], 'The predicate "throws" failed: boom.']);
    expect(other.ok ? null : [other.error.code, other.error.path]).toEqual(['predicate-error', ['all', 0]]);
  });
});
