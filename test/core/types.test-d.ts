import { describe, expectTypeOf, it } from 'vitest';
import {
  add,
  allocate,
  andThen,
  combine,
  compare,
  err,
  fourthEdition,
  fromMinorUnits,
  isCalendarDate,
  isTimeZone,
  mapResult,
  money,
  multiply,
  ok,
  parseAthlete,
  parseAthletes,
  parseEdition,
  parseMentor,
  parseMoney,
  subtract,
  sumMoney,
  zero,
  type Athlete,
  type AthleteId,
  type CoreError,
  type CoreErrorCode,
  type Edition,
  type EditionId,
  type EditionInput,
  type Err,
  type Mentor,
  type MentorId,
  type Money,
  type Ok,
  type Result,
} from 'athlete-accelerator/core';

describe('Money types', () => {
  it('infers the currency of money() as a literal', () => {
    expectTypeOf(money('1', 'USD')).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(zero('JPY')).toEqualTypeOf<Money<'JPY'>>();
    expectTypeOf(fromMinorUnits(1n, 'KWD')).toEqualTypeOf<Money<'KWD'>>();
    expectTypeOf(multiply(money('1', 'EUR'), '0.5')).toEqualTypeOf<Money<'EUR'>>();
  });

  it('keeps the currency through arithmetic and allocation', () => {
    expectTypeOf(add(money('1', 'USD'), money('2', 'USD'))).toEqualTypeOf<Money<'USD'>>();
    expectTypeOf(allocate(money('1', 'USD'), [1, 1])).toEqualTypeOf<Result<Money<'USD'>[], CoreError>>();
    expectTypeOf(sumMoney([money('1', 'EUR')], 'EUR')).toEqualTypeOf<Result<Money<'EUR'>, CoreError>>();
    expectTypeOf(compare(money('1', 'USD'), money('2', 'USD'))).toEqualTypeOf<-1 | 0 | 1>();
  });

  it('does not compile adding, subtracting or comparing different currencies', () => {
    // @ts-expect-error EUR is not USD
    add(money('1', 'USD'), money('1', 'EUR'));
    // @ts-expect-error EUR is not USD
    subtract(money('1', 'USD'), money('1', 'EUR'));
    // @ts-expect-error JPY is not USD
    compare(money('1', 'USD'), money('1', 'JPY'));
  });

  it('reads outside Money with the currency unknown', () => {
    expectTypeOf(parseMoney({})).toEqualTypeOf<Result<Money, CoreError>>();
  });
});

describe('parser types', () => {
  it('returns Result<Athlete, CoreError> from parseAthlete and the like', () => {
    expectTypeOf(parseAthlete).returns.toEqualTypeOf<Result<Athlete, CoreError>>();
    expectTypeOf(parseAthletes).returns.toEqualTypeOf<Result<Athlete[], CoreError>>();
    expectTypeOf(parseMentor).returns.toEqualTypeOf<Result<Mentor, CoreError>>();
    expectTypeOf(parseEdition).returns.toEqualTypeOf<Result<Edition, CoreError>>();
    expectTypeOf(parseAthlete).parameter(0).toBeUnknown();
  });

  it('narrows a result on .ok to its value or its error', () => {
    const result = parseAthlete({});
    if (result.ok) {
      expectTypeOf(result).toEqualTypeOf<Ok<Athlete>>();
      expectTypeOf(result.value).toEqualTypeOf<Athlete>();
      expectTypeOf(result.value.id).toEqualTypeOf<AthleteId>();
    } else {
      expectTypeOf(result).toEqualTypeOf<Err<CoreError>>();
      expectTypeOf(result.error).toEqualTypeOf<CoreError>();
      expectTypeOf(result.error.code).toEqualTypeOf<CoreErrorCode>();
    }
  });

  it('brands ids so a plain string is not an AthleteId, and one kind of id is not another', () => {
    expectTypeOf<string>().not.toExtend<AthleteId>();
    expectTypeOf<MentorId>().not.toExtend<AthleteId>();
    expectTypeOf<AthleteId>().toExtend<string>();
    // @ts-expect-error a plain string is not an AthleteId
    const id: AthleteId = 'a-1';
    expectTypeOf(id).toEqualTypeOf<AthleteId>();
    expectTypeOf<Edition['id']>().toEqualTypeOf<EditionId>();
    expectTypeOf<NonNullable<Mentor['conflicts']>[number]>().toEqualTypeOf<AthleteId>();
  });

  it('narrows unknown values with the type guards', () => {
    const value: unknown = '2026-03-01';
    if (isCalendarDate(value)) expectTypeOf(value).toEqualTypeOf<string>();
    if (isTimeZone(value)) expectTypeOf(value).toEqualTypeOf<string>();
  });

  it('types the bundled edition as an edition input', () => {
    expectTypeOf(fourthEdition).toExtend<EditionInput>();
  });
});

describe('Result helper types', () => {
  it('infers the branches of ok and err', () => {
    expectTypeOf(ok(1)).toEqualTypeOf<Ok<number>>();
    expectTypeOf(err('x')).toEqualTypeOf<Err<string>>();
  });

  it('joins the error types of chained steps', () => {
    const atLeastOne = (n: number): Result<number, 'too-small'> => (n >= 1 ? ok(n) : err('too-small'));
    const first = atLeastOne(1);
    const chained = andThen(first, (n) => (n > 0 ? ok(String(n)) : err('negative' as const)));
    expectTypeOf(chained).toEqualTypeOf<Result<string, 'too-small' | 'negative'>>();
    expectTypeOf(mapResult(first, (n) => n > 0)).toEqualTypeOf<Result<boolean, 'too-small'>>();
    expectTypeOf(combine([first, first])).toEqualTypeOf<Result<number[], 'too-small'>>();
  });
});
