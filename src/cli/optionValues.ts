import { err, isCalendarDate, ok, type CalendarDate, type Result } from '../core/index.js';
import { usageFailure, type CliFailure } from './cliFailure.js';

/** A date option (`--as-of 2026-12-01`): a real calendar date written YYYY-MM-DD. */
export function dateOption(command: string, name: string, value: string): Result<CalendarDate, CliFailure> {
  const refusal = `--${name}: '${value}' is not a calendar date written YYYY-MM-DD.`;
  return isCalendarDate(value) ? ok(value) : err(usageFailure(refusal, command));
}

/** A count option (`--seats 50`): a whole number from 0. */
export function countOption(command: string, name: string, value: string): Result<number, CliFailure> {
  if (/^\d{1,9}$/.test(value)) return ok(Number(value));
  return err(usageFailure(`--${name}: '${value}' is not a whole number of at least 0.`, command));
}

/** A number option (`--min-score 0.3`): a finite decimal number. */
export function numberOption(command: string, name: string, value: string): Result<number, CliFailure> {
  const number = Number(value);
  if (value.trim() !== '' && Number.isFinite(number)) return ok(number);
  return err(usageFailure(`--${name}: '${value}' is not a number.`, command));
}

/** A choice option (`--method stable`): one of a closed list of words. */
export function choiceOption<const T extends string>(command: string, name: string, value: string, choices: readonly T[]): Result<T, CliFailure> {
  const found = choices.find((choice) => choice === value);
  if (found !== undefined) return ok(found);
  return err(usageFailure(`--${name}: '${value}' is not one of ${choices.join(', ')}.`, command));
}
