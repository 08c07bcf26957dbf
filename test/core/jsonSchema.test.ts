import { describe, expect, it } from 'vitest';
import { coreSchemas, MoneySchema, toJsonSchema } from 'athlete-accelerator/core';

describe('toJsonSchema', () => {
  it('converts every schema in coreSchemas to a draft 2020-12 JSON Schema', () => {
    expect(Object.keys(coreSchemas)).toEqual(['Athlete', 'Mentor', 'Edition', 'PackageTemplate', 'Money', 'CalendarDate']);
    for (const [name, schema] of Object.entries(coreSchemas)) {
      const json = toJsonSchema(schema);
      expect(json.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => JSON.stringify(json), name).not.toThrow();
    }
  });

  it('lists id, name, sport, country and languages as the required fields of an athlete', () => {
    const json = toJsonSchema(coreSchemas.Athlete);
    expect(json.type).toBe('object');
    expect(json.required).toEqual(['id', 'name', 'sport', 'country', 'languages']);
    expect(json.additionalProperties).toBe(false);
  });

  it('lists the required fields of a mentor and an edition', () => {
    expect(toJsonSchema(coreSchemas.Mentor).required).toEqual(['id', 'name', 'kind', 'expertise', 'languages', 'timeZone', 'capacity']);
    expect(toJsonSchema(coreSchemas.Edition).required).toEqual(
      expect.arrayContaining(['id', 'name', 'number', 'dates', 'seats', 'budget', 'packageTemplate', 'parameters']),
    );
  });

  it('describes Money as the JSON a caller sends: two strings, nothing else', () => {
    const json = toJsonSchema(MoneySchema);
    expect(json.required).toEqual(['amount', 'currency']);
    expect(json.properties).toMatchObject({ amount: { type: 'string' }, currency: { type: 'string' } });
    expect(json.additionalProperties).toBe(false);
  });

  it('describes a calendar date as a string', () => {
    expect(toJsonSchema(coreSchemas.CalendarDate)).toMatchObject({ type: 'string' });
  });
});
