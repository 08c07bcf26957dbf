import type { Issue } from '../core/index.js';
import { checkCapacities } from './capacities.js';
import type { Capacities } from './capacities.js';
import { messages } from './errors.js';
import { blockingPairs } from './findBlockingPairs.js';
import { buildPreferenceTables } from './preferenceTables.js';
import type { PreferenceLists } from './preferenceTables.js';
import { addViolation, readMatchingArray } from './violations.js';
import type { ViolationLog } from './violations.js';

/**
 * A matching with capacities to check for stability, as {@link stableMatch} returns it (spread its
 * value in: `{ kind: 'stable', proposerPrefs, receiverPrefs, capacities, ...result.value }`).
 *
 * @category Verification
 * @example
 * const input: StableMatchingToVerify = { kind: 'stable', proposerPrefs: [[0]], receiverPrefs: [[0]], capacities: [1], proposerToReceiver: [0] };
 * input.kind //=> 'stable'
 */
export interface StableMatchingToVerify {
  readonly kind: 'stable';
  readonly proposerPrefs: PreferenceLists;
  readonly receiverPrefs: PreferenceLists;
  readonly capacities: Capacities;
  readonly proposerToReceiver: Int32Array | readonly number[];
}

/**
 * Checks a matching with capacities: receivers that exist, mutually acceptable pairs, capacities, and
 * no blocking pair. Returns `false` when the input is malformed.
 * @internal
 */
export function verifyStable(input: Readonly<Record<string, unknown>>, log: ViolationLog, issues: Issue[]): boolean {
  const tables = buildPreferenceTables(input.proposerPrefs, input.receiverPrefs, issues);
  const receivers = Array.isArray(input.receiverPrefs) ? input.receiverPrefs.length : 0;
  const proposers = Array.isArray(input.proposerPrefs) ? input.proposerPrefs.length : 0;
  const capacity = checkCapacities(input.capacities, receivers, 'capacities', issues);
  const matching = readMatchingArray(input.proposerToReceiver, proposers, 'proposerToReceiver', issues);
  if (tables === undefined || capacity === undefined || matching === undefined || issues.length > 0) return false;

  const { proposerStart, proposerList, rankAtReceiver } = tables;
  const clean = new Int32Array(proposers).fill(-1);
  const used = new Int32Array(receivers);
  for (let p = 0; p < proposers; p++) {
    const r = matching[p] as number;
    if (r < 0) continue;
    if (r >= receivers) {
      addViolation(log, 'index-out-of-range', messages.violation.indexOutOfRange(p, r), ['proposerToReceiver', p]);
      continue;
    }
    let acceptable = false;
    for (let k = proposerStart[p] as number; k < (proposerStart[p + 1] as number); k++) {
      if ((proposerList[k] as number) === r) {
        acceptable = (rankAtReceiver[k] as number) >= 0;
        break;
      }
    }
    if (!acceptable) {
      addViolation(log, 'unacceptable-pair', messages.violation.unacceptablePair(p, r), ['proposerToReceiver', p]);
      continue;
    }
    clean[p] = r;
    used[r] = (used[r] as number) + 1;
  }
  for (let r = 0; r < receivers; r++) {
    if ((used[r] as number) > (capacity[r] as number)) {
      addViolation(log, 'capacity-exceeded', messages.violation.receiverOverfull(r, used[r] as number, capacity[r] as number), ['capacities', r]);
    }
  }
  for (const [p, r] of blockingPairs(tables, capacity, clean)) {
    addViolation(log, 'blocking-pair', messages.violation.blockingPair(p, r), ['proposerToReceiver', p]);
  }
  return true;
}
