import { formatPath, type Issue } from '../core/index.js';
import { checkTransfer, type CheckedTransfer } from './checkTransfer.js';
import { messages, type LedgerError } from './errors.js';
import { parseInput } from './parseInput.js';
import { TransferSchema } from './transfer.js';

/**
 * Checks a batch of transfers at the boundary: the fast validator for every transfer, and zod (through
 * core's `parseWith`, which also refuses `__proto__`-style keys) only for those it refuses, to name every
 * problem with its path `[index, field, …]`.
 * @internal
 */
export function checkBatch(input: unknown, what: string, chains: boolean): { ok: true; value: CheckedTransfer[] } | { ok: false; error: LedgerError } {
  if (!Array.isArray(input)) return invalid(what, [{ path: [], message: messages.notArray(what) }]);
  const list = input as readonly unknown[];
  const checked: CheckedTransfer[] = new Array<CheckedTransfer>(list.length);
  let issues: Issue[] | undefined;
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    const fast = checkQuietly(item);
    if (fast !== undefined) {
      checked[index] = fast;
      continue;
    }
    const parsed = parseInput(TransferSchema, item, 'transfer');
    const recovered = parsed.ok ? checkQuietly(parsed.value) : undefined;
    if (recovered !== undefined) {
      checked[index] = recovered;
      continue;
    }
    issues ??= [];
    if (parsed.ok) issues.push({ path: [index], message: 'The transfer was refused by the ledger\'s checks.' });
    else for (const issue of parsed.issues) issues.push({ path: [index, ...issue.path], message: issue.message });
  }
  const last = checked[checked.length - 1];
  if (chains && last?.linked === true) {
    issues ??= [];
    issues.push({ path: [list.length - 1, 'flags', 'linked'], message: messages.chainOpen() });
  }
  if (issues !== undefined) return invalid(what, issues);
  return { ok: true, value: checked };
}

/** The fast check, treating an input that throws when read (a hostile getter or proxy) as refused. */
function checkQuietly(item: unknown): CheckedTransfer | undefined {
  try {
    return checkTransfer(item);
  } catch {
    return undefined;
  }
}

/** An `invalid-input` error listing every issue. @internal */
export function invalid(what: string, issues: readonly Issue[]): { ok: false; error: LedgerError } {
  const described = issues
    .slice(0, 3)
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join('; ');
  const more = issues.length > 3 ? '; …' : '';
  return {
    ok: false,
    error: {
      code: 'invalid-input',
      message: messages.invalidBatch(what, issues.length, described + more),
      path: issues[0]?.path ?? [],
      issues,
    },
  };
}
