import type { EditionInput } from './edition.js';

/**
 * The default package of the programme's 4th edition: USD 10,000 that bundles logistics, operations
 * and sourcing training (in-kind services delivered by the partner) with trade credit on the
 * marketplace. The split by weight is this library's documented default, not a published figure:
 * a partner replaces it with their own template.
 *
 * | component | kind | weight | value |
 * | --- | --- | --- | --- |
 * | logistics training | service | 20 | USD 2,000.00 |
 * | operations training | service | 15 | USD 1,500.00 |
 * | sourcing training | service | 15 | USD 1,500.00 |
 * | trade credit | credit | 50 | USD 5,000.00 |
 *
 * @category Edition
 */
export const fourthEditionPackage = {
  id: 'package-2027',
  name: 'Athlete business package',
  value: { amount: '10000.00', currency: 'USD' },
  components: [
    { id: 'logistics-training', name: 'Logistics training', kind: 'service', service: 'logistics', weight: 20 },
    { id: 'operations-training', name: 'Operations training', kind: 'service', service: 'operations', weight: 15 },
    { id: 'sourcing-training', name: 'Sourcing training', kind: 'service', service: 'sourcing', weight: 15 },
    { id: 'trade-credit', name: 'Trade credit', kind: 'credit', weight: 50 },
  ],
  issueWindow: { start: '2027-01-11', end: '2027-03-31' },
  creditValidDays: 365,
} as const satisfies EditionInput['packageTemplate'];

/**
 * An edition modelled on the 4th edition of the athlete business accelerator: a reach of 1,000
 * athletes and former athletes, 50 packages of USD 10,000, and the survey baselines the programme
 * cites (63% of former athletes struggled to secure a new career, 76% believed they had transferable
 * business skills, 52% ran their own ventures). Every figure is a default a partner can replace; the
 * parameters are dated, so a change mid-edition keeps earlier decisions reproducible.
 *
 * Validate it (or your own edition) with `parseEdition` before use.
 *
 * @category Edition
 */
export const fourthEdition = {
  id: 'edition-4',
  name: 'Athlete Business Accelerator, 4th edition',
  number: 4,
  organiser: 'Sports body',
  partner: 'Global e-commerce partner',
  dates: {
    applicationsOpen: '2026-09-01',
    applicationsClose: '2026-11-30',
    cohortStart: '2027-01-11',
    cohortEnd: '2027-06-25',
  },
  reach: 1000,
  seats: 50,
  budget: { amount: '500000.00', currency: 'USD' },
  packageTemplate: fourthEditionPackage,
  parameters: {
    minimumAge: [{ from: '2026-09-01', value: 18 }],
    maximumYearsSinceRetirement: [{ from: '2026-09-01', value: 8 }],
    minimumHoursPerWeek: [
      { from: '2026-09-01', value: 4 },
      { from: '2027-01-01', value: 5 },
    ],
    acceptedLanguages: [{ from: '2026-09-01', value: ['en', 'fr', 'es', 'zh', 'pt', 'ar'] }],
    qualifyingEvents: [
      { from: '2026-09-01', value: ['olympic-games', 'paralympic-games', 'world-championships', 'youth-olympic-games'] },
    ],
    seatsPerRegionMinimum: [{ from: '2026-09-01', value: 5 }],
  },
  baselines: { struggledToSecureCareer: 0.63, believedTransferableSkills: 0.76, ranOwnVenture: 0.52 },
} as const satisfies EditionInput;
