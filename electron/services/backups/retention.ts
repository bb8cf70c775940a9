/**
 * Which backups rotation keeps — a pure function so the rule is tested without files.
 *
 * The rule follows Actual's backups: every backup from today up to `keepToday`, then the newest
 * backup of each earlier day, at most `keepTotal` in all (newest first). Pinned milestone
 * backups are never removed and do not count against the limits.
 */
export interface BackupEntry {
  readonly name: string;
  /** When the backup was taken (ms since epoch). */
  readonly takenAt: number;
  readonly pinned: boolean;
}

export interface RetentionPolicy {
  readonly keepToday: number;
  readonly keepTotal: number;
}

export const DEFAULT_RETENTION: RetentionPolicy = { keepToday: 3, keepTotal: 10 };

export interface RetentionPlan {
  readonly keep: readonly BackupEntry[];
  readonly remove: readonly BackupEntry[];
}

/** Local calendar day, so "today" means the operator's day, not UTC's. */
function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;
}

export function planRetention(
  backups: readonly BackupEntry[],
  now: number,
  policy: RetentionPolicy = DEFAULT_RETENTION,
): RetentionPlan {
  const today = dayKey(now);
  const newestFirst = [...backups].sort((a, b) => b.takenAt - a.takenAt);
  const keep: BackupEntry[] = [];
  const remove: BackupEntry[] = [];
  const daysKept = new Set<string>();
  let todayCount = 0;
  let rotating = 0;
  for (const backup of newestFirst) {
    if (backup.pinned) {
      keep.push(backup);
      continue;
    }
    const day = dayKey(backup.takenAt);
    const wanted = day === today ? todayCount < policy.keepToday : !daysKept.has(day);
    if (wanted && rotating < policy.keepTotal) {
      keep.push(backup);
      rotating += 1;
      if (day === today) todayCount += 1;
      else daysKept.add(day);
    } else {
      remove.push(backup);
    }
  }
  return { keep, remove };
}
