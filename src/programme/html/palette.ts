/**
 * The report's colours, chosen for contrast on white (text colours at least 4.5:1, chart marks at
 * least 3:1) and for telling series apart in greyscale print; every chart also says with words,
 * dash styles or patterns what its colours mean.
 * @internal
 */
export const PALETTE = {
  ink: '#1b2733',
  inkMuted: '#52606d',
  grid: '#e3e8ee',
  axis: '#9aa5b1',
  primary: '#2456a6',
  primarySoft: '#d6e2f5',
  accent: '#c05621',
  accentSoft: '#f8dcc8',
  neutral: '#8794a1',
  neutralSoft: '#e9edf1',
  ok: '#1a7f37',
  warn: '#a15c07',
  warnSoft: '#f6e3c3',
  danger: '#b42318',
  dangerSoft: '#f6d5d1',
  teal: '#0f766e',
} as const;

/**
 * The named tones a chart mark may take.
 * @internal
 */
export type Tone = 'primary' | 'accent' | 'neutral' | 'ok' | 'warn' | 'danger' | 'teal';

/**
 * The fill colour of a tone.
 * @internal
 */
export const TONE_COLOUR: Readonly<Record<Tone, string>> = {
  primary: PALETTE.primary,
  accent: PALETTE.accent,
  neutral: PALETTE.neutral,
  ok: PALETTE.ok,
  warn: PALETTE.warn,
  danger: PALETTE.danger,
  teal: PALETTE.teal,
};
