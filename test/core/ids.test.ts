import { describe, expect, it } from 'vitest';
import { AthleteIdSchema, EditionIdSchema, IdSchema, isSafeKey, KeySchema, MentorIdSchema } from 'athlete-accelerator/core';

describe('isSafeKey', () => {
  it('refuses the three keys that reach Object.prototype and accepts others', () => {
    expect(isSafeKey('__proto__')).toBe(false);
    expect(isSafeKey('constructor')).toBe(false);
    expect(isSafeKey('prototype')).toBe(false);
    for (const key of ['athlete-0001', 'toString', 'Constructor', '__proto', 'proto', '']) expect(isSafeKey(key), key).toBe(true);
  });
});

describe('IdSchema', () => {
  it('accepts UUIDs, database keys and slugs of 1 to 128 characters', () => {
    for (const id of ['a', '7', 'athlete-0001', 'f47ac10b-58cc-4372-a567-0e02b2c3d479', 'org:partner/athletes@2027.v1_x', 'x'.repeat(128)]) {
      expect(IdSchema.safeParse(id).success, id).toBe(true);
    }
  });

  it('refuses an empty id, a long one, other characters, a leading symbol and the prototype keys', () => {
    for (const id of ['', 'x'.repeat(129), 'a b', 'a\n', '-a', '_a', '.a', 'é', '__proto__', 'constructor', 'prototype', 12]) {
      expect(IdSchema.safeParse(id).success, String(id)).toBe(false);
    }
  });

  it('brands athlete, mentor and edition ids without changing the string', () => {
    expect(AthleteIdSchema.parse('a-1')).toBe('a-1');
    expect(MentorIdSchema.parse('m-1')).toBe('m-1');
    expect(EditionIdSchema.parse('edition-4')).toBe('edition-4');
    expect(AthleteIdSchema.safeParse('constructor').success).toBe(false);
  });
});

describe('KeySchema', () => {
  it('accepts kebab-case and camelCase keys', () => {
    for (const key of ['incoterms', 'b2b-export', 'minimumAge', 'ai-tools', 'x', 'sports-nutrition']) expect(KeySchema.safeParse(key).success, key).toBe(true);
  });

  it('refuses upper-case starts, underscores, spaces, trailing hyphens, long keys and the prototype keys', () => {
    for (const key of ['', 'Incoterms', 'b2b_export', 'b2b export', 'b2b-', '-b2b', 'b2b--export', '1st', 'a'.repeat(65), 'constructor', 'prototype', '__proto__']) {
      expect(KeySchema.safeParse(key).success, key).toBe(false);
    }
  });
});
