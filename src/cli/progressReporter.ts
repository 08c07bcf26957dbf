import { COHORT_STAGES, type CohortProgress, type CohortStage } from '../programme/index.js';
import type { Io } from './io.js';
import { styles } from './terminal.js';

/** The stages that report progress, in order (validating the input reports none). */
const STAGES: readonly CohortStage[] = COHORT_STAGES;

/**
 * A `runCohort` progress callback that prints one line per event on stderr:
 * `[2/6] selection: selecting 50 recipients among 399 candidates`. With `quiet`, it prints nothing.
 */
export function progressReporter(io: Io, quiet: boolean): ((event: CohortProgress) => void) | undefined {
  if (quiet) return undefined;
  const style = styles(io.colourErr);
  return (event) => {
    const position = STAGES.indexOf(event.stage);
    const step = position === -1 ? event.stage : `${position + 1}/${STAGES.length}`;
    const line = `[${step}] ${event.stage}: ${event.message}`;
    io.err(`${event.status === 'start' ? style.dim(line) : line}\n`);
  };
}
