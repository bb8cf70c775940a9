import type { YearChange } from './types';

/**
 * Last year's level against this year's: 升星 gained, 降星 lost, 摘星 withdrawn (had stars,
 * now none or no rating), same, or new (not rated last year). Undecided results have none.
 */
export function yearChange(
  previous: number | null | undefined,
  current: number | null,
  decided: boolean,
): YearChange | null {
  if (!decided) return null;
  if (previous === undefined) return 'new';
  const before = previous ?? 0;
  const now = current ?? 0;
  if (before >= 1 && now === 0) return 'withdrawn';
  if (now > before) return 'gained';
  if (now < before) return 'lost';
  return 'same';
}
