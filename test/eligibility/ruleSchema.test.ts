/** The zod schema of rules and its JSON Schema export. */
import { describe, expect, it } from 'vitest';
import { compileRule, OPERATORS, RuleSchema, ruleJsonSchema, type Rule } from 'athlete-accelerator/eligibility';

const example: Rule = {
  id: 'eligible',
  all: [
    { fact: 'athlete.age', op: 'between', value: [18, 35] },
    { any: [{ fact: 'athlete.country', op: 'in', value: { param: 'countries' } }, { not: { fact: 'athlete.x', op: 'exists', value: true } }] },
    { predicate: 'speaksAny', args: { languages: ['en'] }, description: 'Speaks English' },
  ],
};

describe('RuleSchema', () => {
  it('accepts a rule with every kind of node', () => {
    expect(RuleSchema.safeParse(example).success).toBe(true);
  });

  it('refuses unknown operators, unknown keys and values of the wrong kind', () => {
    for (const bad of [
      { fact: 'a', op: 'like', value: 'x' },
      { fact: 'a', op: '==', value: 1, extra: true },
      { fact: 'a', op: 'exists', value: 1 },
      { all: [{ fact: 'a', op: 'between', value: [1] }] },
      { not: [] },
    ]) {
      expect(RuleSchema.safeParse(bad).success).toBe(false);
    }
  });

  it('knows the eleven operators of the language', () => {
    expect(OPERATORS).toEqual(['==', '!=', '<', '<=', '>', '>=', 'in', 'notIn', 'contains', 'exists', 'between']);
  });
});

describe('ruleJsonSchema', () => {
  it('is a draft 2020-12 JSON Schema whose recursion goes through $defs', () => {
    expect(ruleJsonSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ruleJsonSchema.$ref).toBe('#/$defs/Rule');
    const text = JSON.stringify(ruleJsonSchema);
    expect(text).toContain('"$ref":"#/$defs/Rule"');
    expect(Object.keys(ruleJsonSchema.$defs ?? {}).sort()).toEqual(['JsonValue', 'Literal', 'Rule']);
  });

  it('lists every operator', () => {
    const text = JSON.stringify(ruleJsonSchema);
    for (const op of OPERATORS) expect(text).toContain(JSON.stringify(op));
  });

  it('the example rule compiles', () => {
    expect(compileRule(example).ok).toBe(true);
  });
});
