import type { EntryValue } from '../entry';
import type { RoundKind } from '../org';

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
  /** A self sheet outside a self round (or the reverse) is not counted: `sheetFitsRound`. */
  roundKind: RoundKind;
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
  /** The round is frozen (定稿): nothing on the sheet changes until it is unfrozen. */
  frozen: boolean;
  /**
   * Items whose score two laptops changed apart and nobody has settled (issue #16): the value
   * shown is the deterministic winner, marked 待裁定; settled on the 数据交换 page or by a new
   * value entered here.
   */
  disputed: string[];
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

/** One draft in a bulk submission's preview. */
export interface BulkSheet {
  sheetId: string;
  /** The version seen: submitting checks it, so nothing changed since is locked unseen. */
  version: number;
  branchId: string;
  branchName: string;
  townshipName: string;
  /** null = the self-assessment. */
  evaluatorId: string | null;
  evaluatorName: string | null;
  /** Items with an entry. */
  entered: number;
  /** Required items still empty: how many, and the first few (codes with names). */
  missingCount: number;
  missing: { code: string; name: string; nameEn: string }[];
}

/** What submitting every complete draft of an evaluator or township in a round would do. */
export interface BulkSubmitPreview {
  roundId: string;
  roundName: string;
  /** Complete drafts: these are locked by `sheets.submitBulk`. */
  ready: BulkSheet[];
  /** Drafts still missing required items (nothing entered at all: `entered` 0); left as they are. */
  incomplete: BulkSheet[];
}
