// Shared fixtures of the accounting tests: fixed fast-check seeds and small ledgers to start from.
import { createLedger, post, type Account, type Ledger, type Transfer } from 'athlete-accelerator/accounting';

/** Every property runs with a fixed seed, so a failure reproduces on every machine. */
export const PROPERTY_RUN = { seed: 20270111, numRuns: 200 } as const;
/** The model-based run: fewer, longer sequences. */
export const MODEL_RUN = { seed: 20270111, numRuns: 100 } as const;

export const USD = 'USD';

/** A funding source (may go negative), a wallet that may not, a settlement account, and a JPY wallet. */
export const ACCOUNTS: readonly Account[] = [
  { id: 'source', ledger: 'USD', code: 'programme-funding' },
  { id: 'wallet', ledger: 'USD', code: 'athlete-credit', owner: 'athlete-1', flags: { debitsMustNotExceedCredits: true } },
  { id: 'shop', ledger: 'USD', code: 'partner-settlement' },
  { id: 'yen', ledger: 'JPY', code: 'athlete-credit', flags: { debitsMustNotExceedCredits: true } },
  { id: 'giver', ledger: 'USD', code: 'programme-funding', flags: { creditsMustNotExceedDebits: true } },
];

/** A plain transfer with defaults for the fields a test does not care about. */
export function transfer(fields: Partial<Transfer> & { id: string }): Transfer {
  return { debitAccountId: 'source', creditAccountId: 'wallet', amount: '100.00', ledger: 'USD', code: 'grant', date: '2027-01-11', ...fields };
}

/** A ledger with the fixture accounts and `funded` credited to the wallet on 2027-01-11. */
export function fundedLedger(funded = '1000.00'): Ledger {
  const created = createLedger([...ACCOUNTS]);
  if (!created.ok) throw new Error(created.error.message);
  const posted = post(created.value, [transfer({ id: 'fund', amount: funded })]);
  if (!posted.ok) throw new Error(posted.error.message);
  return posted.value.ledger;
}

/** Posts and expects the batch to be well formed; returns the results and the next ledger. */
export function mustPost(ledger: Ledger, transfers: readonly Transfer[]): { ledger: Ledger; results: ReturnType<typeof resultsOf> } {
  const posted = post(ledger, transfers);
  if (!posted.ok) throw new Error(posted.error.message);
  return { ledger: posted.value.ledger, results: resultsOf(posted.value.results) };
}

function resultsOf(results: readonly ({ id: string; status: string } | { id: string; error: { code: string } })[]): (string)[] {
  return results.map((result) => ('status' in result ? result.status : result.error.code));
}
