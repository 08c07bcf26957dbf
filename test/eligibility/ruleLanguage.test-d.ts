import { describe, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { Result } from 'athlete-accelerator/core';
import {
  builtInRegistry,
  compileRule,
  evaluateRule,
  missingToDecide,
  registerPredicate,
  type CompiledRule,
  type EligibilityError,
  type EligibilityErrorCode,
  type Outcome,
  type PredicateRegistry,
  type Rule,
  type RuleEvaluation,
  type RuleTrace,
} from 'athlete-accelerator/eligibility';

describe('public types of the rule language', () => {
  it('compileRule and evaluateRule return Results with the module error', () => {
    expectTypeOf(compileRule).returns.toEqualTypeOf<Result<CompiledRule, EligibilityError>>();
    expectTypeOf(evaluateRule).returns.toEqualTypeOf<Result<RuleEvaluation, EligibilityError>>();
    expectTypeOf<EligibilityError['code']>().toEqualTypeOf<EligibilityErrorCode>();
  });

  it('an evaluation has a three-valued outcome, a list of paths and a trace or null', () => {
    expectTypeOf<RuleEvaluation['outcome']>().toEqualTypeOf<Outcome>();
    expectTypeOf<Outcome>().toEqualTypeOf<'pass' | 'fail' | 'unknown'>();
    expectTypeOf<RuleEvaluation['missing']>().toEqualTypeOf<readonly string[]>();
    expectTypeOf<RuleEvaluation['trace']>().toEqualTypeOf<RuleTrace | null>();
    expectTypeOf(missingToDecide).parameter(0).toEqualTypeOf<RuleTrace>();
  });

  it('rule literals type-check as Rule, and a misspelt operator does not', () => {
    expectTypeOf({ all: [{ fact: 'athlete.age', op: '>=', value: 18 }] } as const).toExtend<Rule>();
    expectTypeOf({ fact: 'athlete.age', op: '=>', value: 18 } as const).not.toExtend<Rule>();
  });

  it('a predicate’s evaluate receives the output of its args schema, transforms included', () => {
    registerPredicate(builtInRegistry(), 'inSet', {
      args: z.object({ items: z.array(z.string()) }).transform(({ items }) => new Set(items)),
      evaluate: (args) => {
        expectTypeOf(args).toEqualTypeOf<Set<string>>();
        return 'pass';
      },
    });
    expectTypeOf(registerPredicate).returns.toEqualTypeOf<Result<PredicateRegistry, EligibilityError>>();
  });
});
