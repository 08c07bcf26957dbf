import { z } from 'zod';
import { JsonValueSchema, LiteralSchema, RuleSchema } from './ruleSchema.js';

const names = z.registry<{ id: string; title?: string; description?: string }>();
names.add(RuleSchema, {
  id: 'Rule',
  title: 'Rule',
  description: 'A rule of the athlete-accelerator eligibility rule language.',
});
names.add(LiteralSchema, { id: 'Literal', title: 'Literal' });
names.add(JsonValueSchema, { id: 'JsonValue', title: 'JSON value' });

/**
 * The JSON Schema (draft 2020-12) of a rule document, generated from {@link RuleSchema}; the recursion is
 * expressed with `$ref` to `#/$defs/Rule`. Give it to editors and other languages; it cannot express the
 * checks `compileRule` adds (forbidden keys, depth, size, known predicates and parameters).
 *
 * @category Rule language
 * @example
 * ruleJsonSchema.$ref //=> '#/$defs/Rule'
 */
export const ruleJsonSchema = /* @__PURE__ */ z.toJSONSchema(RuleSchema, { metadata: names });
