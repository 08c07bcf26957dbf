/**
 * The rule language, as a partner can read it: one describe per operator and combinator, each test a
 * sentence of the specification (DESIGN.md, "The rule language"; docs/eligibility.md).
 */
import { describe, expect, it } from 'vitest';
import { evaluateRule, type EvaluateRuleOneShotOptions, type Outcome } from 'athlete-accelerator/eligibility';

function run(rule: unknown, facts: unknown, options: EvaluateRuleOneShotOptions = {}): { outcome: Outcome; missing: readonly string[] } {
  const result = evaluateRule(rule, facts, { trace: false, ...options });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return { outcome: result.value.outcome, missing: result.value.missing };
}

const outcome = (rule: unknown, facts: unknown, options?: EvaluateRuleOneShotOptions): Outcome =>
  run(rule, facts, options).outcome;

const is = (op: string, value: unknown, fact: unknown): Outcome =>
  outcome({ fact: 'x', op, value }, fact === undefined ? {} : { x: fact });

const PASS = { fact: 'p', op: 'exists', value: true };
const FAIL = { fact: 'p', op: 'exists', value: false };
const UNKNOWN = { fact: 'absent', op: '==', value: 1 };
const facts = { p: 1 };

describe('absent facts', () => {
  it('a comparison whose fact is undefined is unknown and its path is reported in missing', () => {
    expect(run({ fact: 'athlete.country', op: '==', value: 'KE' }, { athlete: {} })).toEqual({
      outcome: 'unknown',
      missing: ['athlete.country'],
    });
  });

  it('a fact that is null counts as absent, exactly like one that is undefined', () => {
    expect(run({ fact: 'athlete.country', op: '!=', value: 'KE' }, { athlete: { country: null } })).toEqual({
      outcome: 'unknown',
      missing: ['athlete.country'],
    });
  });

  it('a path through something that is not an object is absent', () => {
    expect(run({ fact: 'athlete.country.code', op: '==', value: 'KE' }, { athlete: { country: 'KE' } }).outcome).toBe('unknown');
    expect(run({ fact: 'athlete.name', op: '==', value: 'x' }, 'not an object').outcome).toBe('unknown');
  });

  it('missing lists each absent fact once, in the order the document first reads it', () => {
    const rule = {
      all: [
        { fact: 'b', op: '==', value: 1 },
        { fact: 'a', op: '==', value: 1 },
        { any: [{ fact: 'b', op: '>', value: 0 }, { fact: 'c', op: '<', value: 9 }] },
      ],
    };
    expect(run(rule, {}).missing).toEqual(['b', 'a', 'c']);
  });

  it('missing lists every absent fact the rule reads, even when the outcome is decided without it', () => {
    const rule = { all: [{ fact: 'a', op: '==', value: 1 }, { fact: 'b', op: '==', value: 1 }] };
    expect(run(rule, { b: 2 })).toEqual({ outcome: 'fail', missing: ['a'] });
  });

  it('missing is empty when every fact the rule reads is present', () => {
    expect(run({ fact: 'a', op: '==', value: 1 }, { a: 1 }).missing).toEqual([]);
  });

  it('fact paths read own properties only: constructor, __proto__ and toString are absent on plain facts', () => {
    for (const path of ['constructor', '__proto__', 'toString', 'athlete.constructor.name', 'athlete.hasOwnProperty']) {
      expect(run({ fact: path, op: 'exists', value: true }, { athlete: {} }).outcome).toBe('fail');
    }
  });

  it('an own property named like a prototype member is read like any other', () => {
    const own = JSON.parse('{"athlete":{"constructor":"yes"}}') as unknown;
    expect(outcome({ fact: 'athlete.constructor', op: '==', value: 'yes' }, own)).toBe('pass');
  });

  it('array elements are read by index', () => {
    const athlete = { participations: [{ event: 'olympic-games', year: 2021 }] };
    expect(outcome({ fact: 'athlete.participations.0.year', op: '==', value: 2021 }, { athlete })).toBe('pass');
    expect(outcome({ fact: 'athlete.participations.1.year', op: '==', value: 2021 }, { athlete })).toBe('unknown');
  });
});

