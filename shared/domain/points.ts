/**
 * Points are integers in hundredths (8.5 points = 850) everywhere below the UI, so sums never
 * drift. These helpers are the only place that converts to and from display values.
 */
export const CENTI = 100;

export function toCenti(points: number): number {
  // Half away from zero, so 0.005 → 1 and -0.005 → -1, matching how offices round by hand.
  const scaled = points * CENTI;
  return Math.sign(scaled) * Math.round(Math.abs(scaled) + Number.EPSILON * CENTI);
}

/** Display value with at most two decimals and no trailing zeros: 850 → "8.5", 10000 → "100". */
export function formatCenti(centi: number): string {
  const negative = centi < 0;
  const abs = Math.abs(centi);
  const whole = Math.trunc(abs / CENTI);
  const frac = abs % CENTI;
  const fracText = frac === 0 ? '' : `.${String(frac).padStart(2, '0').replace(/0$/, '')}`;
  return `${negative ? '-' : ''}${whole}${fracText}`;
}
