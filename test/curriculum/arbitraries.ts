// Generators and oracles shared by the curriculum tests: small random catalogues (always acyclic unless
// asked), random prerequisite graphs, learners, calendars and blackouts, plus brute-force references
// that compute open days and cycles without the library's code.
import { addDays, format, parseISO, startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import type { CurriculumInput, CurriculumModuleInput, LearnerInput } from 'athlete-accelerator/curriculum';

/** Fixed seeds: every property run is reproducible. */
export const PROPERTY_RUN = { seed: 20270111, numRuns: 150 } as const;
export const QUICK_RUN = { seed: 20270111, numRuns: 60 } as const;

export const COMPETENCY_POOL = ['incoterms', 'freight', 'brand', 'negotiation', 'ai-content', 'returns'] as const;
export const TRACK_POOL = ['logistics', 'operations', 'ai-tools'] as const;
export const LANGUAGE_POOL = ['en', 'fr', 'de'] as const;

/** Freezes a value and everything it holds, so that a function that writes to its input throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

const moduleSpec = fc.record({
  quarters: fc.integer({ min: 1, max: 48 }),
  format: fc.constantFrom('live-workshop', 'self-paced', 'mentoring-session', 'field-visit' as const),
  mode: fc.constantFrom('online', 'in-person', 'blended' as const),
  languages: fc.subarray([...LANGUAGE_POOL], { minLength: 1 }),
  competencies: fc.uniqueArray(fc.record({ competency: fc.constantFrom(...COMPETENCY_POOL), level: fc.integer({ min: 1, max: 4 }) }), {
    minLength: 1,
    maxLength: 2,
    selector: (outcome) => outcome.competency,
  }),
  prerequisitePicks: fc.array(fc.nat(), { maxLength: 3 }),
  track: fc.constantFrom(...TRACK_POOL),
  sessions: fc.array(fc.record({ quarters: fc.integer({ min: 1, max: 8 }), dayOffset: fc.integer({ min: -10, max: 130 }), byWeek: fc.boolean() }), {
    maxLength: 2,
  }),
});

/**
 * A random acyclic catalogue of 1 to `maxModules` modules: module `i` may only require modules created
 * before it, then the list is shuffled so that catalogue order is not a topological order. Session
 * dates are days from `cohortStart` (some before it or after a short cohort's end).
 */
export function curriculumArbitrary(maxModules = 12, cohortStart = '2027-01-11'): fc.Arbitrary<CurriculumInput> {
  return fc
    .integer({ min: 1, max: maxModules })
    .chain((size) => fc.tuple(fc.array(moduleSpec, { minLength: size, maxLength: size }), fc.shuffledSubarray([...Array(size).keys()], { minLength: size, maxLength: size })))
    .map(([specs, order]) => {
      const modules: CurriculumModuleInput[] = specs.map((spec, index) => {
        const prerequisites = index === 0 ? [] : [...new Set(spec.prerequisitePicks.map((pick) => `m${pick % index}`))];
        const effortHours = spec.quarters / 4;
        let sessionBudget = spec.quarters;
        const sessions =
          spec.format === 'self-paced'
            ? []
            : spec.sessions.flatMap((session, position) => {
                if (session.quarters > sessionBudget) return [];
                sessionBudget -= session.quarters;
                const when = session.byWeek
                  ? { week: Math.max(0, Math.floor((session.dayOffset + 10) / 7)) }
                  : { date: format(addDays(parseISO(cohortStart), session.dayOffset), 'yyyy-MM-dd') };
                return [{ id: `s${position}`, hours: session.quarters / 4, ...when }];
              });
        return {
          id: `m${index}`,
          title: `Module ${index}`,
          summary: '',
          track: spec.track,
          format: spec.format,
          effortHours,
          competencies: spec.competencies,
          prerequisites,
          delivery: { mode: spec.mode, languages: spec.languages },
          sessions,
        };
      });
      return {
        id: 'random',
        title: 'Random catalogue',
        tracks: TRACK_POOL.map((id) => ({ id, title: id })),
        modules: order.map((index) => modules[index] as CurriculumModuleInput),
      };
    });
}

/** A random directed graph on up to `maxNodes` nodes, as adjacency lists (self-loops allowed). */
export function graphArbitrary(maxNodes = 7): fc.Arbitrary<number[][]> {
  return fc.integer({ min: 1, max: maxNodes }).chain((size) =>
    fc.array(
      fc.uniqueArray(fc.integer({ min: 0, max: size - 1 }), { maxLength: Math.min(size, 3) }),
      { minLength: size, maxLength: size },
    ),
  );
}

/** A random learner: a partial self-assessment (or none), goals, languages (or none), availability, blackouts. */
export function learnerArbitrary(cohortStart = '2027-01-11'): fc.Arbitrary<LearnerInput> {
  return fc
    .record(
      {
        skills: fc.dictionary(fc.constantFrom(...COMPETENCY_POOL, 'shipping-modes', 'finance-basics'), fc.integer({ min: 0, max: 4 }), { maxKeys: 5 }),
        goals: fc.uniqueArray(fc.constantFrom(...COMPETENCY_POOL, 'storefront-setup', 'pricing-and-quotations', 'trade-payments'), { maxLength: 4 }),
        languages: fc.subarray([...LANGUAGE_POOL, 'es']),
        availabilityHoursPerWeek: fc.integer({ min: 0, max: 60 }).map((quarters) => quarters / 4 + (quarters % 3 === 0 ? 0.1 : 0)),
        blackouts: fc.array(fc.tuple(fc.integer({ min: -20, max: 150 }), fc.integer({ min: 0, max: 20 })), { maxLength: 3 }).map((spans) =>
          spans.map(([offset, length]) => ({
            start: format(addDays(parseISO(cohortStart), offset), 'yyyy-MM-dd'),
            end: format(addDays(parseISO(cohortStart), offset + length), 'yyyy-MM-dd'),
            reason: 'competition',
          })),
        ),
      },
      { requiredKeys: ['goals'] },
    )
    .map((learner) => ({ id: 'athlete-x', ...learner }));
}

/** A random cohort calendar starting on any weekday of early 2027, 1 to 20 weeks long, maybe with a break. */
export const calendarArbitrary = fc
  .record({
    startOffset: fc.integer({ min: 0, max: 6 }),
    length: fc.integer({ min: 0, max: 140 }),
    breaks: fc.array(fc.tuple(fc.integer({ min: 0, max: 140 }), fc.integer({ min: 0, max: 9 })), { maxLength: 1 }),
  })
  .map(({ startOffset, length, breaks }) => {
    const start = format(addDays(parseISO('2027-01-11'), startOffset), 'yyyy-MM-dd');
    return {
      start,
      end: format(addDays(parseISO(start), length), 'yyyy-MM-dd'),
      breaks: breaks.map(([offset, span]) => ({
        start: format(addDays(parseISO(start), offset), 'yyyy-MM-dd'),
        end: format(addDays(parseISO(start), offset + span), 'yyyy-MM-dd'),
      })),
    };
  });

/** Brute force: the days (YYYY-MM-DD) of cohort week `week`, computed with date-fns alone. */
export function referenceWeekDays(calendarStart: string, week: number): string[] {
  const monday = addDays(startOfISOWeek(parseISO(calendarStart)), week * 7);
  return Array.from({ length: 7 }, (_, day) => format(addDays(monday, day), 'yyyy-MM-dd'));
}

/** Brute force: whether an athlete can study on a day. */
export function referenceIsOpen(
  day: string,
  calendar: { start: string; end: string; breaks?: readonly { start: string; end: string }[] },
  blackouts: readonly { start: string; end: string }[],
): boolean {
  if (day < calendar.start || day > calendar.end) return false;
  return ![...(calendar.breaks ?? []), ...blackouts].some((interval) => interval.start <= day && day <= interval.end);
}

/** Brute force: whether node `from` reaches node `to` by one or more edges. */
export function reaches(graph: readonly (readonly number[])[], from: number, to: number): boolean {
  const seen = new Set<number>();
  const stack = [...(graph[from] ?? [])];
  while (stack.length > 0) {
    const node = stack.pop() as number;
    if (node === to) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    stack.push(...(graph[node] ?? []));
  }
  return false;
}

/** Brute force: the groups of nodes that lie on a cycle, each group the nodes mutually reachable. */
export function referenceCyclicGroups(graph: readonly (readonly number[])[]): number[][] {
  const groups: number[][] = [];
  const placed = new Set<number>();
  for (let node = 0; node < graph.length; node++) {
    if (placed.has(node) || !reaches(graph, node, node)) continue;
    const group = [node];
    for (let other = node + 1; other < graph.length; other++) if (reaches(graph, node, other) && reaches(graph, other, node)) group.push(other);
    for (const member of group) placed.add(member);
    groups.push(group);
  }
  return groups;
}
