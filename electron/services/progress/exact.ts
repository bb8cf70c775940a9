/**
 * Exact means of integer hundredths, rounded once. Deviations from a panel mean are fractions
 * (own − sum/n); they are summed per panel size n as integers (n·own − sum), so the mean is
 * Σₙ (Sₙ / n) / count, a fraction of integers that BigInt divides exactly before the one
 * rounding, half away from zero.
 */
export function divideRounded(numerator: bigint, denominator: bigint): number {
  if (denominator === 0n) throw new Error('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const num = numerator < 0n ? -numerator : numerator;
  const den = denominator < 0n ? -denominator : denominator;
  const quotient = (num * 2n + den) / (den * 2n);
  return Number(negative ? -quotient : quotient);
}

function gcd(a: bigint, b: bigint): bigint {
  return b === 0n ? a : gcd(b, a % b);
}

/** Σ (sums[n] / n) over panel sizes n, divided by `count`, rounded once to an integer. */
export function meanOfFractions(sums: Map<number, number>, count: number): number | null {
  if (count === 0) return null;
  let lcm = 1n;
  for (const n of sums.keys()) lcm = (lcm * BigInt(n)) / gcd(lcm, BigInt(n));
  let numerator = 0n;
  for (const [n, sum] of sums) numerator += BigInt(sum) * (lcm / BigInt(n));
  return divideRounded(numerator, lcm * BigInt(count));
}
