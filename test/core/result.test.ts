import { describe, expect, it } from 'vitest';
import { andThen, combine, err, mapError, mapResult, ok, unwrapOr, type Result } from 'athlete-accelerator/core';
import { deepFreeze } from './deepFreeze.js';

const half = (n: number): Result<number, string> => (n % 2 === 0 ? ok(n / 2) : err(`${n} is odd`));

describe('ok and err', () => {
  it('build the two branches of a result', () => {
    expect(ok(42)).toEqual({ ok: true, value: 42 });
    expect(err({ code: 'infeasible', message: 'No assignment avoids the forbidden pairs.' })).toEqual({
      ok: false,
      error: { code: 'infeasible', message: 'No assignment avoids the forbidden pairs.' },
    });
    expect(ok(undefined)).toEqual({ ok: true, value: undefined });
  });
});

describe('mapResult and mapError', () => {
  it('map the value of a success and pass a failure through untouched', () => {
    expect(mapResult(ok(2), (n) => n * 10)).toEqual({ ok: true, value: 20 });
    const failure = err('boom');
    expect(mapResult(failure, () => 1)).toBe(failure);
  });

  it('map the error of a failure and pass a success through untouched', () => {
    expect(mapError(err('boom'), (e) => e.toUpperCase())).toEqual({ ok: false, error: 'BOOM' });
    const success = ok(1);
    expect(mapError(success, () => 'never')).toBe(success);
  });

  it('never call the function on the other branch', () => {
    let calls = 0;
    mapResult(err('x'), () => ++calls);
    mapError(ok(1), () => ++calls);
    andThen(err('x'), () => ok(++calls));
    expect(calls).toBe(0);
  });
});

describe('andThen', () => {
  it('chains steps that can fail, stopping at the first failure', () => {
    expect(andThen(ok(4), (n) => (n > 0 ? ok(Math.sqrt(n)) : err('negative')))).toEqual({ ok: true, value: 2 });
    expect(andThen(andThen(ok(12), half), half)).toEqual({ ok: true, value: 3 });
    expect(andThen(andThen(ok(6), half), half)).toEqual({ ok: false, error: '3 is odd' });
    expect(andThen(err('first'), half)).toEqual({ ok: false, error: 'first' });
  });
});

describe('unwrapOr', () => {
  it('gives the value of a success or the fallback of a failure', () => {
    expect(unwrapOr(ok(5), 0)).toBe(5);
    expect(unwrapOr(err('missing'), 0)).toBe(0);
    expect(unwrapOr(ok(0), 9)).toBe(0);
  });
});

describe('combine', () => {
  it('collects the values of all successes in order', () => {
    expect(combine([ok(1), ok(2), ok(3)])).toEqual({ ok: true, value: [1, 2, 3] });
    expect(combine([])).toEqual({ ok: true, value: [] });
  });

  it('returns the first error', () => {
    expect(combine([ok(1), err('second'), err('third')])).toEqual({ ok: false, error: 'second' });
  });

  it('does not mutate its list', () => {
    const list = deepFreeze([ok(1), ok(2)]);
    const copy = structuredClone(list);
    const combined = combine(list);
    expect(combined).toEqual({ ok: true, value: [1, 2] });
    expect(list).toEqual(copy);
  });
});
