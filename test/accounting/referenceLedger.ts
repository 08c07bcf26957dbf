// A reference ledger for model-based tests: the rules of DESIGN.md's "The ledger", written as plainly as
// possible over bigint maps, with core's decimal-backed toMinorUnits for amounts (not the ledger's own
// parser). It is slow and simple on purpose: it is the oracle the real ledger is checked against.
import { money, toMinorUnits } from 'athlete-accelerator/core';
import type { Account, Transfer } from 'athlete-accelerator/accounting';

export type Kind = 'plain' | 'pending' | 'post' | 'void';
export type HoldStatus = 'open' | 'posted' | 'voided' | 'expired';

export interface ModelAccount {
  id: string;
  currency: string;
  debitsMustNotExceedCredits: boolean;
  creditsMustNotExceedDebits: boolean;
  closed: boolean;
  debitsPosted: bigint;
  creditsPosted: bigint;
  debitsPending: bigint;
  creditsPending: bigint;
}

export interface ModelTransfer {
  id: string;
  kind: Kind;
  debit: string;
  credit: string;
  ledger: string;
  code: string;
  date: string;
  amount: bigint;
  held: bigint;
  pendingId: string | undefined;
  timeout: string | undefined;
  reference: string | undefined;
  status: HoldStatus;
}

/** One change to one account's balances, dated, for balances as of a date. */
export interface Effect {
  date: string;
  account: string;
  debitsPosted: bigint;
  creditsPosted: bigint;
  debitsPending: bigint;
  creditsPending: bigint;
}

export interface ModelState {
  accounts: Map<string, ModelAccount>;
  transfers: Map<string, ModelTransfer>;
  latest: string;
  effects: Effect[];
}

export type ModelResult = { id: string; status: 'created' | 'exists' } | { id: string; code: string };

export function kindOf(transfer: Transfer): Kind {
  if (transfer.flags?.pending === true) return 'pending';
  if (transfer.flags?.postPending === true) return 'post';
  if (transfer.flags?.voidPending === true) return 'void';
  return 'plain';
}

export class ReferenceLedger {
  state: ModelState = { accounts: new Map(), transfers: new Map(), latest: '', effects: [] };

  addAccount(account: Account): void {
    this.state.accounts.set(account.id, {
      id: account.id,
      currency: account.ledger,
      debitsMustNotExceedCredits: account.flags?.debitsMustNotExceedCredits === true,
      creditsMustNotExceedDebits: account.flags?.creditsMustNotExceedDebits === true,
      closed: account.flags?.closed === true,
      debitsPosted: 0n,
      creditsPosted: 0n,
      debitsPending: 0n,
      creditsPending: 0n,
    });
  }

  close(id: string): void {
    const account = this.state.accounts.get(id);
    if (account !== undefined) account.closed = true;
  }

  /** Posts a batch with linked chains; `null` when the whole batch is malformed (an open chain). */
  post(transfers: readonly Transfer[]): ModelResult[] | null {
    if (transfers.length > 0 && transfers[transfers.length - 1]?.flags?.linked === true) return null;
    const results: ModelResult[] = [];
    let index = 0;
    while (index < transfers.length) {
      let end = index;
      while ((transfers[end] as Transfer).flags?.linked === true) end++;
      const snapshot = structuredClone(this.state);
      const chain: ModelResult[] = [];
      let failed = -1;
      for (let member = index; member <= end; member++) {
        const result = this.apply(transfers[member] as Transfer);
        chain.push(result);
        if ('code' in result) {
          failed = member;
          break;
        }
      }
      if (failed >= 0 && end > index) {
        this.state = snapshot;
        for (let member = index; member <= end; member++) {
          const id = (transfers[member] as Transfer).id;
          results.push(member === failed ? (chain[member - index] as ModelResult) : { id, code: 'linked-chain-failed' });
        }
      } else {
        results.push(...chain);
      }
      index = end + 1;
    }
    return results;
  }

  /** Voids every open hold whose timeout is before `asOf`; returns the ids of the holds released. */
  expire(asOf: string): string[] {
    const due = [...this.state.transfers.values()]
      .filter((t) => t.kind === 'pending' && t.status === 'open' && t.timeout !== undefined && t.timeout < asOf)
      .sort((a, b) => ((a.timeout as string) < (b.timeout as string) ? -1 : (a.timeout as string) > (b.timeout as string) ? 1 : 0));
    for (const hold of due) {
      this.release(hold, hold.amount, 0n, asOf);
      hold.status = 'expired';
      this.state.latest = asOf > this.state.latest ? asOf : this.state.latest;
    }
    return due.map((hold) => hold.id);
  }

  balanceAsOf(id: string, asOf: string): { debitsPosted: bigint; creditsPosted: bigint; debitsPending: bigint; creditsPending: bigint } {
    const totals = { debitsPosted: 0n, creditsPosted: 0n, debitsPending: 0n, creditsPending: 0n };
    for (const effect of this.state.effects) {
      if (effect.account !== id || effect.date > asOf) continue;
      totals.debitsPosted += effect.debitsPosted;
      totals.creditsPosted += effect.creditsPosted;
      totals.debitsPending += effect.debitsPending;
      totals.creditsPending += effect.creditsPending;
    }
    return totals;
  }

