import type { SchemeKind } from '../../../../shared/domain/level-name';
import type { Language, LevelName } from '../../../../shared/domain/views';
import type {
  AgendaItemView,
  AgendaReason,
  Attendance,
  DecisionView,
  MeetingKind,
  MeetingStage,
  QuorumView,
} from '../../../../shared/domain/views/meetings';
import { requireCampaign } from '../../campaigns';
import type { ServiceContext } from '../../context';
import { computeRanking } from '../../ranking';
import { getMeetingView } from '../view';
import type { PrintedCheckpoint } from '../../../documents/docx';
import { printedCheckpoint } from '../../integrity';

/**
 * Everything the minutes (会议纪要) print, read once on main from the records and handed to the
 * worker as plain data: the document is built from the record, never typed.
 */
export interface MinutesData {
  language: Language;
  campaignName: string;
  roundName: string;
  title: string;
  kind: MeetingKind;
  heldOn: string;
  venue: string;
  chair: string;
  recorder: string;
  stage: MeetingStage;
  closedAt: string | null;
  quorum: { num: number; den: number } & QuorumView;
  members: { name: string; attendance: Attendance }[];
  levels: LevelName[];
  scheme: SchemeKind;
  /** Discussed items in agenda order. */
  items: MinutesItem[];
  /** The consent block (其余按排名通过), in agenda order. */
  consent: MinutesItem[];
  operator: string;
  generatedAt: string;
  appVersion: string;
  /** Issue #14's frozen checkpoint, printed when the round is frozen; null until then. */
  checkpoint: MinutesCheckpoint | null;
}

/** The round's freeze as the minutes print it (electron/documents/docx.ts). */
export type MinutesCheckpoint = PrintedCheckpoint;

export interface MinutesItem {
  no: number;
  branchName: string;
  townshipName: string;
  reasons: AgendaReason[];
  span: number | null;
  /** The level the scores gave: the decision's when decided, else the ranking's now. */
  computedLevel: number | null;
  /** The latest version; null while undecided. */
  decision: Omit<DecisionView, 'itemId' | 'branchId'> | null;
  /** Earlier versions, oldest first: a change is a new version and both are recorded. */
  earlier: Omit<DecisionView, 'itemId' | 'branchId'>[];
  /** Present members who left the room for the item (回避). */
  recused: string[];
}

function strip(d: DecisionView): Omit<DecisionView, 'itemId' | 'branchId'> {
  const { itemId: _item, branchId: _branch, ...rest } = d;
  return rest;
}

export function loadMinutesData(
  ctx: ServiceContext,
  input: { id: string; language: Language },
): MinutesData {
  const view = getMeetingView(ctx, { id: input.id });
  const campaign = requireCampaign(ctx, view.campaignId);
  const ranking = computeRanking(ctx, { campaignId: view.campaignId, roundId: view.roundId });
  const levelNow = new Map(ranking.rows.map((r) => [r.branchId, r.level]));
  const names = new Map(view.members.map((m) => [m.id, m]));
  const itemOf = (item: AgendaItemView, no: number): MinutesItem => ({
    no,
    branchName: item.branchName,
    townshipName: item.townshipName,
    reasons: item.reasons,
    span: item.span,
    computedLevel: item.decision
      ? item.decision.computedLevel
      : (levelNow.get(item.branchId) ?? null),
    decision: item.decision ? strip(item.decision) : null,
    earlier: item.history.slice(0, -1).map(strip),
    recused: item.recusedMemberIds
      .map((id) => names.get(id))
      .filter((m) => m?.attendance === 'present')
      .map((m) => m!.name),
  });
  const discussed = view.items.filter((i) => !i.consent);
  const consent = view.items.filter((i) => i.consent);
  return {
    language: input.language,
    campaignName: campaign.name,
    roundName: ranking.roundName,
    title: view.title,
    kind: view.kind,
    heldOn: view.heldOn,
    venue: view.venue,
    chair: view.chair,
    recorder: view.recorder,
    stage: view.stage,
    closedAt: view.closedAt,
    quorum: { ...view.quorum, ...view.quorumState },
    members: view.members.map((m) => ({ name: m.name, attendance: m.attendance })),
    levels: ranking.levels,
    scheme: ranking.scheme,
    items: discussed.map((item, i) => itemOf(item, i + 1)),
    consent: consent.map((item, i) => itemOf(item, discussed.length + i + 1)),
    operator: ctx.actor,
    generatedAt: ctx.now(),
    appVersion: ctx.info.version,
    checkpoint: printedCheckpoint(ctx, view.roundId),
  };
}
