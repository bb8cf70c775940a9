import { levelName, type SchemeKind } from '../../../../shared/domain/level-name';
import type { Language, LevelName } from '../../../../shared/domain/views';
import type { NoticeChannels } from '../../../../shared/domain/views/publication';
import { AppError } from '../../../../shared/errors';
import type { PrintedCheckpoint } from '../../../documents/docx';
import { getCampaign } from '../../../store/queries/campaigns';
import { sheetWords } from '../../../workbook/words';
import type { ServiceContext } from '../../context';
import { printedCheckpoint } from '../../integrity';
import { computeRanking } from '../../ranking';
import { listNamings } from '../naming';
import { listObjections } from '../objections';
import { getNotice, namingNoticeId, noticeEntries, roundCounty, type NoticeRow } from '../queries';
import { noticeView } from '../notice';
import { publicationWords } from './words';

/** Branches of one level, as the documents list them. */
export interface LevelGroup {
  level: number;
  /** The level's name in the rubric's words (三星, 入选 …). */
  levelText: string;
  branches: { name: string; township: string }[];
}

/** Who issues the documents, and for which campaign: read once, on main. */
export interface Issuer {
  language: Language;
  county: string;
  /** The county's organization department (组织部), or one made from the county's name. */
  department: string;
  campaign: string;
  year: number;
  operator: string;
  generatedAt: string;
  appVersion: string;
  /** The round's freeze, printed with its QR code; null when not frozen. */
  checkpoint: PrintedCheckpoint | null;
}

/** The notice (公示) document: everything it prints, as stored when it was published. */
export interface NoticeDocData extends Issuer {
  title: string;
  groups: LevelGroup[];
  count: number;
  startDay: string;
  endDay: string;
  workingDays: number;
  daysOff: number;
  channels: NoticeChannels;
}

/** One named (or sent-up) branch with what the 授牌 list and the 备案 workbook print. */
export interface NamedRow {
  no: number;
  name: string;
  township: string;
  level: number;
  levelText: string;
  /** 县级命名 or 报市级命名. */
  by: 'county' | 'city';
  /** What the objections against it came to (无异议, 不予受理, 维持). */
  objections: string;
}

/** A naming (命名) decision and its lists, for the Word document and the two workbooks. */
export interface NamingDocData extends Issuer {
  documentNumber: string;
  namedOn: string;
  notice: { title: string; startDay: string; endDay: string };
  named: LevelGroup[];
  sentUp: LevelGroup[];
  rows: NamedRow[];
}

interface Levels {
  levels: LevelName[];
  scheme: SchemeKind;
}

function requireNoticeRow(ctx: ServiceContext, id: string): NoticeRow {
  const notice = getNotice(ctx.db, id);
  if (!notice) throw new AppError('NOT_FOUND', 'No such notice', { entity: 'notice', id });
  return notice;
}

function issuerOf(
  ctx: ServiceContext,
  notice: NoticeRow,
  language: Language,
): { issuer: Issuer; naming: Levels } {
  const round = roundCounty(ctx.db, notice.round_id);
  const campaign = round ? getCampaign(ctx.db, round.campaign_id) : undefined;
  if (!round || !campaign)
    throw new AppError('NOT_FOUND', 'No such round', { entity: 'round', id: notice.round_id });
  const ranking = computeRanking(ctx, { campaignId: campaign.id, roundId: round.round_id });
  const words = publicationWords(language);
  return {
    issuer: {
      language,
      county: campaign.county_name,
      department:
        campaign.county_department?.trim() ||
        words.t('departmentOf', { county: campaign.county_name }),
      campaign: campaign.name,
      year: campaign.year,
      operator: ctx.actor,
      generatedAt: ctx.now(),
      appVersion: ctx.info.version,
      checkpoint: printedCheckpoint(ctx, round.round_id),
    },
    naming: { levels: ranking.levels, scheme: ranking.scheme },
  };
}

