/** Properties of the rule language and its compiled evaluator, checked on random rules and facts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileRule,
  evaluateRule,
  missingToDecide,
  OPERATORS,
  RuleSchema,
  type Literal,
  type Operator,
  type Rule,
  type RuleEvaluation,
  type RuleTrace,
} from 'athlete-accelerator/eligibility';
import { testComparison } from '../../src/eligibility/compareValues.js';
import { compileLiteralTest } from '../../src/eligibility/compileLiteralTest.js';
import { referenceEvaluate } from './referenceEvaluator.js';
import { deepFreeze, factsArb, literalArb, ruleArb } from './ruleArbitraries.js';

const SEED = 20_250_301;
const RUNS = { seed: SEED, numRuns: 200 };

function evaluation(rule: unknown, facts: unknown, trace = false): RuleEvaluation {
  const result = evaluateRule(rule, facts, { trace });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

const outcomeOf = (rule: unknown, facts: unknown): string => evaluation(rule, facts).outcome;

function everyNode(trace: RuleTrace, visit: (node: RuleTrace) => void): void {
  visit(trace);
  if (trace.kind === 'all' || trace.kind === 'any') for (const child of trace.children) everyNode(child, visit);
  if (trace.kind === 'not') everyNode(trace.child, visit);
}

describe('the evaluator agrees with a naive reference evaluator written from the specification', () => {
  it('gives the same outcome and the same missing facts, in the same order', () => {
    fc.assert(
      fc.property(ruleArb, factsArb, (rule, facts) => {
        const expected = referenceEvaluate(rule, facts);
        const fast = evaluation(rule, facts, false);
        const traced = evaluation(rule, facts, true);
        expect(fast.outcome).toBe(expected.outcome);
        expect(fast.missing).toEqual(expected.missing);
        expect(traced.outcome).toBe(expected.outcome);
        expect(traced.missing).toEqual(expected.missing);
      }),
      { ...RUNS, numRuns: 600 },
    );
  });
});

describe('determinism and consistency', () => {
  it('evaluating twice, or compiling twice, gives identical results', () => {
    fc.assert(
      fc.property(ruleArb, factsArb, (rule, facts) => {
        const first = evaluateRule(rule, facts);
        const second = evaluateRule(rule, facts);
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
        const compiled = compileRule(rule);
        if (!compiled.ok) throw new Error(compiled.error.message);
        expect(JSON.stringify(compiled.value.evaluate(facts))).toBe(JSON.stringify(compiled.value.evaluate(facts)));
      }),
      RUNS,
    );
  });

  it('the trace root has the outcome of the evaluation, and every node has an outcome consistent with its children', () => {
    fc.assert(
      fc.property(ruleArb, factsArb, (rule, facts) => {
        const result = evaluation(rule, facts, true);
        expect(result.trace?.outcome).toBe(result.outcome);
        everyNode(result.trace!, (node) => {
          if (node.kind === 'all' || node.kind === 'any') {
            const outcomes = node.children.map((child) => child.outcome);
            const [decisive, other] = node.kind === 'all' ? (['fail', 'pass'] as const) : (['pass', 'fail'] as const);
            const expected = outcomes.includes(decisive) ? decisive : outcomes.includes('unknown') ? 'unknown' : other;
            expect(node.outcome).toBe(expected);
          }
          if (node.kind === 'not') {
            const flip = { pass: 'fail', fail: 'pass', unknown: 'unknown' } as const;
            expect(node.outcome).toBe(flip[node.child.outcome]);
          }
        });
      }),
      RUNS,
    );
  });

  it('a compiled rule gives the same result as the one-shot evaluateRule', () => {
    fc.assert(
      fc.property(ruleArb, fc.array(factsArb, { minLength: 1, maxLength: 4 }), fc.boolean(), (rule, manyFacts, trace) => {
        const compiled = compileRule(rule);
        if (!compiled.ok) throw new Error(compiled.error.message);
        for (const facts of manyFacts) {
          expect(compiled.value.evaluate(facts, { trace })).toEqual(evaluateRule(rule, facts, { trace }));
        }
      }),
      RUNS,
    );
  });

  it('the trace mirrors the rule: one trace node per rule node, at the same path, with its id and description', () => {
    fc.assert(
      fc.property(ruleArb, factsArb, (rule, facts) => {
        const trace = evaluation(rule, facts, true).trace!;
        const check = (node: Rule, at: RuleTrace, path: (string | number)[]): void => {
          expect(at.rulePath).toEqual(path);
          expect(at.id).toBe(node.id);
          expect(at.description).toBe(node.description);
          if ('all' in node && at.kind === 'all') node.all.forEach((child, i) => { check(child, at.children[i]!, [...path, 'all', i]); });
          else if ('any' in node && at.kind === 'any') node.any.forEach((child, i) => { check(child, at.children[i]!, [...path, 'any', i]); });
          else if ('not' in node && at.kind === 'not') check(node.not, at.child, [...path, 'not']);
          else if ('fact' in node && at.kind === 'comparison') {
            expect(at.fact).toBe(node.fact);
            expect(at.op).toBe(node.op);
          } else throw new Error(`trace node ${at.kind} does not match the rule`);
        };
        check(rule, trace, []);
      }),
      RUNS,
    );
  });

  it('missingToDecide is part of missing, empty exactly when the outcome is decided (rules without predicates)', () => {
    fc.assert(
      fc.property(ruleArb, factsArb, (rule, facts) => {
        const result = evaluation(rule, facts, true);
        const decide = missingToDecide(result.trace!);
        expect(decide.every((path) => result.missing.includes(path))).toBe(true);
        expect(decide.length > 0).toBe(result.outcome === 'unknown');
      }),
      RUNS,
    );
  });

  it('does not mutate the rule or the facts (both deep-frozen here)', () => {
    fc.assert(
      fc.property(ruleArb, factsArb, (rule, facts) => {
        const ruleText = JSON.stringify(rule);
        const factsText = JSON.stringify(facts);
        evaluation(deepFreeze(rule), deepFreeze(facts), true);
        expect(JSON.stringify(rule)).toBe(ruleText);
        expect(JSON.stringify(facts)).toBe(factsText);
      }),
      RUNS,
    );
  });

  it('the specialised literal comparisons agree with the general one on every present value', () => {
    const op = fc.constantFrom(...OPERATORS.filter((o): o is Exclude<Operator, 'exists'> => o !== 'exists'));
    const left = fc.oneof(literalArb, fc.dictionary(fc.string({ maxLength: 1 }), literalArb, { maxKeys: 2 }), fc.double());
    fc.assert(
      fc.property(op, literalArb, left, (operator, literal: Literal, value) => {
        fc.pre(value !== null);
        expect(compileLiteralTest(operator, literal)(value)).toBe(testComparison(operator, value, literal));
      }),
      { ...RUNS, numRuns: 2_000 },
    );
  });

  it('RuleSchema and compileRule agree on which documents are well-formed rules', () => {
    fc.assert(
      fc.property(fc.oneof(ruleArb, fc.jsonValue({ maxDepth: 4 })), (document) => {
        const compiled = compileRule(document);
        expect(compiled.ok).toBe(RuleSchema.safeParse(document).success);
      }),
      RUNS,
    );
  });
});

describe('Kleene laws on random rules and facts', () => {
  const law = (name: string, sides: (a: Rule, b: Rule) => [unknown, unknown]): void => {
    it(name, () => {
      fc.assert(
        fc.property(ruleArb, ruleArb, factsArb, (a, b, facts) => {
          const [left, right] = sides(a, b);
          expect(outcomeOf(left, facts)).toBe(outcomeOf(right, facts));
        }),
        RUNS,
      );
    });
  };
  const FAILS: Rule = { any: [] };
  const PASSES: Rule = { all: [] };

  law('not (not r) is r', (a) => [{ not: { not: a } }, a]);
  law('not (all [a, b]) is any [not a, not b]', (a, b) => [{ not: { all: [a, b] } }, { any: [{ not: a }, { not: b }] }]);
  law('not (any [a, b]) is all [not a, not b]', (a, b) => [{ not: { any: [a, b] } }, { all: [{ not: a }, { not: b }] }]);
  law('all [a, b] is all [b, a]', (a, b) => [{ all: [a, b] }, { all: [b, a] }]);
  law('any [a, b] is any [b, a]', (a, b) => [{ any: [a, b] }, { any: [b, a] }]);
  law('all [a, a] is a, and any [a, a] is a', (a) => [{ all: [a, { any: [a, a] }] }, a]);
  law('all [a, all [b]] is all [a, b]', (a, b) => [{ all: [a, { all: [b] }] }, { all: [a, b] }]);
  law('all with a failing child fails', (a) => [{ all: [a, FAILS] }, FAILS]);
  law('any with a passing child passes', (a) => [{ any: [FAILS, a, PASSES] }, PASSES]);
  law('a passing child does not change all, a failing one does not change any', (a) => [{ all: [PASSES, { any: [FAILS, a] }] }, a]);

  it('missing does not depend on the order of children', () => {
    fc.assert(
      fc.property(ruleArb, ruleArb, factsArb, (a, b, facts) => {
        const one = evaluation({ all: [a, b] }, facts).missing;
        const other = evaluation({ all: [b, a] }, facts).missing;
        expect([...one].sort()).toEqual([...other].sort());
      }),
      RUNS,
    );
  });
});

describe('hostile input', () => {
  const FORBIDDEN = ['__proto__', 'constructor', 'prototype'] as const;

  /** Every object inside a JSON value, with its path. */
  function objectsIn(value: unknown, path: (string | number)[] = [], found: [(string | number)[], object][] = []): [(string | number)[], object][] {
    if (Array.isArray(value)) value.forEach((item, i) => objectsIn(item, [...path, i], found));
    else if (typeof value === 'object' && value !== null) {
      found.push([path, value]);
      for (const [key, item] of Object.entries(value)) objectsIn(item, [...path, key], found);
    }
    return found;
  }

  it('refuses a forbidden key injected anywhere (via JSON.parse), naming its path, without polluting Object.prototype', () => {
    fc.assert(
      fc.property(ruleArb, fc.nat(), fc.constantFrom(...FORBIDDEN), fc.jsonValue({ maxDepth: 2 }), (rule, pick, key, payload) => {
        const targets = objectsIn(rule);
        const [path] = targets[pick % targets.length]!;
        // Rebuild the chosen object with the key added, as JSON text, then parse it: an own key.
        const injected = JSON.parse(JSON.stringify(rule)) as Record<string, unknown>;
        let at: unknown = injected;
        for (const segment of path) at = (at as Record<string | number, unknown>)[segment];
        const withKey = JSON.parse(
          `{${JSON.stringify(key)}:${JSON.stringify({ polluted: true, payload })},${JSON.stringify(at).slice(1)}`.replace(/,}$/, '}'),
        ) as Record<string, unknown>;
        expect(Object.hasOwn(withKey, key)).toBe(true);
        let document: unknown = withKey;
        if (path.length > 0) {
          let parent: unknown = injected;
          for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
          (parent as Record<string | number, unknown>)[path.at(-1)!] = withKey;
          document = injected;
        }
        const compiled = compileRule(document);
        expect(compiled.ok).toBe(false);
        if (!compiled.ok) {
          expect(compiled.error.code).toBe('forbidden-key');
          expect(compiled.error.issues).toContainEqual(expect.objectContaining({ code: 'forbidden-key', path: [...path, key] }));
        }
        const evaluated = evaluateRule(document, { polluted: 'no' });
        expect(evaluated.ok).toBe(false);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      RUNS,
    );
  });

  it('refuses rules nested 65 levels deep or more, and accepts 64', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.constantFrom('all', 'any', 'not'), (depth, kind) => {
        let rule: unknown = { fact: 'a', op: '==', value: 1 };
        for (let i = 1; i < depth; i += 1) rule = kind === 'not' ? { not: rule } : { [kind]: [rule] };
        const compiled = compileRule(rule);
        expect(compiled.ok).toBe(depth <= 64);
        if (!compiled.ok) {
          expect(compiled.error.code).toBe('rule-too-deep');
          const step = kind === 'not' ? ['not'] : [kind, 0];
          expect(compiled.error.path).toEqual(Array.from({ length: 64 }, () => step).flat());
        }
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('refuses a document nested 100,000 levels deep without overflowing the stack', () => {
    const text = `${'{"not":'.repeat(100_000)}{"fact":"a","op":"exists","value":true}${'}'.repeat(100_000)}`;
    const compiled = compileRule(JSON.parse(text));
    expect(compiled.ok ? 'accepted' : compiled.error.code).toBe('rule-too-deep');
    const arrays = JSON.parse(`{"fact":"a","op":"in","value":${'['.repeat(100_000)}${']'.repeat(100_000)}}`) as unknown;
    const refused = compileRule(arrays);
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('rule-too-deep');
  });

  it('refuses 10,001 rule nodes and accepts 10,000', () => {
    const children = (count: number): unknown[] => Array.from({ length: count }, (_, i) => ({ fact: `f${i}`, op: 'exists', value: true }));
    expect(compileRule({ all: children(9_999) }).ok).toBe(true);
    const refused = compileRule({ all: children(10_000) });
    expect(refused.ok ? 'accepted' : [refused.error.code, refused.error.path]).toEqual(['rule-too-large', []]);
  });

  it('refuses random JSON documents cleanly: a result, never a throw, with a known code and a path', () => {
    const codes = new Set(['invalid-rule', 'unknown-operator', 'unknown-predicate', 'invalid-predicate-args', 'forbidden-key', 'rule-too-deep', 'rule-too-large']);
    fc.assert(
      fc.property(fc.jsonValue(), (document) => {
        const compiled = compileRule(document);
        if (!compiled.ok) {
          expect(codes.has(compiled.error.code)).toBe(true);
          expect(Array.isArray(compiled.error.path)).toBe(true);
          expect(compiled.error.issues?.length).toBeGreaterThan(0);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { ...RUNS, numRuns: 500 },
    );
  });

  it('never throws on any JavaScript value as a rule document', () => {
    const anything = fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withObjectString: true,
      withSet: true,
      withSparseArray: true,
      withTypedArray: true,
      stringUnit: 'binary',
    });
    fc.assert(
      fc.property(anything, anything, (document, facts) => {
        expect(() => evaluateRule(document, facts)).not.toThrow();
      }),
      { ...RUNS, numRuns: 150 },
    );
  });

  it('evaluates any facts value without throwing: JSON, or any JavaScript value', () => {
    const anything = fc.anything({ maxDepth: 3, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true });
    fc.assert(
      fc.property(ruleArb, fc.oneof(fc.jsonValue(), anything, factsArb), fc.boolean(), (rule, facts, trace) => {
        const result = evaluateRule(rule, facts, { trace });
        expect(result.ok).toBe(true);
      }),
      { ...RUNS, numRuns: 300 },
    );
  });

  it('ends on facts that share structure exponentially (2^40 paths through 40 shared lists)', () => {
    let a: unknown = [1];
    let b: unknown = [1];
    for (let i = 0; i < 40; i += 1) {
      a = [a, a];
      b = [b, b];
    }
    const rule = { any: [{ fact: 'a', op: '==', value: { fact: 'b' } }, { fact: 'a', op: 'in', value: { fact: 'b' } }] };
    expect(['pass', 'fail']).toContain(evaluation(rule, { a, b }, true).outcome);
  });

  it('ends quickly on cyclic facts', () => {
    const a: Record<string, unknown> = {};
    const b: Record<string, unknown> = {};
    a.self = a;
    a.list = [a];
    b.self = b;
    b.list = [b];
    const rule = { all: [{ fact: 'a', op: '==', value: { fact: 'b' } }, { fact: 'a.list', op: 'contains', value: { fact: 'b' } }] };
    expect(evaluation(rule, { a, b }).outcome).toBe('fail');
  });
});
