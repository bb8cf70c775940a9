/**
 * Exact arithmetic for combined scores. A mean of n evaluators (n ≤ 10), a trimmed mean and a
 * median are all whole multiples of 1/2520 of a hundredth (2520 is divisible by 1…10), so
 * values are kept as integers in that unit, summed without drift, and rounded once at the end.
 */
export const SCALE = 2520;

/** Rounds `micro` (hundredths × SCALE) to a multiple of `unit` hundredths, half away from zero. */
export function roundMicro(micro: number, unit: number): number {
  const divisor = SCALE * unit;
  const quotient = Math.abs(micro) / divisor;
  // Beyond 10 evaluators values are not exact multiples; the epsilon absorbs float noise only.
  const rounded = Math.floor(quotient + 0.5 + 1e-9);
  return Math.sign(micro) * rounded * unit;
}
