/** Whether a stream may show colour: it is a terminal and `NO_COLOR` is unset or empty (no-color.org). */
export function colourAllowed(isTty: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTty === true && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb';
}

const wrap = (open: number, close: number) => (text: string): string => `\u001b[${open}m${text}\u001b[${close}m`;

/** The few ANSI styles the command line uses, or identity functions when colour is off. */
export interface Styles {
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
}

const plain = (text: string): string => text;

/** ANSI styles when `colour` is true, plain text otherwise. */
export function styles(colour: boolean): Styles {
  if (!colour) return { bold: plain, dim: plain, red: plain, yellow: plain, green: plain };
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39) };
}
