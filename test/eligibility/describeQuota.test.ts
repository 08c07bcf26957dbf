import { describe, expect, it } from 'vitest';
import { describeQuota, selectRecipients } from 'athlete-accelerator/eligibility';

describe('describeQuota', () => {
  it('says a quota in words: its label, else attribute, value and bounds', () => {
    expect(describeQuota({ attribute: 'region', value: 'africa', min: 8, max: 20 })).toBe('region africa (min 8, max 20)');
    expect(describeQuota({ attribute: 'gender', value: 'female', min: 25 })).toBe('gender female (min 25)');
    expect(describeQuota({ attribute: 'careerStage', value: 'retired', max: 15 })).toBe('careerStage retired (max 15)');
    expect(describeQuota({ attribute: 'para', value: 'yes', min: 5, label: 'Para-athletes' })).toBe('Para-athletes');
  });

  it('describes, without throwing, a value that is not a quota', () => {
    expect(describeQuota(null as never)).toBe('quota null');
    expect(describeQuota(42 as never)).toBe('quota 42');
    expect(describeQuota({} as never)).toBe('undefined undefined ()');
    expect(describeQuota({ attribute: 'region', value: 7, min: 'two', label: 3 } as never)).toBe('region 7 (min two)');
  });

  it('is the wording selectRecipients uses in its warnings', () => {
    const quota = { attribute: 'country', value: 'NZ', min: 3 } as const;
    const selection = selectRecipients([], { seats: 3, asOf: '2026-12-01', quotas: [quota] });
    expect(selection.ok && selection.value.warnings.some((warning) => warning.includes(describeQuota(quota)))).toBe(true);
  });
});
