/**
 * Builds a real county's campaign in a fresh SQLite file through the registry, exactly as the
 * app's screens would: county, rubric, campaign, then townships, branches, evaluators,
 * assignments and score sheets, each group created in an order the test chooses. The rating
 * property tests feed it the engine tests' random rubrics and sheets (tests/unit/scoring), so
 * "any data" means the same data the engine is checked on, stored and read back.
 */
import { join } from 'node:path';
import type { AppServices } from '../../../electron/services/app';
import { insertUnit } from '../../../electron/store/queries/units';
import type { EntryValue } from '../../../shared/domain/entry';
import type { RubricDefinition, RubricItem } from '../../../shared/domain/rubric';
import { listItems } from '../../../shared/domain/rubric';
import { validateRubric } from '../../../shared/domain/rubric-validate';
import type { RankingExplanation, RankingRow, RankingView } from '../../../shared/domain/views';
import type { RefBranch, RefEntry } from '../scoring/reference';
import { call, FIXED_NOW, testServices } from '../support';

/** Names of a county that is not the demo's: townships T1–T3 and branches b0, b1, … */
export const TOWNSHIP_NAMES: Record<string, string> = { T1: '云溪镇', T2: '石门镇', T3: '青石乡' };
export const branchName = (branchId: string): string => `石门村${branchId.slice(1)}组`;

/** Which element of each group is created first, second, …: a permutation per group. */
export interface CreationOrder {
  townships: number[];
  branches: number[];
  evaluators: number[];
  sheets: number[];
}

export function identityOrder(branches: RefBranch[]): CreationOrder {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);
  return {
    townships: range(Object.keys(TOWNSHIP_NAMES).length),
    branches: range(branches.length),
    evaluators: range(evaluatorCount(branches)),
    sheets: range(branches.reduce((n, b) => n + b.sheets.length, 0)),
  };
}

