import type { SheetStatus } from '../../../shared/domain/org';
import type { Store } from '../open';
import { prepared } from './prepared';

export interface NewSheet {
  id: string;
  roundId: string;
  branchId: string;
  evaluatorId: string | null;
  status: SheetStatus;
  at: string;
}

export function insertSheet(db: Store, s: NewSheet): void {
  db.prepare(
    `INSERT INTO score_sheets (id, round_id, branch_id, evaluator_id, status, created_at, updated_at, submitted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s.id,
    s.roundId,
    s.branchId,
    s.evaluatorId,
    s.status,
    s.at,
    s.at,
    s.status === 'submitted' ? s.at : null,
  );
}

export interface NewScore {
  sheetId: string;
  itemCode: string;
  points: number;
  /** Veto raised (1/0) or gate value; null for other items. */
  fact: number | null;
  input: unknown;
  at: string;
}

/** Kept prepared (`prepared`): the demo inserts thousands of scores in one write. */
export function insertScore(db: Store, s: NewScore): void {
  prepared(
    db,
    `INSERT INTO scores (sheet_id, item_code, points, fact, input, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    s.sheetId,
    s.itemCode,
    s.points,
    s.fact,
    s.input === undefined ? null : JSON.stringify(s.input),
    s.at,
  );
}

/** Every sheet of a campaign, any round. */
export function listCampaignSheetIds(db: Store, campaignId: string): string[] {
  return db
    .prepare(
      'SELECT s.id FROM score_sheets s JOIN rounds r ON r.id = s.round_id WHERE r.campaign_id = ?',
    )
    .pluck()
    .all(campaignId) as string[];
}
