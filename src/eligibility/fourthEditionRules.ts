import type { Rule } from './ruleSchema.js';

/**
 * The eligibility rules of the 4th edition, in the rule language, reading the edition's parameters (so
 * a partner changes a threshold by dating a new parameter value, not by editing the rule):
 *
 * 1. `minimum-age` — at least `minimumAge` years old on the decision date;
 * 2. `career-phase` — in a dual career or in transition (active athletes need a venture plan; retired
 *    athletes must have retired within `maximumYearsSinceRetirement` years);
 * 3. `elite-record` — at least one of the `qualifyingEvents` (Olympic or Paralympic Games, world
 *    championships, Youth Olympic Games);
 * 4. `venture` — a business idea or venture, at any stage;
 * 5. `availability` — at least `minimumHoursPerWeek` hours a week for the programme;
 * 6. `language` — speaks one of the `acceptedLanguages`.
 *
 * An edition without its own `rules` is checked against these.
 *
 * @category Editions
 */
export const fourthEditionRules = {
  id: 'edition-4-eligibility',
  description: 'Eligible for the 4th edition of the athlete business accelerator',
  all: [
    {
      id: 'minimum-age',
      description: 'Is at least the minimum age on the decision date',
      predicate: 'ageBetween',
      args: { min: { param: 'minimumAge' } },
    },
    {
      id: 'career-phase',
      description: 'Is in a dual career or in transition out of sport',
      any: [
        {
          id: 'dual-career-or-transitioning',
          description: 'Is in a dual career or transitioning',
          fact: 'athlete.careerStage',
          op: 'in',
          value: ['dual-career', 'transitioning'],
        },
        {
          id: 'active-with-plan',
          description: 'Is still competing and has a venture plan',
          all: [
            { fact: 'athlete.careerStage', op: '==', value: 'active' },
            { fact: 'athlete.venture.hasBusinessPlan', op: '==', value: true },
          ],
        },
        {
          id: 'recently-retired',
          description: 'Retired within the allowed number of years',
          all: [
            { fact: 'athlete.careerStage', op: '==', value: 'retired' },
            { predicate: 'yearsSinceRetirementAtMost', args: { years: { param: 'maximumYearsSinceRetirement' } } },
          ],
        },
      ],
    },
    {
      id: 'elite-record',
      description: 'Has competed at the Games or at world level',
      predicate: 'hasParticipatedIn',
      args: { events: { param: 'qualifyingEvents' } },
    },
    {
      id: 'venture',
      description: 'Has a business idea or venture',
      fact: 'athlete.venture.stage',
      op: 'in',
      value: ['idea', 'plan', 'pre-revenue', 'revenue', 'exporting'],
    },
    {
      id: 'availability',
      description: 'Can give the programme the minimum hours a week',
      fact: 'athlete.availabilityHoursPerWeek',
      op: '>=',
      value: { param: 'minimumHoursPerWeek' },
    },
    {
      id: 'language',
      description: 'Speaks one of the programme languages',
      predicate: 'speaksAny',
      args: { languages: { param: 'acceptedLanguages' } },
    },
  ],
} as const satisfies Rule;
