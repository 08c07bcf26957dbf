import { describe, expect, it } from 'vitest';
import { AcceleratorUsageError, formatPath } from 'athlete-accelerator/core';

describe('formatPath', () => {
  it('writes keys with dots and indices in brackets', () => {
    expect(formatPath(['athletes', 12, 'dateOfBirth'])).toBe('athletes[12].dateOfBirth');
    expect(formatPath([0, 'name'])).toBe('[0].name');
    expect(formatPath(['budget'])).toBe('budget');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['skills', 'supplier-vetting'])).toBe('skills["supplier-vetting"]');
    expect(formatPath(['a b', 1])).toBe('["a b"][1]');
    expect(formatPath(['x', ''])).toBe('x[""]');
  });

  it('names the whole input "(root)"', () => {
    expect(formatPath([])).toBe('(root)');
  });
});

describe('AcceleratorUsageError', () => {
  it('is an Error carrying the code, message and path it was made from', () => {
    const error = new AcceleratorUsageError({ code: 'currency-mismatch', message: 'Cannot add USD and EUR.', path: ['amount'] });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AcceleratorUsageError');
    expect(error.code).toBe('currency-mismatch');
    expect(error.message).toBe('Cannot add USD and EUR.');
    expect(error.path).toEqual(['amount']);
    expect(new AcceleratorUsageError({ code: 'x', message: 'y' }).path).toBeUndefined();
  });
});
