/** The committee review meeting (评审会, issue #13): what its methods return. */

export type MeetingStage = 'planned' | 'in-session' | 'closed';
export type MeetingKind = 'regular' | 're-review';
export type Attendance = 'unknown' | 'present' | 'absent' | 'leave';
/** Why a branch is on the agenda; 'objection' = sent back by an objection (退回复核). */
export type AgendaReason =
  'border' | 'span' | 'veto' | 'incomplete' | 'gate' | 'consent' | 'objection';
export type DecisionOutcome = 'keep' | 'adjust' | 're-review' | 'defer';

export interface MeetingSummary {
  id: string;
  campaignId: string;
  roundId: string;
  kind: MeetingKind;
  title: string;
  heldOn: string;
  stage: MeetingStage;
}

export interface MeetingMemberView {
  id: string;
  name: string;
  evaluatorId: string | null;
  unitId: string | null;
  attendance: Attendance;
}

export interface QuorumView {
  members: number;
  present: number;
  /** Present members needed: ceil(members × num / den). */
  needed: number;
  met: boolean;
}

export interface DecisionView {
  id: string;
  itemId: string;
  branchId: string;
  version: number;
  outcome: DecisionOutcome;
  computedLevel: number | null;
  decidedLevel: number | null;
  votes: { for: number; against: number; abstain: number };
  present: number;
  recused: number;
  reason: string;
  overridesQuota: boolean;
  decidedBy: string;
  decidedAt: string;
}

export interface AgendaItemView {
  id: string;
  branchId: string;
  branchName: string;
  townshipName: string;
  seq: number;
  reasons: AgendaReason[];
  consent: boolean;
  /**
   * Items on the agenda for `span`: max − min of the evaluators' totals (hundredths), read now;
   * null for the others.
   */
  span: number | null;
  /** Members who must leave for this item (their unit, or declared). */
  recusedMemberIds: string[];
  /** The latest decision version, null while undecided. */
  decision: DecisionView | null;
  /** Every version, oldest first: the history shows both. */
  history: DecisionView[];
}

export interface MeetingView extends MeetingSummary {
  venue: string;
  chair: string;
  recorder: string;
  quorum: { num: number; den: number };
  currentItemId: string | null;
  showNames: boolean;
  closedAt: string | null;
  members: MeetingMemberView[];
  quorumState: QuorumView;
  items: AgendaItemView[];
  /** The simulation the operator chose to show on the projector (not stored), or null. */
  projected: ProjectedSimulation | null;
  /** Leave and return events of the present order and of the recusal-minimising one. */
  recusalMoves: {
    current: { leaves: number; returns: number };
    minimised: { leaves: number; returns: number };
  };
}

/** Decided levels of a round, readable by round and branch (ranking, exports, issue #14). */
export interface DecidedLevel {
  branchId: string;
  decidedLevel: number | null;
  /** The level the scores gave when the decision was taken. */
  computedLevel: number | null;
  outcome: DecisionOutcome;
  decisionId: string;
  meetingId: string;
  version: number;
  /** The decided level is above the computed one where the plan sets level targets. */
  overridesQuota: boolean;
}

/** A branch the simulated decision would move. */
export interface SimulatedMoveView {
  branchId: string;
  branchName: string;
  townshipName: string;
  from: number | null;
  to: number | null;
}

/** "If this branch is rated N★, who else moves?" — computed, never stored. */
export interface SimulationView {
  itemId: string;
  branchId: string;
  level: number;
  computedLevel: number | null;
  /** False: no seat at that level for the branch; the decision would override the quota. */
  withinQuota: boolean;
  moves: SimulatedMoveView[];
}

/** What the operator shows on the projector beside the current item (kept in memory only). */
export interface ProjectedSimulation {
  itemId: string;
  level: number;
}