describe('== (equal)', () => {
  it('passes when the fact equals the value', () => { expect(is('==', 'judo', 'judo')).toBe('pass'); });
  it('fails when the fact differs from the value', () => { expect(is('==', 'judo', 'rowing')).toBe('fail'); });
  it('fails when the types differ: the number 18 is not the string "18"', () => {
    expect(is('==', 18, '18')).toBe('fail');
    expect(is('==', '18', 18)).toBe('fail');
  });
  it('fails for true against 1 and for false against 0 or ""', () => {
    expect(is('==', true, 1)).toBe('fail');
    expect(is('==', false, 0)).toBe('fail');
    expect(is('==', false, '')).toBe('fail');
  });
  it('compares lists element by element', () => {
    expect(is('==', ['en', 'fr'], ['en', 'fr'])).toBe('pass');
    expect(is('==', ['en', 'fr'], ['fr', 'en'])).toBe('fail');
  });
  it('compares another fact structurally, objects key by key', () => {
    const rule = { fact: 'a', op: '==', value: { fact: 'b' } };
    expect(outcome(rule, { a: { k: [1, 'x'] }, b: { k: [1, 'x'] } })).toBe('pass');
    expect(outcome(rule, { a: { k: 1 }, b: { k: 1, l: 2 } })).toBe('fail');
  });
  it('can never pass against null: a null fact is absent, so the outcome is unknown', () => {
    expect(is('==', null, null)).toBe('unknown');
    expect(is('==', null, 0)).toBe('fail');
  });
  it('treats dates as the strings they are: equal dates are equal strings', () => {
    expect(is('==', '2024-05-01', '2024-05-01')).toBe('pass');
  });
});

describe('!= (not equal)', () => {
  it('passes when the fact differs from the value', () => { expect(is('!=', 'judo', 'rowing')).toBe('pass'); });
  it('fails when the fact equals the value', () => { expect(is('!=', 'judo', 'judo')).toBe('fail'); });
  it('passes when the types differ: values of different types are never equal', () => {
    expect(is('!=', 18, '18')).toBe('pass');
    expect(is('!=', true, 'true')).toBe('pass');
  });
  it('is unknown when the fact is absent', () => { expect(is('!=', 1, undefined)).toBe('unknown'); });
});

describe('<, <=, >, >= (ordering)', () => {
  it('orders numbers', () => {
    expect(is('<', 18, 17)).toBe('pass');
    expect(is('<', 18, 18)).toBe('fail');
    expect(is('<=', 18, 18)).toBe('pass');
    expect(is('>', 18, 19)).toBe('pass');
    expect(is('>=', 18, 18)).toBe('pass');
    expect(is('>=', 18, 17.5)).toBe('fail');
  });
  it('orders ISO dates (YYYY-MM-DD) as dates', () => {
    expect(is('<', '2024-02-01', '2024-01-31')).toBe('pass');
    expect(is('>=', '2017-01-01', '2016-12-31')).toBe('fail');
    expect(is('<=', '2024-02-29', '2024-02-29')).toBe('pass');
  });
  it('orders other strings by their characters, the same on every platform', () => {
    expect(is('<', 'b', 'a')).toBe('pass');
    expect(is('<', 'B', 'a')).toBe('fail');
  });
  it('never orders values of different types: every comparison fails', () => {
    for (const op of ['<', '<=', '>', '>=']) {
      expect(is(op, 10, '5')).toBe('fail');
      expect(is(op, '5', 10)).toBe('fail');
      expect(is(op, '2024-01-01', 'zzz')).toBe('fail');
      expect(is(op, 'zzz', '2024-01-01')).toBe('fail');
    }
  });
  it('a string that looks like a date but is not a calendar date is a plain string, not a date', () => {
    expect(is('<', '2024-03-01', '2023-02-29')).toBe('fail');
    expect(is('>', '2023-01-01', '2023-02-29')).toBe('fail');
  });
  it('never orders booleans, lists or objects', () => {
    expect(is('>', 0, true)).toBe('fail');
    expect(is('>', 0, [1])).toBe('fail');
    expect(is('<', 'a', { a: 1 })).toBe('fail');
  });
  it('fails for NaN, which is not ordered against anything', () => {
    expect(is('<', 1, Number.NaN)).toBe('fail');
    expect(is('>=', 1, Number.NaN)).toBe('fail');
  });
  it('is unknown when the fact is absent', () => { expect(is('>', 1, undefined)).toBe('unknown'); });
});

