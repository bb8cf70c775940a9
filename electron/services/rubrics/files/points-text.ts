/**
 * Points as people write them (10, 2.5, "8.5分", "９０") to exact hundredths. Text is read
 * digit by digit, never through floating point; a cell that holds a number is accepted when it
 * is a whole number of hundredths up to float noise (a formula's 0.1 + 0.2).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: 'invalid' | 'too-precise' };

const MAX_CENTI = 1_000_000;

export function parsePointsText(text: string): Parsed<number> {
  const t = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(分|points?|pts?)$/i, '');
  const m = /^\+?(\d*)(?:\.(\d*))?$/.exec(t);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return { ok: false, reason: 'invalid' };
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  if (fraction.length > 2) return { ok: false, reason: 'too-precise' };
  const whole = m[1] === '' ? 0 : Number(m[1]);
  const centi = whole * 100 + Number(fraction.padEnd(2, '0'));
  return centi <= MAX_CENTI ? { ok: true, value: centi } : { ok: false, reason: 'invalid' };
}

export function parsePointsNumber(n: number): Parsed<number> {
  if (!Number.isFinite(n) || n < 0) return { ok: false, reason: 'invalid' };
  const scaled = n * 100;
  const centi = Math.round(scaled);
  if (Math.abs(scaled - centi) > 1e-6) return { ok: false, reason: 'too-precise' };
  return centi <= MAX_CENTI ? { ok: true, value: centi } : { ok: false, reason: 'invalid' };
}

/** A cell's value or a text: numbers keep their own rule, everything else is text. */
export function parsePoints(value: string | number): Parsed<number> {
  return typeof value === 'number' ? parsePointsNumber(value) : parsePointsText(value);
}

/** A plain decimal such as a share (12.5) or a weight; `%` allowed at the end. */
export function parseDecimal(text: string): number | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/%$/, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

/** A whole number, optionally followed by a counting word (3个, 10名, 5人). */
export function parseWhole(text: string): number | null {
  const t = text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(个|名|家|人|位)$/, '');
  return /^\d+$/.test(t) ? Number(t) : null;
}
