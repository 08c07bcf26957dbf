// Valid inputs for the people and edition parsers: the minimal applications the docs show, and complete
// ones that use every optional field.
import type { AthleteInput, MentorInput } from 'athlete-accelerator/core';

/** The smallest athlete application the schema accepts. */
export function minimalAthlete(): AthleteInput {
  return { id: 'a-1', name: 'Amina K.', sport: 'athletics', country: 'KE', languages: ['en', 'sw'] };
}

/** An athlete application with every optional field filled in. */
export function completeAthlete(): AthleteInput {
  return {
    id: 'athlete-0001',
    name: 'Joana Ribeiro',
    sport: 'wheelchair-basketball',
    discipline: 'guard',
    gender: 'female',
    para: true,
    country: 'BR',
    languages: ['pt', 'en'],
    timeZone: 'America/Sao_Paulo',
    dateOfBirth: '1996-02-29',
    careerStage: 'transitioning',
    retiredOn: '2024-09-08',
    participations: [
      { event: 'paralympic-games', year: 2020, medal: 'bronze' },
      { event: 'world-championships', year: 2022 },
    ],
    venture: {
      stage: 'revenue',
      name: 'Quadra Nutrition',
      sector: 'sports-nutrition',
      foundedOn: '2023-05-01',
      employees: 3,
      annualRevenue: { amount: '48000.5', currency: 'BRL' },
      exportMarkets: ['AR', 'PT'],
      hasBusinessPlan: true,
    },
    skills: { incoterms: 1, 'supplier-vetting': 2, brand: 3 },
    goals: ['incoterms', 'freight'],
    interests: ['sports-nutrition', 'b2b-export'],
    availabilityHoursPerWeek: 6.5,
    blackouts: [{ start: '2027-03-01', end: '2027-03-14', reason: 'Training camp' }],
    motivation: 5,
    appliedOn: '2026-10-02',
    extensions: { crm: { leadId: 'L-88', tags: ['priority', null, 3] } },
  };
}

/** The mentor from the docs. */
export function minimalMentor(): MentorInput {
  return {
    id: 'm-1',
    name: 'Li W.',
    kind: 'executive',
    expertise: { incoterms: 4 },
    languages: ['zh', 'en'],
    timeZone: 'Asia/Shanghai',
    capacity: 3,
  };
}

/** A mentor with every optional field filled in. */
export function completeMentor(): MentorInput {
  return {
    id: 'mentor-ambassador-07',
    name: 'Kip Keino Jr.',
    kind: 'ambassador',
    organisation: 'Global e-commerce partner',
    title: 'Global ambassador',
    expertise: { 'global-sourcing': 3, negotiation: 4, 'business-setup': 2 },
    sectors: ['sports-apparel'],
    languages: ['en', 'sw'],
    timeZone: 'Africa/Nairobi',
    country: 'KE',
    sport: 'athletics',
    capacity: 4,
    conflicts: ['athlete-0001'],
    extensions: { partnerRef: 'AMB-7' },
  };
}
