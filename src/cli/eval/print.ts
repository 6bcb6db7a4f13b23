// Plain-text tables and numbers for the scoreboard's printout.
import { ratio } from './score.ts';

export { ratio };

/** A table with the first column left-aligned and the others right-aligned. */
export function table(head: string[], rows: string[][]): string {
  const width = (s: string): number => [...s].length;
  const w = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(w[i] ?? 0) : c.padStart(w[i] ?? 0))).join('  ');
  return [line(head), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

/** "0.925 (37/40)", or "—" when nothing was counted. */
export const pct = (num: number, den: number): string =>
  den === 0 ? '—' : `${ratio(num, den).toFixed(3)} (${num}/${den})`;

/** One line of at most n characters. */
export const short = (s: string, n = 90): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return [...t].length > n ? `${[...t].slice(0, n - 1).join('')}…` : t;
};

export const fmtNum = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(3));
export const round = (n: number): number => Math.round(n * 10000) / 10000;
