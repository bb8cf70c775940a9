import type {
  AgendaReason,
  Attendance,
  DecisionOutcome,
  DecisionView,
  MeetingKind,
  MeetingMemberView,
  MeetingStage,
  MeetingSummary,
} from '../../../shared/domain/views/meetings';
import type { Store } from '../../store/open';

export interface MeetingRow {
  id: string;
  campaign_id: string;
  round_id: string;
  kind: MeetingKind;
  title: string;
  held_on: string;
  venue: string;
  chair: string;
  recorder: string;
  quorum_num: number;
  quorum_den: number;
  stage: MeetingStage;
  current_item_id: string | null;
  show_names: number;
  created_at: string;
  closed_at: string | null;
}

export function summaryOf(row: MeetingRow): MeetingSummary {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    roundId: row.round_id,
    kind: row.kind,
    title: row.title,
    heldOn: row.held_on,
    stage: row.stage,
  };
}

export function getMeeting(db: Store, id: string): MeetingRow | undefined {
  return db.prepare('SELECT * FROM meetings WHERE id = ?').get(id) as MeetingRow | undefined;
}

export function listMeetingRows(db: Store, campaignId: string): MeetingRow[] {
  return db
    .prepare('SELECT * FROM meetings WHERE campaign_id = ? ORDER BY held_on, created_at, id')
    .all(campaignId) as MeetingRow[];
}

export function insertMeeting(
  db: Store,
  row: Omit<MeetingRow, 'stage' | 'current_item_id' | 'show_names' | 'closed_at'>,
): void {
  db.prepare(
    `INSERT INTO meetings (id, campaign_id, round_id, kind, title, held_on, venue, chair, recorder,
       quorum_num, quorum_den, created_at)
     VALUES (@id, @campaign_id, @round_id, @kind, @title, @held_on, @venue, @chair, @recorder,
       @quorum_num, @quorum_den, @created_at)`,
  ).run(row);
}

export function updateMeetingState(
  db: Store,
  id: string,
  fields: {
    stage?: MeetingStage;
    current_item_id?: string | null;
    show_names?: number;
    closed_at?: string | null;
  },
): void {
  const current = getMeeting(db, id)!;
  const next = { ...current, ...fields };
  db.prepare(
    `UPDATE meetings SET stage = @stage, current_item_id = @current_item_id,
       show_names = @show_names, closed_at = @closed_at WHERE id = @id`,
  ).run({
    id,
    stage: next.stage,
    current_item_id: next.current_item_id,
    show_names: next.show_names,
    closed_at: next.closed_at,
  });
}

interface MemberRow {
  id: string;
  name: string;
  evaluator_id: string | null;
  unit_id: string | null;
  attendance: Attendance;
}

export function listMembers(db: Store, meetingId: string): MeetingMemberView[] {
  return (
    db
      .prepare(
        `SELECT id, name, evaluator_id, unit_id, attendance FROM meeting_members
          WHERE meeting_id = ? ORDER BY seq`,
      )
      .all(meetingId) as MemberRow[]
  ).map((r) => ({
    id: r.id,
    name: r.name,
    evaluatorId: r.evaluator_id,
    unitId: r.unit_id,
    attendance: r.attendance,
  }));
}

export function insertMember(
  db: Store,
  row: {
    id: string;
    meeting_id: string;
    seq: number;
    name: string;
    evaluator_id: string | null;
    unit_id: string | null;
  },
): void {
  db.prepare(
    `INSERT INTO meeting_members (id, meeting_id, seq, name, evaluator_id, unit_id)
     VALUES (@id, @meeting_id, @seq, @name, @evaluator_id, @unit_id)`,
  ).run(row);
}

export function setAttendance(db: Store, memberId: string, attendance: Attendance): void {
  db.prepare('UPDATE meeting_members SET attendance = ? WHERE id = ?').run(attendance, memberId);
}

export interface ItemRow {
  id: string;
  branch_id: string;
  branch_name: string;
  township_id: string;
  township_name: string;
  seq: number;
  reasons: string;
  consent: number;
}

export function listItems(db: Store, meetingId: string): ItemRow[] {
  return db
    .prepare(
      `SELECT i.id, i.branch_id, b.name AS branch_name, t.id AS township_id,
              t.name AS township_name, i.seq, i.reasons, i.consent
         FROM meeting_items i
         JOIN org_units b ON b.id = i.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE i.meeting_id = ? ORDER BY i.seq`,
    )
    .all(meetingId) as ItemRow[];
}

