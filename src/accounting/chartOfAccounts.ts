import type { Account } from './account.js';

/**
 * The account codes of the programme's chart of accounts (what each account is for):
 *
 * | code | one per | flags | balance | what it holds |
 * | --- | --- | --- | --- | --- |
 * | `programme-funding` | programme | `creditsMustNotExceedDebits` | debit | the sponsor's side: debited for every dollar put into the budget; may take back at most what it gave |
 * | `programme-budget` | programme | `debitsMustNotExceedCredits` | credit | the budget not yet committed to packages; issuing past it is `insufficient-funds` |
 * | `package-service` | athlete × service component | `debitsMustNotExceedCredits` | credit | in-kind training (logistics, operations, sourcing) granted and not yet delivered |
 * | `athlete-credit` | athlete × credit component | `debitsMustNotExceedCredits` | credit | trade credit granted and not yet spent, held or expired |
 * | `partner-settlement` | programme | none | credit | what the programme owes the partner for credit spent and training delivered |
 * | `expired-credit` | programme | none | credit | credit that expired unused |
 *
 * @category Packages
 * @example
 * ACCOUNT_CODES.athleteCredit //=> 'athlete-credit'
 */
export const ACCOUNT_CODES = {
  funding: 'programme-funding',
  budget: 'programme-budget',
  packageService: 'package-service',
  athleteCredit: 'athlete-credit',
  partnerSettlement: 'partner-settlement',
  expiredCredit: 'expired-credit',
} as const;

/**
 * The transfer codes of the programme (why money moves):
 *
 * | code | debit → credit | when |
 * | --- | --- | --- |
 * | `budget-funding` | programme-funding → programme-budget | the sponsor funds the budget |
 * | `package-service-grant` | programme-budget → package-service | a package grants a training service |
 * | `package-credit-grant` | programme-budget → athlete-credit | a package grants trade credit |
 * | `service-delivery` | package-service → partner-settlement | training is delivered (in full or in part) |
 * | `credit-spend` | athlete-credit → partner-settlement | credit is spent on an order (at once, or as a hold then post) |
 * | `credit-refund` | partner-settlement → athlete-credit | an order is refunded |
 * | `credit-expiry` | athlete-credit → expired-credit | unused credit expires (`expireCredit`) |
 *
 * @category Packages
 * @example
 * TRANSFER_CODES.creditSpend //=> 'credit-spend'
 */
export const TRANSFER_CODES = {
  budgetFunding: 'budget-funding',
  serviceGrant: 'package-service-grant',
  creditGrant: 'package-credit-grant',
  serviceDelivery: 'service-delivery',
  creditSpend: 'credit-spend',
  creditRefund: 'credit-refund',
  creditExpiry: 'credit-expiry',
} as const;

/**
 * The ids of the programme-level accounts that `createProgrammeLedger` opens (one of each per ledger).
 *
 * @category Packages
 * @example
 * PROGRAMME_ACCOUNTS.budget //=> 'programme-budget'
 */
export const PROGRAMME_ACCOUNTS = {
  funding: 'programme-funding',
  budget: 'programme-budget',
  settlement: 'partner-settlement',
  expiredCredit: 'expired-credit',
} as const;

/**
 * The id of the account that holds one component of an athlete's package: `<athleteId>/<componentId>`
 * (component ids never contain `/`, so the component is what follows the last `/`).
 *
 * @category Packages
 * @example
 * packageAccountId('athlete-0001', 'trade-credit') //=> 'athlete-0001/trade-credit'
 */
export function packageAccountId(athleteId: string, componentId: string): string {
  return `${athleteId}/${componentId}`;
}

/**
 * The programme-level accounts of the chart, in one currency.
 *
 * @category Packages
 * @example
 * programmeAccounts('USD').map((account) => account.id)
 * //=> ['programme-funding', 'programme-budget', 'partner-settlement', 'expired-credit']
 */
export function programmeAccounts(currency: string): Account[] {
  return [
    { id: PROGRAMME_ACCOUNTS.funding, ledger: currency, code: ACCOUNT_CODES.funding, flags: { creditsMustNotExceedDebits: true } },
    { id: PROGRAMME_ACCOUNTS.budget, ledger: currency, code: ACCOUNT_CODES.budget, flags: { debitsMustNotExceedCredits: true } },
    { id: PROGRAMME_ACCOUNTS.settlement, ledger: currency, code: ACCOUNT_CODES.partnerSettlement },
    { id: PROGRAMME_ACCOUNTS.expiredCredit, ledger: currency, code: ACCOUNT_CODES.expiredCredit },
  ];
}