describe('between', () => {
  it('passes for values from low to high, both included', () => {
    expect(is('between', [18, 35], 18)).toBe('pass');
    expect(is('between', [18, 35], 35)).toBe('pass');
    expect(is('between', [18, 35], 26)).toBe('pass');
  });
  it('fails outside the range', () => {
    expect(is('between', [18, 35], 17)).toBe('fail');
    expect(is('between', [18, 35], 36)).toBe('fail');
  });
  it('works on dates', () => {
    expect(is('between', ['2025-01-15', '2025-03-31'], '2025-03-31')).toBe('pass');
    expect(is('between', ['2025-01-15', '2025-03-31'], '2025-04-01')).toBe('fail');
  });
  it('fails when the fact, low and high are not all of one ordered type', () => {
    expect(is('between', [18, 35], '20')).toBe('fail');
    expect(is('between', [18, '35'], 20)).toBe('fail');
    expect(is('between', ['2025-01-01', 'z'], '2025-02-01')).toBe('fail');
  });
  it('fails for an empty range (low above high)', () => { expect(is('between', [35, 18], 20)).toBe('fail'); });
  it('is unknown when the fact is absent', () => { expect(is('between', [1, 2], undefined)).toBe('unknown'); });
});

describe('in', () => {
  it('passes when the fact equals one of the listed values', () => { expect(is('in', ['KE', 'NG'], 'NG')).toBe('pass'); });
  it('fails when it equals none of them', () => { expect(is('in', ['KE', 'NG'], 'GH')).toBe('fail'); });
  it('uses the same equality as ==: the number 1 is not in ["1"]', () => { expect(is('in', ['1'], 1)).toBe('fail'); });
  it('finds lists inside a list of lists', () => { expect(is('in', [[1, 2], [3]], [3])).toBe('pass'); });
  it('fails with an empty list', () => { expect(is('in', [], 'KE')).toBe('fail'); });
  it('fails when a parameter or fact used as the list is not a list', () => {
    expect(outcome({ fact: 'x', op: 'in', value: { param: 'list' } }, { x: 'KE' }, { params: { list: 'KE' } })).toBe('fail');
  });
  it('is unknown when the fact is absent', () => { expect(is('in', ['KE'], undefined)).toBe('unknown'); });
});

describe('notIn', () => {
  it('passes when the fact equals none of the listed values', () => { expect(is('notIn', ['esports'], 'judo')).toBe('pass'); });
  it('fails when the fact equals one of them', () => { expect(is('notIn', ['esports'], 'esports')).toBe('fail'); });
  it('passes for a value of another type than every element', () => { expect(is('notIn', ['1'], 1)).toBe('pass'); });
  it('fails when a parameter or fact used as the list is not a list', () => {
    expect(outcome({ fact: 'x', op: 'notIn', value: { param: 'list' } }, { x: 'KE' }, { params: { list: 5 } })).toBe('fail');
  });
  it('is unknown when the fact is absent', () => { expect(is('notIn', ['KE'], undefined)).toBe('unknown'); });
});

describe('contains', () => {
  it('passes when a list fact has an element equal to the value', () => { expect(is('contains', 'en', ['sw', 'en'])).toBe('pass'); });
  it('fails when no element equals it (types included)', () => {
    expect(is('contains', 'en', ['sw'])).toBe('fail');
    expect(is('contains', 1, ['1'])).toBe('fail');
  });
  it('compares list elements that are lists element by element', () => { expect(is('contains', [1, 2], [[1, 2], [3]])).toBe('pass'); });
  it('passes when a string fact contains the value as a substring', () => {
    expect(is('contains', 'row', 'rowing')).toBe('pass');
    expect(is('contains', 'ski', 'rowing')).toBe('fail');
  });
  it('fails for a string fact and a value that is not a string', () => { expect(is('contains', 1, '123')).toBe('fail'); });
  it('fails for a fact that is neither a list nor a string', () => { expect(is('contains', 1, 123)).toBe('fail'); });
  it('is unknown when the fact is absent', () => { expect(is('contains', 'en', undefined)).toBe('unknown'); });
});

describe('exists', () => {
  it('exists: true passes when the fact is present and fails when it is absent', () => {
    expect(is('exists', true, 0)).toBe('pass');
    expect(is('exists', true, '')).toBe('pass');
    expect(is('exists', true, false)).toBe('pass');
    expect(is('exists', true, undefined)).toBe('fail');
    expect(is('exists', true, null)).toBe('fail');
  });
  it('exists: false passes when the fact is absent', () => {
    expect(is('exists', false, undefined)).toBe('pass');
    expect(is('exists', false, 'x')).toBe('fail');
  });
  it('is never unknown and never reports a missing fact', () => {
    expect(run({ fact: 'a', op: 'exists', value: true }, {})).toEqual({ outcome: 'fail', missing: [] });
  });
});

