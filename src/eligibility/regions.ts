/**
 * Named lists of ISO 3166-1 alpha-2 country codes, for the `countryIn` predicate.
 *
 * The continental lists follow the UN M49 standard regions (including territories): `africa`, `asia`
 * (with Western Asia; Taiwan listed under Eastern Asia), `europe`, `latin-america-caribbean` (Mexico,
 * Central and South America and the Caribbean), `north-america` (M49 "Northern America": Bermuda, Canada,
 * Greenland, Saint Pierre and Miquelon, United States) and `oceania`. `middle-east-north-africa` follows the
 * World Bank's MENA region and overlaps `africa` and `asia` (and includes Malta). Kosovo has no ISO code
 * and is not listed.
 *
 * @category Predicates
 * @example
 * REGIONS.oceania.includes('FJ') //=> true
 */
export const REGIONS = {
  africa: [
    // Northern Africa
    'DZ', 'EG', 'EH', 'LY', 'MA', 'SD', 'TN',
    // Eastern Africa
    'BI', 'DJ', 'ER', 'ET', 'IO', 'KE', 'KM', 'MG', 'MU', 'MW', 'MZ', 'RE', 'RW', 'SC', 'SO', 'SS', 'TF', 'TZ',
    'UG', 'YT', 'ZM', 'ZW',
    // Middle Africa
    'AO', 'CD', 'CF', 'CG', 'CM', 'GA', 'GQ', 'ST', 'TD',
    // Southern Africa
    'BW', 'LS', 'NA', 'SZ', 'ZA',
    // Western Africa
    'BF', 'BJ', 'CI', 'CV', 'GH', 'GM', 'GN', 'GW', 'LR', 'ML', 'MR', 'NE', 'NG', 'SH', 'SL', 'SN', 'TG',
  ],
  asia: [
    // Central Asia
    'KG', 'KZ', 'TJ', 'TM', 'UZ',
    // Eastern Asia
    'CN', 'HK', 'JP', 'KP', 'KR', 'MN', 'MO', 'TW',
    // South-eastern Asia
    'BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN',
    // Southern Asia
    'AF', 'BD', 'BT', 'IN', 'IR', 'LK', 'MV', 'NP', 'PK',
    // Western Asia
    'AE', 'AM', 'AZ', 'BH', 'CY', 'GE', 'IL', 'IQ', 'JO', 'KW', 'LB', 'OM', 'PS', 'QA', 'SA', 'SY', 'TR', 'YE',
  ],
  europe: [
    // Eastern Europe
    'BG', 'BY', 'CZ', 'HU', 'MD', 'PL', 'RO', 'RU', 'SK', 'UA',
    // Northern Europe
    'AX', 'DK', 'EE', 'FI', 'FO', 'GB', 'GG', 'IE', 'IM', 'IS', 'JE', 'LT', 'LV', 'NO', 'SE', 'SJ',
    // Southern Europe
    'AD', 'AL', 'BA', 'ES', 'GI', 'GR', 'HR', 'IT', 'ME', 'MK', 'MT', 'PT', 'RS', 'SI', 'SM', 'VA',
    // Western Europe
    'AT', 'BE', 'CH', 'DE', 'FR', 'LI', 'LU', 'MC', 'NL',
  ],
  'latin-america-caribbean': [
    // Caribbean
    'AG', 'AI', 'AW', 'BB', 'BL', 'BQ', 'BS', 'CU', 'CW', 'DM', 'DO', 'GD', 'GP', 'HT', 'JM', 'KN', 'KY', 'LC',
    'MF', 'MQ', 'MS', 'PR', 'SX', 'TC', 'TT', 'VC', 'VG', 'VI',
    // Central America
    'BZ', 'CR', 'GT', 'HN', 'MX', 'NI', 'PA', 'SV',
    // South America
    'AR', 'BO', 'BR', 'BV', 'CL', 'CO', 'EC', 'FK', 'GF', 'GS', 'GY', 'PE', 'PY', 'SR', 'UY', 'VE',
  ],
  'middle-east-north-africa': [
    'AE', 'BH', 'DJ', 'DZ', 'EG', 'IL', 'IQ', 'IR', 'JO', 'KW', 'LB', 'LY', 'MA', 'MT', 'OM', 'PS', 'QA', 'SA',
    'SY', 'TN', 'YE',
  ],
  'north-america': ['BM', 'CA', 'GL', 'PM', 'US'],
  oceania: [
    // Australia and New Zealand
    'AU', 'CC', 'CX', 'HM', 'NF', 'NZ',
    // Melanesia
    'FJ', 'NC', 'PG', 'SB', 'VU',
    // Micronesia
    'FM', 'GU', 'KI', 'MH', 'MP', 'NR', 'PW', 'UM',
    // Polynesia
    'AS', 'CK', 'NU', 'PF', 'PN', 'TK', 'TO', 'TV', 'WF', 'WS',
  ],
} as const satisfies Record<string, readonly string[]>;

/**
 * The name of a region list in {@link REGIONS}.
 *
 * @category Predicates
 * @example
 * const region: RegionName = 'latin-america-caribbean';
 */
export type RegionName = keyof typeof REGIONS;

/**
 * The names of the region lists, in the order {@link REGIONS} declares them.
 *
 * @category Predicates
 * @example
 * REGION_NAMES.length //=> 7
 */
export const REGION_NAMES = Object.keys(REGIONS) as [RegionName, ...RegionName[]];