/** A seeded Fisher–Yates shuffle of every group (mulberry32), so a failing seed replays. */
export function shuffledOrder(branches: RefBranch[], seed: number): CreationOrder {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const shuffle = (list: number[]) => {
    for (let i = list.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    return list;
  };
  const identity = identityOrder(branches);
  return {
    townships: shuffle(identity.townships),
    branches: shuffle(identity.branches),
    evaluators: shuffle(identity.evaluators),
    sheets: shuffle(identity.sheets),
  };
}

function evaluatorCount(branches: RefBranch[]): number {
  return Math.max(0, ...branches.map((b) => b.sheets.length));
}

/**
 * The random rubrics may set a quota on a level their bands never give; the app refuses such a
 * rubric (`quota-unknown-level`), so those quotas are left out, as a user would have to.
 */
export function storable(def: RubricDefinition): RubricDefinition {
  const unknown = new Set(
    validateRubric(def)
      .problems.filter((p) => p.code === 'quota-unknown-level')
      .map((p) => p.at),
  );
  const quotas = def.quotas.filter((_, i) => !unknown.has(`quotas.${i}`));
  const cleaned = { ...def, quotas };
  const { problems } = validateRubric(cleaned);
  if (problems.length > 0) throw new Error(`rubric not storable: ${JSON.stringify(problems)}`);
  return cleaned;
}

/** The entry a user types for an engine-level entry (points or a fact) of an item. */
export function entryFor(item: RubricItem, entry: RefEntry): EntryValue {
  const points = entry.points ?? 0;
  switch (item.type) {
    case 'points':
    case 'bonus':
      return { points };
    case 'deduction':
      return { findings: (item.max - points) / (item.perFinding ?? item.max) };
    case 'choice': {
      const option = item.options?.find((o) => o.points === points);
      if (!option) throw new Error(`no option of ${item.code} gives ${points}`);
      return { option: option.key };
    }
    case 'check':
      return { met: points === item.max };
    case 'veto':
      return entry.fact === 1 ? { triggered: true, reason: '经查属实' } : { triggered: false };
    case 'gate':
      return item.gate?.min === undefined ? { met: entry.fact === 1 } : { value: entry.fact ?? 0 };
  }
}

export interface BuiltCampaign {
  services: AppServices;
  campaignId: string;
  roundId: string;
  /** Branch id in the database by the case's branch id (b0, b1, …). */
  branchIds: Map<string, string>;
}

/**
 * A fresh database holding the case: 青山县 with its townships and branches, the rubric, one
 * county-review round, one evaluator per sheet column, every sheet saved (and submitted when
 * complete), and
 * the case's resolved vetoes resolved. Groups are created in `order`.
 */
export async function buildCampaign(
  dir: string,
  file: string,
  def: RubricDefinition,
  branches: RefBranch[],
  order: CreationOrder,
): Promise<BuiltCampaign> {
  const services = testServices(join(dir, file), false);
  const { ctx } = services;
  const countyId = ctx.newId();
  insertUnit(ctx.db, {
    id: countyId,
    parentId: null,
    kind: 'county',
    branchType: null,
    name: '青山县',
    sortOrder: 0,
    isDemo: false,
    createdAt: FIXED_NOW,
  });
  const rubric = await call<{ id: string }>(services, 'rubrics.create', {
    name: '青山县星级评定细则',
    definition: def,
  });
  const campaign = await call<{ id: string }>(services, 'campaigns.create', {
    name: '青山县2025年度星级评定',
    year: 2025,
    rubricVersionId: rubric.id,
    countyId,
  });
  const campaignId = campaign.id;
  const [round] = await call<{ id: string }[]>(services, 'rounds.list', { campaignId });
  const roundId = round!.id;

  const townshipKeys = Object.keys(TOWNSHIP_NAMES);
  const townshipIds = new Map<string, string>();
  for (const t of order.townships) {
    const key = townshipKeys[t]!;
    const added = await call<{ id: string }>(services, 'branchRegistry.addTownship', {
      campaignId,
      name: TOWNSHIP_NAMES[key],
      kind: 'township',
    });
    townshipIds.set(key, added.id);
  }
  const branchIds = new Map<string, string>();
  for (const b of order.branches) {
    const branch = branches[b]!;
    const added = await call<{ id: string }>(services, 'branchRegistry.addBranch', {
      campaignId,
      townshipId: townshipIds.get(branch.townshipId),
      name: branchName(branch.branchId),
      branchType: 'rural',
    });
    branchIds.set(branch.branchId, added.id);
  }
  const evaluatorIds: string[] = [];
  for (const e of order.evaluators) {
    const added = await call<{ id: string }>(services, 'evaluators.create', {
      campaignId,
      name: `评委${e + 1}`,
      role: '县委组织部',
      unitId: null,
    });
    evaluatorIds[e] = added.id;
    for (const townshipId of townshipIds.values()) {
      await call(services, 'assignments.assignTownship', {
        roundId,
        evaluatorId: added.id,
        townshipId,
      });
    }
  }
  const items = new Map(listItems(def).map((i) => [i.code, i]));
  const sheets = branches.flatMap((branch) =>
    branch.sheets.map((sheet, evaluator) => ({ branch, sheet, evaluator })),
  );
  for (const s of order.sheets) {
    const { branch, sheet, evaluator } = sheets[s]!;
    const opened = await call<{ id: string; version: number }>(services, 'sheets.open', {
      roundId,
      branchId: branchIds.get(branch.branchId),
      evaluatorId: evaluatorIds[evaluator],
    });
    const entries = Object.entries(sheet).map(([code, entry]) => ({
      item: code,
      value: entryFor(items.get(code)!, entry),
    }));
    const saved = await call<{ version: number }>(services, 'scores.save', {
      sheetId: opened.id,
      expectedVersion: opened.version,
      entries,
    });
    // A sheet with an item left blank cannot be submitted: it stays a draft, as in the app,
    // and its branch is incomplete.
    const complete = listItems(def).every(
      (item) => item.type === 'bonus' || item.type === 'veto' || item.code in sheet,
    );
    if (complete) {
      await call(services, 'sheets.submit', {
        sheetId: opened.id,
        expectedVersion: saved.version,
      });
    }
  }
  for (const branch of branches) {
    for (const [itemCode, reason] of branch.resolvedVetoes ?? []) {
      await call(services, 'vetoes.resolve', {
        roundId,
        branchId: branchIds.get(branch.branchId),
        itemCode,
        reason,
      });
    }
  }
  return { services, campaignId, roundId, branchIds };
}

/** A row with database ids replaced by names, so rankings of two databases compare. */
export function namedRow(row: RankingRow): Omit<RankingRow, 'branchId' | 'townshipId'> {
  const { branchId: _b, townshipId: _t, ...rest } = row;
  return rest;
}

/** Reasons with the evaluators a branch waits for named instead of their database ids. */
function namedReasons<T extends object>(value: T, names: ReadonlyMap<string, string>): T {
  if (!('reasons' in value) || !Array.isArray(value.reasons)) return value;
  const reasons = (value.reasons as unknown[]).map((reason) => {
    const r = reason as { kind: string; by?: (string | null)[] };
    if (r.kind !== 'sheets-pending' || !r.by) return reason;
    // Ids are the database's; what a reader sees is the row's sorted `outstanding` names.
    const by = r.by.map((id) => (id === null ? '' : (names.get(id) ?? id)));
    return { ...r, by: by.sort() };
  });
  return { ...value, reasons };
}

/** Every row and every explanation of a ranking, keyed by branch name. */
export async function rankingByName(built: BuiltCampaign): Promise<Record<string, unknown>> {
  const view = await call<RankingView>(built.services, 'ranking.compute', {
    campaignId: built.campaignId,
  });
  const evaluators = built.services.ctx.db.prepare('SELECT id, name FROM evaluators').all() as {
    id: string;
    name: string;
  }[];
  const names = new Map(evaluators.map((e) => [e.id, e.name]));
  const out: Record<string, unknown> = {};
  for (const row of view.rows) {
    const explanation = await call<RankingExplanation>(built.services, 'ranking.explain', {
      campaignId: built.campaignId,
      branchId: row.branchId,
    });
    const { branchId: _b, townshipId: _t, ...result } = explanation.result;
    out[row.branchName] = {
      row: namedReasons(namedRow(row), names),
      result: namedReasons(result, names),
    };
  }
  return out;
}
