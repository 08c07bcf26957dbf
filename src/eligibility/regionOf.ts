import { REGIONS } from './regions.js';

/**
 * The continental regions, which partition the world (MENA overlaps them and is left out here).
 *
 * @category Selection
 */
export const CONTINENTAL_REGIONS = ['africa', 'asia', 'europe', 'latin-america-caribbean', 'north-america', 'oceania'] as const;

/**
 * A continental region of the world, as used for selection quotas and diversity.
 *
 * @category Selection
 */
export type ContinentalRegion = (typeof CONTINENTAL_REGIONS)[number];

const regionByCountry = new Map<string, ContinentalRegion>();
for (const region of CONTINENTAL_REGIONS) for (const country of REGIONS[region]) regionByCountry.set(country, region);

/**
 * The continental region of a country (UN M49 regions; see `REGIONS`), or `undefined` for a code that is
 * in none of them.
 *
 * @category Selection
 * @example
 * regionOf('KE') //=> 'africa'
 * regionOf('BR') //=> 'latin-america-caribbean'
 */
export function regionOf(country: string): ContinentalRegion | undefined {
  return regionByCountry.get(country);
}
