import { describe, expect, it } from 'vitest';
import * as matching from 'athlete-accelerator/matching';

describe('the public surface of matching', () => {
  it('exports the kernels by these names, so a removal or rename is a visible change', () => {
    // The domain matcher (matchMentors) is added by its own work; the kernels' names must stay.
    expect(Object.keys(matching)).toEqual(
      expect.arrayContaining(['assignWithCapacities', 'findBlockingPairs', 'solveAssignment', 'stableMatch', 'verifyMatching']),
    );
  });
});