  private effect(date: string, account: ModelAccount, change: Partial<Omit<Effect, 'date' | 'account'>>): void {
    const effect: Effect = {
      date,
      account: account.id,
      debitsPosted: change.debitsPosted ?? 0n,
      creditsPosted: change.creditsPosted ?? 0n,
      debitsPending: change.debitsPending ?? 0n,
      creditsPending: change.creditsPending ?? 0n,
    };
    account.debitsPosted += effect.debitsPosted;
    account.creditsPosted += effect.creditsPosted;
    account.debitsPending += effect.debitsPending;
    account.creditsPending += effect.creditsPending;
    this.state.effects.push(effect);
  }

  /** Releases `held` from pending and posts `posted`, for the hold's two accounts. */
  private release(hold: ModelTransfer, held: bigint, posted: bigint, date: string): void {
    const debit = this.state.accounts.get(hold.debit) as ModelAccount;
    const credit = this.state.accounts.get(hold.credit) as ModelAccount;
    this.effect(date, debit, { debitsPending: -held, debitsPosted: posted });
    this.effect(date, credit, { creditsPending: -held, creditsPosted: posted });
  }

  apply(t: Transfer): ModelResult {
    const id = t.id;
    const fail = (code: string): ModelResult => ({ id, code });
    const kind = kindOf(t);
    const amount = t.amount === undefined ? undefined : toMinorUnits(money(t.amount, t.ledger));
    const existing = this.state.transfers.get(id);
    if (existing !== undefined) {
      const sameAmount = amount === undefined ? existing.amount === existing.held : amount === existing.amount;
      const same =
        existing.kind === kind &&
        existing.debit === t.debitAccountId &&
        existing.credit === t.creditAccountId &&
        existing.ledger === t.ledger &&
        sameAmount &&
        existing.code === t.code &&
        existing.date === t.date &&
        existing.pendingId === t.pendingId &&
        existing.timeout === t.timeout &&
        existing.reference === t.reference;
      return same ? { id, status: 'exists' } : fail('id-conflict');
    }
    if (t.date < this.state.latest) return fail('invalid-input');
    if (t.debitAccountId === t.creditAccountId) return fail('accounts-must-be-different');
    const debit = this.state.accounts.get(t.debitAccountId);
    const credit = this.state.accounts.get(t.creditAccountId);
    if (debit === undefined || credit === undefined) return fail('account-not-found');
    if (debit.currency !== t.ledger || credit.currency !== t.ledger) return fail('currency-mismatch');
    if (kind !== 'void' && (debit.closed || credit.closed)) return fail('account-closed');
    const record: ModelTransfer = {
      id,
      kind,
      debit: debit.id,
      credit: credit.id,
      ledger: t.ledger,
      code: t.code,
      date: t.date,
      amount: amount ?? 0n,
      held: 0n,
      pendingId: t.pendingId,
      timeout: t.timeout,
      reference: t.reference,
      status: 'open',
    };
    if (kind === 'post' || kind === 'void') {
      const hold = this.state.transfers.get(t.pendingId ?? '');
      if (hold?.kind !== 'pending' || hold.debit !== debit.id || hold.credit !== credit.id || hold.code !== t.code) return fail('pending-not-found');
      if (hold.status === 'posted' || hold.status === 'voided') return fail('pending-already-resolved');
      if (hold.status === 'expired') return fail('pending-expired');
      const late = hold.timeout !== undefined && t.date > hold.timeout;
      if (kind === 'post' && late) return fail('pending-expired');
      if (amount !== undefined && (kind === 'post' ? amount > hold.amount : amount !== hold.amount)) return fail('exceeds-pending-amount');
      const posted = kind === 'post' ? (amount ?? hold.amount) : 0n;
      record.amount = kind === 'post' ? posted : hold.amount;
      record.held = hold.amount;
      this.release(hold, hold.amount, posted, t.date);
      hold.status = kind === 'post' ? 'posted' : late ? 'expired' : 'voided';
    } else {
      const value = amount ?? 0n;
      if (debit.debitsMustNotExceedCredits && debit.debitsPosted + debit.debitsPending + value > debit.creditsPosted) return fail('insufficient-funds');
      if (credit.creditsMustNotExceedDebits && credit.creditsPosted + credit.creditsPending + value > credit.debitsPosted) return fail('insufficient-funds');
      if (kind === 'pending') {
        this.effect(t.date, debit, { debitsPending: value });
        this.effect(t.date, credit, { creditsPending: value });
      } else {
        this.effect(t.date, debit, { debitsPosted: value });
        this.effect(t.date, credit, { creditsPosted: value });
      }
    }
    this.state.transfers.set(id, record);
    if (t.date > this.state.latest) this.state.latest = t.date;
    return { id, status: 'created' };
  }
}
