import { formatMoney, type Money } from '../../core/index.js';

/**
 * What every part of the HTML report shares while one report is rendered: number and money
 * formatting in one locale, the table and chart limits, and a counter that gives each chart a unique,
 * deterministic element id.
 * @internal
 */
export interface RenderContext {
  readonly locale: string;
  readonly maxTableRows: number;
  readonly maxMentorBars: number;
  /** A fresh element id (`cr-funnel-3`); the same report always gets the same ids. */
  readonly nextId: (name: string) => string;
  /** A whole number with grouping (`1,200`). */
  readonly count: (value: number) => string;
  /** A count with its noun, singular or plural (`1 athlete`, `1,200 athletes`); `plural` defaults to `noun` + `s`. */
  readonly counted: (value: number, noun: string, plural?: string) => string;
  /** A score or an average with at most one decimal (`73.5`). */
  readonly decimal: (value: number) => string;
  /** A selection score with one decimal (`86.0`). */
  readonly score: (value: number) => string;
  /** A mentor pair's score with two decimals (`0.63`). */
  readonly pairScore: (value: number) => string;
  /** `part / whole` as a whole percentage (`42%`), or `–` when `whole` is 0. */
  readonly share: (part: number, whole: number) => string;
  /** An amount with its exact digits (`$10,000.00`). */
  readonly money: (amount: Money) => string;
}

/**
 * Builds the context of one rendering.
 * @internal
 */
export function createRenderContext(locale: string, maxTableRows: number, maxMentorBars: number): RenderContext {
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimals = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const scores = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const pairs = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const percents = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const moneyTexts = new Map<string, string>();
  let next = 0;
  return {
    locale,
    maxTableRows,
    maxMentorBars,
    nextId: (name) => `cr-${name}-${String(++next)}`,
    count: (value) => counts.format(value),
    counted: (value, noun, plural) => `${counts.format(value)} ${value === 1 ? noun : (plural ?? `${noun}s`)}`,
    decimal: (value) => decimals.format(value),
    score: (value) => scores.format(value),
    pairScore: (value) => pairs.format(value),
    share: (part, whole) => (whole === 0 ? '–' : percents.format(part / whole)),
    money: (amount) => {
      // formatMoney builds an Intl formatter per call; a report repeats the same few amounts many times.
      const key = `${amount.currency} ${amount.amount}`;
      let text = moneyTexts.get(key);
      if (text === undefined) {
        text = formatMoney(amount, { locale });
        moneyTexts.set(key, text);
      }
      return text;
    },
  };
}
