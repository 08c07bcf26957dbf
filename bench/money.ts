/**
 * Money arithmetic against bare decimal.js on the same sums: what the exact-money layer costs.
 * `npx tsx bench/money.ts`
 */
import Decimal from 'decimal.js';
import { Bench } from 'tinybench';
import { add, allocate, money, seededRandom, type Money } from '../src/core/index.js';

const random = seededRandom('bench/money');
const amounts = Array.from({ length: 10_000 }, () => (Math.floor(random() * 1_000_000) / 100).toFixed(2));
const moneys: Money<'USD'>[] = amounts.map((amount) => money(amount, 'USD'));

const bench = new Bench({ time: 500 });
bench
  .add('decimal.js: sum 10,000 amounts', () => {
    let total = new Decimal(0);
    for (const amount of amounts) total = total.plus(amount);
    return total.toFixed(2);
  })
  .add('core add(): sum 10,000 Money values', () => {
    let total = money('0', 'USD');
    for (const m of moneys) total = add(total, m);
    return total;
  })
  .add('core allocate(): USD 10,000 over 4 weights', () => allocate(money('10000', 'USD'), [20, 15, 15, 50]));

await bench.run();
console.table(bench.table());
const [bare, ours] = bench.tasks.map((task) => (task.result.state === 'completed' ? task.result.latency.mean : Number.NaN));
if (bare !== undefined && ours !== undefined) console.log(`core add() costs ${(ours / bare).toFixed(2)}x bare decimal.js additions`);
