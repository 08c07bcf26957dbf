import { describe, expect, it } from 'vitest';
import { isTimeZone, TimeZoneSchema, utcOffsetMinutes } from 'athlete-accelerator/core';

describe('isTimeZone', () => {
  it('accepts IANA zones the runtime knows, UTC and the Etc zones', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Zurich', 'America/Sao_Paulo', 'Asia/Kolkata', 'UTC', 'Etc/GMT+5', 'America/Argentina/Buenos_Aires']) {
      expect(isTimeZone(zone), zone).toBe(true);
    }
  });

  it('refuses names that are not zones, malformed names and non-strings', () => {
    for (const value of ['Mars/Olympus', 'Europe/Lausanne', '', ' UTC', 'Europe/Paris\n', '../etc/passwd', `Europe/${'x'.repeat(64)}`, null, undefined, 0, {}, ['UTC']]) {
      expect(isTimeZone(value), JSON.stringify(value)).toBe(false);
    }
  });
});

describe('TimeZoneSchema', () => {
  it('accepts a zone and refuses a non-zone', () => {
    expect(TimeZoneSchema.safeParse('Europe/Paris').success).toBe(true);
    expect(TimeZoneSchema.safeParse('Mars/Olympus').success).toBe(false);
    expect(TimeZoneSchema.safeParse(1).success).toBe(false);
  });
});

describe('utcOffsetMinutes', () => {
  it('gives fixed offsets, including half and three-quarter hours', () => {
    expect(utcOffsetMinutes('Asia/Kolkata', '2026-01-15')).toBe(330);
    expect(utcOffsetMinutes('Asia/Kathmandu', '2026-01-15')).toBe(345);
    expect(utcOffsetMinutes('UTC', '2026-07-01')).toBe(0);
    expect(utcOffsetMinutes('Etc/GMT+5', '2026-07-01')).toBe(-300);
    expect(utcOffsetMinutes('America/Sao_Paulo', '2026-01-15')).toBe(-180);
  });

  it('includes daylight saving, from the day it starts at noon UTC', () => {
    expect(utcOffsetMinutes('Europe/Paris', '2026-07-01')).toBe(120);
    expect(utcOffsetMinutes('Europe/Paris', '2026-01-15')).toBe(60);
    expect(utcOffsetMinutes('Europe/Paris', '2026-03-28')).toBe(60);
    expect(utcOffsetMinutes('Europe/Paris', '2026-03-29')).toBe(120);
    expect(utcOffsetMinutes('America/New_York', '2026-03-07')).toBe(-300);
    expect(utcOffsetMinutes('America/New_York', '2026-03-08')).toBe(-240);
    expect(utcOffsetMinutes('America/Sao_Paulo', '2018-12-01')).toBe(-120);
  });

  it('answers the same when asked again, date by date, for many zones and dates (the answers are remembered)', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Australia/Sydney', 'Nowhere/Atlantis'];
    // 1,500 different dates, so 6,000 questions: more than are remembered at once.
    const dates = Array.from({ length: 1500 }, (_, k) => `${1900 + (k % 125)}-${String(1 + Math.floor(k / 125)).padStart(2, '0')}-15` as const);
    expect(new Set(dates).size).toBe(1500);
    const first = zones.map((zone) => dates.map((date) => utcOffsetMinutes(zone, date)));
    const again = zones.map((zone) => dates.map((date) => utcOffsetMinutes(zone, date)));
    expect(again).toEqual(first);
    expect(first[3]!.every((offset) => offset === undefined)).toBe(true);
    expect(utcOffsetMinutes('Europe/Paris', '2026-07-01')).toBe(120);
    expect(utcOffsetMinutes('Europe/Paris', '2026-01-15')).toBe(60);
  });

  it('gives southern-hemisphere and half-hour daylight saving', () => {
    expect(utcOffsetMinutes('Australia/Sydney', '2026-01-15')).toBe(660);
    expect(utcOffsetMinutes('Australia/Sydney', '2026-07-15')).toBe(600);
    expect(utcOffsetMinutes('Australia/Lord_Howe', '2026-01-15')).toBe(660);
    expect(utcOffsetMinutes('Australia/Lord_Howe', '2026-07-15')).toBe(630);
    expect(utcOffsetMinutes('Pacific/Chatham', '2026-01-15')).toBe(825);
    expect(utcOffsetMinutes('Pacific/Chatham', '2026-07-15')).toBe(765);
  });

  it('gives the offset of a known zone on dates when its offset had seconds', () => {
    // Liberia kept UTC−0:44:30 until 1972; India used local mean time before 1854.
    expect(utcOffsetMinutes('Africa/Monrovia', '1970-01-01')).toBe(-44.5);
    const kolkata = utcOffsetMinutes('Asia/Kolkata', '1850-01-01');
    expect(kolkata).toBeDefined();
    expect(kolkata).toBeGreaterThan(330);
    expect(kolkata).toBeLessThan(360);
  });

  it('returns undefined for an unknown zone or a date that cannot be read', () => {
    expect(utcOffsetMinutes('Mars/Olympus', '2026-01-15')).toBeUndefined();
    expect(utcOffsetMinutes('Europe/Paris', 'not-a-date')).toBeUndefined();
    expect(utcOffsetMinutes('Europe/Paris', '2026-13-01')).toBeUndefined();
  });
});
