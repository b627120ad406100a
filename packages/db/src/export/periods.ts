/** Canonical order of period keys: a year, then its months, quarters and semesters. */
const rank = (p: string): [number, number, number] => {
  const year = Number(p.slice(0, 4));
  const rest = p.slice(5);
  if (!rest) return [year, 0, 0];
  if (rest.startsWith('Q')) return [year, 2, Number(rest.slice(1))];
  if (rest.startsWith('S')) return [year, 3, Number(rest.slice(1))];
  return [year, 1, Number(rest)];
};

export function comparePeriodKeys(a: string, b: string): number {
  const [ra, rb] = [rank(a), rank(b)];
  return ra[0] - rb[0] || ra[1] - rb[1] || ra[2] - rb[2] || a.localeCompare(b);
}
