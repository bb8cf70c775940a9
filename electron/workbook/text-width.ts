/**
 * How wide text prints in Excel's column units: CJK and other full-width characters take two,
 * the rest one. Column widths are derived from this so Chinese text is not cut off.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) ||
    // “ ” ‘ ’ and ✓ print full-width in Chinese fonts.
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x2713
  );
}

/** The width of a multi-line cell is that of its longest line. */
export function cellWidth(value: string | number | null, numFmtDecimals = 2): number {
  if (value === null) return 0;
  if (typeof value === 'number') {
    // Digits of the whole part, the sign, the point and the decimals: what toFixed would print.
    const whole = Math.abs(Math.trunc(value));
    const digits = whole < 10 ? 1 : Math.floor(Math.log10(whole)) + 1;
    return digits + (value < 0 ? 1 : 0) + (numFmtDecimals > 0 ? numFmtDecimals + 1 : 0);
  }
  return Math.max(0, ...value.split('\n').map(displayWidth));
}

/**
 * How many lines a text needs in a column `width` units wide. A column of width w holds a
 * little less than w units of a CJK font in practice, hence the 0.8.
 */
export function linesFor(text: string, width: number): number {
  return Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, (width - 1) * 0.8)));
}