export function insertItem(
  db: Store,
  row: {
    id: string;
    meeting_id: string;
    branch_id: string;
    seq: number;
    reasons: AgendaReason[];
    consent: boolean;
  },
): void {
  db.prepare(
    `INSERT INTO meeting_items (id, meeting_id, branch_id, seq, reasons, consent)
     VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(
    row.id,
    row.meeting_id,
    row.branch_id,
    row.seq,
    JSON.stringify(row.reasons),
    row.consent ? 1 : 0,
  );
}

/** Numbers the items 1, 2, … in the given order (seq is not unique, so one pass is safe). */
export function setItemOrder(db: Store, itemIds: readonly string[]): void {
  const stmt = db.prepare('UPDATE meeting_items SET seq = ? WHERE id = ?');
  itemIds.forEach((id, index) => stmt.run(index + 1, id));
}

export function listDeclaredRecusals(
  db: Store,
  meetingId: string,
): { item_id: string; member_id: string }[] {
  return db
    .prepare(
      `SELECT r.item_id, r.member_id FROM meeting_recusals r
         JOIN meeting_items i ON i.id = r.item_id WHERE i.meeting_id = ?`,
    )
    .all(meetingId) as { item_id: string; member_id: string }[];
}

export function setDeclaredRecusal(
  db: Store,
  itemId: string,
  memberId: string,
  recused: boolean,
): void {
  if (recused) {
    db.prepare('INSERT OR IGNORE INTO meeting_recusals (item_id, member_id) VALUES (?, ?)').run(
      itemId,
      memberId,
    );
  } else {
    db.prepare('DELETE FROM meeting_recusals WHERE item_id = ? AND member_id = ?').run(
      itemId,
      memberId,
    );
  }
}

interface DecisionRow {
  id: string;
  item_id: string;
  branch_id: string;
  version: number;
  outcome: DecisionOutcome;
  computed_level: number | null;
  decided_level: number | null;
  votes_for: number;
  votes_against: number;
  votes_abstain: number;
  present: number;
  recused: number;
  reason: string;
  overrides_quota: number;
  decided_by: string;
  decided_at: string;
}

function decisionView(r: DecisionRow): DecisionView {
  return {
    id: r.id,
    itemId: r.item_id,
    branchId: r.branch_id,
    version: r.version,
    outcome: r.outcome,
    computedLevel: r.computed_level,
    decidedLevel: r.decided_level,
    votes: { for: r.votes_for, against: r.votes_against, abstain: r.votes_abstain },
    present: r.present,
    recused: r.recused,
    reason: r.reason,
    overridesQuota: r.overrides_quota === 1,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  };
}

export function listDecisions(db: Store, meetingId: string): DecisionView[] {
  return (
    db
      .prepare('SELECT * FROM meeting_decisions WHERE meeting_id = ? ORDER BY item_id, version')
      .all(meetingId) as DecisionRow[]
  ).map(decisionView);
}

export function nextDecisionVersion(db: Store, itemId: string): number {
  const row = db
    .prepare('SELECT coalesce(max(version), 0) + 1 AS v FROM meeting_decisions WHERE item_id = ?')
    .get(itemId) as { v: number };
  return row.v;
}

export function insertDecision(
  db: Store,
  row: Omit<DecisionRow, 'overrides_quota'> & {
    meeting_id: string;
    round_id: string;
    overrides_quota: number;
  },
): void {
  db.prepare(
    `INSERT INTO meeting_decisions (id, meeting_id, item_id, round_id, branch_id, version, outcome,
       computed_level, decided_level, votes_for, votes_against, votes_abstain, present, recused,
       reason, overrides_quota, decided_by, decided_at)
     VALUES (@id, @meeting_id, @item_id, @round_id, @branch_id, @version, @outcome,
       @computed_level, @decided_level, @votes_for, @votes_against, @votes_abstain, @present,
       @recused, @reason, @overrides_quota, @decided_by, @decided_at)`,
  ).run(row);
}

/** Submitted sheets of a branch in a round: 退回复核 reopens them. */
export function submittedSheets(
  db: Store,
  roundId: string,
  branchId: string,
): { id: string; version: number }[] {
  return db
    .prepare(
      `SELECT id, version FROM score_sheets
        WHERE round_id = ? AND branch_id = ? AND status = 'submitted' ORDER BY id`,
    )
    .all(roundId, branchId) as { id: string; version: number }[];
}

/** A unit and its parent: a member of the branch's village or township recuses. */
export function unitAndParent(db: Store, branchId: string): string[] {
  const row = db.prepare('SELECT id, parent_id FROM org_units WHERE id = ?').get(branchId) as
    { id: string; parent_id: string | null } | undefined;
  return row ? [row.id, ...(row.parent_id ? [row.parent_id] : [])] : [];
}
