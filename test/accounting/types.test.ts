// Type pins of the public API, checked by `tsc --noEmit` (npm run typecheck) like the rest of the code;
// at run time expectTypeOf does nothing, so these cost the test run nothing.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Money, Result } from 'athlete-accelerator/core';
import {
  balance,
  createLedger,
  issuePackage,
  journal,
  post,
  replay,
  type AccountBalance,
  type IssuedPackage,
  type JournalEntry,
  type Ledger,
  type LedgerError,
  type LedgerErrorCode,
  type PackageError,
  type PostResult,
  type Transfer,
  type TransferResult,
} from 'athlete-accelerator/accounting';

describe('the accounting API types', () => {
  it('writes return Results, reads return values', () => {
    expectTypeOf(createLedger).returns.toEqualTypeOf<Result<Ledger, LedgerError>>();
    expectTypeOf(post).returns.toEqualTypeOf<Result<PostResult, LedgerError>>();
    expectTypeOf(replay).returns.toEqualTypeOf<Result<Ledger, LedgerError>>();
    expectTypeOf(issuePackage).returns.toEqualTypeOf<Result<IssuedPackage, PackageError>>();
    expectTypeOf(balance).returns.toEqualTypeOf<AccountBalance>();
    expectTypeOf(journal).returns.toEqualTypeOf<JournalEntry[]>();
  });

  it('balances are Money, and a transfer result is either a status or an error with a closed code', () => {
    expectTypeOf<AccountBalance['debitsPending']>().toEqualTypeOf<Money>();
    expectTypeOf<Extract<TransferResult, { status: unknown }>['status']>().toEqualTypeOf<'created' | 'exists'>();
    expectTypeOf<Extract<TransferResult, { error: unknown }>['error']['code']>().toEqualTypeOf<LedgerErrorCode>();
    expectTypeOf<LedgerError['missing']>().toEqualTypeOf<Money | undefined>();
  });

  it('a transfer is plain JSON with an optional amount and optional flags', () => {
    expectTypeOf<Transfer['amount']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Transfer['date']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<Transfer['flags']>['pending']>().toEqualTypeOf<boolean | undefined>();
  });

  it('a ledger is an opaque handle', () => {
    expectTypeOf<Ledger['version']>().toEqualTypeOf<number>();
    expect(() => {
      // @ts-expect-error a plain object is not a ledger
      post({ version: 0 }, []);
    }).toThrow(/ledger/);
  });
});