function levelTextOf(naming: Levels, language: Language) {
  return (level: number) => levelName(sheetWords(language).t, naming, level, language);
}

/** Groups by level, highest first, keeping the order the branches come in. */
function groups(
  rows: readonly { level: number; name: string; township: string }[],
  text: (level: number) => string,
): LevelGroup[] {
  const byLevel = new Map<number, LevelGroup>();
  for (const row of rows) {
    const group = byLevel.get(row.level) ?? {
      level: row.level,
      levelText: text(row.level),
      branches: [],
    };
    group.branches.push({ name: row.name, township: row.township });
    byLevel.set(row.level, group);
  }
  return [...byLevel.values()].sort((a, b) => b.level - a.level);
}

export function loadNoticeDocData(
  ctx: ServiceContext,
  input: { noticeId: string; language: Language },
): NoticeDocData {
  const row = requireNoticeRow(ctx, input.noticeId);
  const view = noticeView(ctx, row.id);
  const { issuer, naming } = issuerOf(ctx, row, input.language);
  const text = levelTextOf(naming, input.language);
  return {
    ...issuer,
    title: view.title,
    groups: groups(
      view.entries.map((e) => ({
        level: e.proposedLevel,
        name: e.branchName,
        township: e.townshipName,
      })),
      text,
    ),
    count: view.entries.length,
    startDay: view.startDay,
    endDay: view.endDay,
    workingDays: view.workingDays,
    daysOff: view.daysOff,
    channels: view.channels,
  };
}

export function loadNamingDocData(
  ctx: ServiceContext,
  input: { namingId: string; language: Language },
): NamingDocData {
  const noticeId = namingNoticeId(ctx.db, input.namingId);
  const naming = noticeId
    ? listNamings(ctx, noticeId).find((n) => n.id === input.namingId)
    : undefined;
  if (!noticeId || !naming)
    throw new AppError('NOT_FOUND', 'No such naming', { entity: 'naming', id: input.namingId });
  const row = requireNoticeRow(ctx, noticeId);
  const { issuer, naming: levels } = issuerOf(ctx, row, input.language);
  const text = levelTextOf(levels, input.language);
  const words = publicationWords(input.language);
  const order = new Map(noticeEntries(ctx.db, noticeId).map((e) => [e.branch_id, e.seq]));
  const objections = listObjections(ctx, noticeId);
  const objectionText = (branchId: string) => {
    const mine = objections.filter((o) => o.branchId === branchId);
    if (mine.length === 0) return words.t('objection.none');
    return mine
      .map((o) =>
        words.t(
          o.state.stage === 'rejected' || o.state.closedFrom === 'rejected'
            ? 'objection.rejected'
            : 'objection.maintained',
        ),
      )
      .join(words.t('separator'));
  };
  const bySeq = <T extends { branchId: string; level: number }>(list: T[]) =>
    [...list].sort(
      (a, b) => b.level - a.level || (order.get(a.branchId) ?? 0) - (order.get(b.branchId) ?? 0),
    );
  const named = bySeq(naming.named);
  const sentUp = bySeq(naming.sentUp);
  const rows: NamedRow[] = [
    ...named.map((b) => ({ ...b, by: 'county' as const })),
    ...sentUp.map((b) => ({ ...b, by: 'city' as const })),
  ].map((b, i) => ({
    no: i + 1,
    name: b.branchName,
    township: b.townshipName,
    level: b.level,
    levelText: text(b.level),
    by: b.by,
    objections: objectionText(b.branchId),
  }));
  const asRows = (list: typeof named) =>
    list.map((b) => ({ level: b.level, name: b.branchName, township: b.townshipName }));
  return {
    ...issuer,
    documentNumber: naming.documentNumber,
    namedOn: naming.namedOn,
    notice: { title: row.title, startDay: row.start_day, endDay: row.end_day },
    named: groups(asRows(named), text),
    sentUp: groups(asRows(sentUp), text),
    rows,
  };
}
