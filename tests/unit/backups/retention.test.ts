import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../electron/services/backups/retention';
import { planRetention } from '../../../electron/services/backups/retention';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Local noon so adding/subtracting hours never crosses midnight by accident.
const NOW = new Date(2026, 11, 4, 12, 0, 0).getTime();

function entry(name: string, takenAt: number, pinned = false): BackupEntry {
  return { name, takenAt, pinned };
}

function names(list: readonly BackupEntry[]): string[] {
  return list.map((b) => b.name);
}

describe('backup retention', () => {
  it('keeps the three newest backups of today and removes older ones of today', () => {
    const today = [0, 1, 2, 3, 4].map((h) => entry(`t${h}`, NOW - h * HOUR));
    const plan = planRetention(today, NOW);
    expect(names(plan.keep)).toEqual(['t0', 't1', 't2']);
    expect(names(plan.remove)).toEqual(['t3', 't4']);
  });

  it('keeps only the newest backup of each earlier day', () => {
    const list = [
      entry('d1-late', NOW - DAY + HOUR),
      entry('d1-early', NOW - DAY - HOUR),
      entry('d2', NOW - 2 * DAY),
    ];
    const plan = planRetention(list, NOW);
    expect(names(plan.keep)).toEqual(['d1-late', 'd2']);
    expect(names(plan.remove)).toEqual(['d1-early']);
  });

  it('keeps at most ten rotating backups, dropping the oldest days', () => {
    const list = Array.from({ length: 15 }, (_, i) => entry(`d${i + 1}`, NOW - (i + 1) * DAY));
    const plan = planRetention(list, NOW);
    expect(plan.keep).toHaveLength(10);
    expect(names(plan.remove)).toEqual(['d11', 'd12', 'd13', 'd14', 'd15']);
  });

  it('never removes a pinned backup and does not count it against the limits', () => {
    const list = [
      ...[0, 1, 2, 3].map((h) => entry(`t${h}`, NOW - h * HOUR)),
      entry('milestone-old', NOW - 400 * DAY, true),
      entry('milestone-today', NOW - 5 * HOUR, true),
    ];
    const plan = planRetention(list, NOW);
    expect(names(plan.keep)).toEqual(['t0', 't1', 't2', 'milestone-today', 'milestone-old']);
    expect(names(plan.remove)).toEqual(['t3']);
  });

  it('follows a configured policy', () => {
    const list = [0, 1, 2].map((h) => entry(`t${h}`, NOW - h * HOUR));
    list.push(entry('y', NOW - DAY));
    const plan = planRetention(list, NOW, { keepToday: 1, keepTotal: 2 });
    expect(names(plan.keep)).toEqual(['t0', 'y']);
    expect(names(plan.remove)).toEqual(['t1', 't2']);
  });

  it('sorts its input, so the order backups are listed in does not matter', () => {
    const list = [entry('old', NOW - 3 * HOUR), entry('new', NOW), entry('mid', NOW - HOUR)];
    list.push(entry('oldest', NOW - 4 * HOUR));
    expect(names(planRetention(list, NOW).remove)).toEqual(['oldest']);
  });
});
