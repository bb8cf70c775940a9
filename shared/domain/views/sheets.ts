import type { EntryValue } from '../entry';

/** Score sheets and the audit trail. */

export interface SheetEntry {
  value: EntryValue;
  /** Points after the item's rule (hundredths). */
  points: number;
  remark: string;
}

/** One evaluator's score sheet for one branch in one round. */
export interface SheetView {
  id: string;
  campaignId: string;
  roundId: string;
  roundName: string;
  branchId: string;
  branchName: string;
  townshipName: string;
  evaluatorId: string | null;
  evaluatorName: string | null;
  status: 'draft' | 'submitted';
  /** Row version: a save must name it, so a stale window gets CONFLICT instead of overwriting. */
  version: number;
  remark: string;
  updatedAt: string;
  submittedAt: string | null;
  rubricVersionId: string;
  entries: Record<string, SheetEntry>;
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}
