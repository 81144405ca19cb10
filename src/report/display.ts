// How values read in the terminal: grouped digits, units, intervals.
import type { Quantity } from '../schema.js';

const group = (x: number): string => {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-4)) return x.toExponential(3).replace(/\.?0+e/, 'e');
  const [int, frac] = String(Number(x.toPrecision(10))).split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
};

export function displayNumber(x: number | null, open: string): string {
  return x === null ? open : group(x);
}

/** "5,600,000 USD [5,550,000–5,650,000]", "35% [34.5–35.5]", "2015 (year)". */
export function displayQuantity(q: Quantity): string {
  const unit = q.unit === 'count' ? '' : q.unit === '%' ? '%' : ` ${q.unit}`;
  if (q.unit === 'year') return `${q.value} (year)`;
  if (q.unit === 'date') return `${String(q.value).padStart(8, '0').replace(/^(\d{4})(\d{2})(\d{2})$/, (_, y: string, m: string, d: string) => (y === '0000' ? `--${m}-${d}` : `${y}-${m}-${d}`))} (date)`;
  const value = `${group(q.value)}${unit}`;
  if (q.low === q.high && q.low === q.value) return value;
  return `${value} [${displayNumber(q.low, '-∞')}–${displayNumber(q.high, '∞')}]`;
}