describe('values from parameters and other facts', () => {
  it('{ param } compares with the value given in options.params', () => {
    const rule = { fact: 'age', op: '>=', value: { param: 'minimumAge' } };
    expect(outcome(rule, { age: 18 }, { params: { minimumAge: 18 } })).toBe('pass');
    expect(outcome(rule, { age: 17 }, { params: { minimumAge: 18 } })).toBe('fail');
  });
  it('a parameter the evaluation does not supply is an error, not an outcome', () => {
    const result = evaluateRule({ fact: 'age', op: '>=', value: { param: 'minimumAge' } }, { age: 18 }, { params: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('unknown-parameter');
      expect(result.error.path).toEqual(['value', 'param']);
    }
  });
  it('parameters are own properties of options.params: an inherited name is not a parameter', () => {
    const result = evaluateRule({ fact: 'a', op: '==', value: { param: 'toString' } }, { a: 1 }, { params: {} });
    expect(result.ok ? result.value.outcome : result.error.code).toBe('unknown-parameter');
  });
  it('{ fact } compares with another fact', () => {
    const rule = { fact: 'application.submittedOn', op: '<=', value: { fact: 'edition.closesOn' } };
    expect(outcome(rule, { application: { submittedOn: '2025-03-01' }, edition: { closesOn: '2025-03-31' } })).toBe('pass');
  });
  it('a { fact } value that is absent makes the comparison unknown and is reported in missing', () => {
    const rule = { fact: 'a', op: '==', value: { fact: 'b' } };
    expect(run(rule, { a: 1 })).toEqual({ outcome: 'unknown', missing: ['b'] });
    expect(run(rule, {})).toEqual({ outcome: 'unknown', missing: ['a', 'b'] });
  });
});

describe('all', () => {
  it('passes when every child passes', () => { expect(outcome({ all: [PASS, PASS] }, facts)).toBe('pass'); });
  it('fails when any child fails, even if another is unknown', () => {
    expect(outcome({ all: [UNKNOWN, FAIL] }, facts)).toBe('fail');
    expect(outcome({ all: [FAIL, UNKNOWN] }, facts)).toBe('fail');
  });
  it('is unknown when no child fails and one is unknown', () => { expect(outcome({ all: [PASS, UNKNOWN] }, facts)).toBe('unknown'); });
  it('passes when it has no children', () => { expect(outcome({ all: [] }, facts)).toBe('pass'); });
});

describe('any', () => {
  it('passes when any child passes, even if another is unknown', () => {
    expect(outcome({ any: [UNKNOWN, PASS] }, facts)).toBe('pass');
    expect(outcome({ any: [PASS, UNKNOWN] }, facts)).toBe('pass');
  });
  it('fails when every child fails', () => { expect(outcome({ any: [FAIL, FAIL] }, facts)).toBe('fail'); });
  it('is unknown when no child passes and one is unknown', () => { expect(outcome({ any: [FAIL, UNKNOWN] }, facts)).toBe('unknown'); });
  it('fails when it has no children', () => { expect(outcome({ any: [] }, facts)).toBe('fail'); });
});

describe('not', () => {
  it('turns pass into fail and fail into pass', () => {
    expect(outcome({ not: PASS }, facts)).toBe('fail');
    expect(outcome({ not: FAIL }, facts)).toBe('pass');
  });
  it('keeps unknown unknown', () => { expect(outcome({ not: UNKNOWN }, facts)).toBe('unknown'); });
});

describe('predicates', () => {
  it('call a registered predicate with its arguments', () => {
    const rule = { predicate: 'speaksAny', args: { languages: ['fr'] } };
    expect(outcome(rule, { athlete: { languages: ['en', 'fr'] } })).toBe('pass');
  });
  it('take { param } arguments from options.params', () => {
    const rule = { predicate: 'ageBetween', args: { min: { param: 'minimumAge' } } };
    const athlete = { dateOfBirth: '2008-03-02' };
    expect(outcome(rule, { athlete }, { asOf: '2026-03-01', params: { minimumAge: 18 } })).toBe('fail');
    expect(outcome(rule, { athlete }, { asOf: '2026-03-02', params: { minimumAge: 18 } })).toBe('pass');
  });
  it('report the facts they read that are absent in missing', () => {
    expect(run({ predicate: 'countryIn', args: { regions: ['africa'] } }, { athlete: {} })).toEqual({
      outcome: 'unknown',
      missing: ['athlete.country'],
    });
  });
});
