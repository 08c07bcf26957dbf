import { describe, expect, it } from 'vitest';
import * as core from 'athlete-accelerator/core';

describe('the public surface of core', () => {
  it('exports exactly these runtime names, so a removal or rename is a visible change', () => {
    expect(Object.keys(core).sort()).toEqual(
      [
        'AcceleratorUsageError', 'AthleteIdSchema', 'AthleteSchema', 'BaselinesSchema', 'BlackoutSchema', 'CalendarDateSchema',
        'CareerStageSchema', 'CompetencyIdSchema', 'CompetencyLevelSchema', 'CompetitionSchema', 'ComponentKindSchema',
        'CountryCodeSchema', 'CurrencyCodeSchema', 'DateIntervalSchema', 'EditionIdSchema', 'EditionSchema', 'ExtensionsSchema',
        'IdSchema', 'KeySchema', 'LanguageCodeSchema', 'MentorIdSchema', 'MentorKindSchema', 'MentorSchema', 'MoneySchema',
        'PackageComponentSchema', 'PackageTemplateSchema', 'ParameterHistorySchema', 'ParticipationSchema', 'STANDARD_COMPETENCIES',
        'TRACKS', 'TimeZoneSchema', 'VentureSchema', 'VentureStageSchema', 'add', 'addDays', 'addMonths', 'addWeeks', 'allocate',
        'andThen', 'combine', 'compare', 'compareDates', 'competencyLevelsSchema', 'coreSchemas', 'daysBetween', 'equals', 'err', 'findCurrency', 'formatMoney',
        'formatPath', 'fourthEdition', 'fourthEditionPackage', 'fromMinorUnits', 'fullYearsBetween', 'hashString', 'intervalsOverlap',
        'isCalendarDate', 'isNegative', 'isPositive', 'isSafeKey', 'isTimeZone', 'isWithinInterval', 'isZero', 'isoWeekOf', 'mapError',
        'mapResult', 'money', 'moneyToJSON', 'multiply', 'negate', 'ok', 'parseAthlete', 'parseAthletes', 'parseCalendarDate',
        'parseEdition', 'parseMentor', 'parseMentors', 'parseMoney', 'parseWith', 'registerCurrency', 'seededRandom', 'startOfIsoWeek',
        'subtract', 'sumMoney', 'toJsonSchema', 'toMinorUnits', 'unwrapOr', 'utcOffsetMinutes', 'zero',
      ].sort(),
    );
  });
});
