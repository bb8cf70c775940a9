/**
 * Golden fixtures: hand-written sheets and hand-computed results (the `calc` notes in each JSON
 * file show the arithmetic). A sheet is described relative to full marks, so a reader can check
 * every number: `set` lists the items that did not get their maximum, `facts` the vetoes raised
 * and gate values that differ from `baseFacts`, `omit` the items left blank, `times` repeats it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { listTemplates } from '../../../../electron/services/rubrics/templates';
import type { RubricDefinition } from '../../../../shared/domain/rubric';
import { listItems, rubricDefinitionSchema } from '../../../../shared/domain/rubric';
import type { BranchInput, BranchResult } from '../../../../shared/scoring/index';
import { compileRubric, computeResults, sheetFromEntries } from '../../../../shared/scoring/index';
import type { RefBranch, RefResult, RefSheet, RoundKind } from '../reference';
import { referenceResults } from '../reference';

export interface SheetSpec {
  set?: Record<string, number>;
  facts?: Record<string, number>;
  omit?: string[];
  times?: number;
}

export interface BranchSpec {
  id: string;
  township: string;
  calc?: string;
  sheets: SheetSpec[];
  resolvedVetoes?: Record<string, string>;
  otherRoundTotals?: Partial<Record<RoundKind, number>>;
  previousLevel?: number | null;
}

export interface Expected {
  status: BranchResult['status'];
  total: number | null;
  level: number | null;
  rank: number | null;
  stars?: string[];
  change?: BranchResult['change'];
  levelBeforeQuota?: number | null;
  dimensions?: Record<string, number>;
  /** Reason kinds the engine must give (others may appear too). */
  reasons?: string[];
  /** Reason kinds the engine must not give. */
  notReasons?: string[];
  vetoes?: BranchResult['vetoes'];
}

export interface Scenario {
  note?: string;
  /** Top-level keys of the definition replaced for this scenario (re-parsed with the schema). */
  patch?: Record<string, unknown>;
  /** Branch ids taking part, in input order (default: all). */
  branches?: string[];
  /** Expected output order of branch ids. */
  order: string[];
  expect: Record<string, Expected>;
}

export interface Fixture {
  template: string;
  note?: string;
  baseFacts?: Record<string, number>;
  branches: BranchSpec[];
  scenarios: Record<string, Scenario>;
}

/** Reads `<name>.json` next to this file. */
export function loadFixture(name: string): Fixture {
  return JSON.parse(readFileSync(join(__dirname, `${name}.json`), 'utf8')) as Fixture;
}

export function scenarioDefinition(fixture: Fixture, scenario: Scenario): RubricDefinition {
  const template = listTemplates().find((t) => t.id === fixture.template);
  if (!template) throw new Error(`no template ${fixture.template}`);
  return rubricDefinitionSchema.parse({ ...template.definition, ...scenario.patch });
}

function expandSheet(def: RubricDefinition, fixture: Fixture, spec: SheetSpec): RefSheet {
  const items = listItems(def);
  const known = new Set(items.map((i) => i.code));
  // A typo in a fixture must fail loudly, not silently score full marks.
  for (const code of [
    ...Object.keys(spec.set ?? {}),
    ...Object.keys(spec.facts ?? {}),
    ...(spec.omit ?? []),
  ])
    if (!known.has(code)) throw new Error(`fixture names unknown item ${code}`);
  const sheet: RefSheet = {};
  for (const item of items) {
    if (spec.omit?.includes(item.code)) continue;
    if (item.type === 'veto') {
      sheet[item.code] = { fact: spec.facts?.[item.code] ?? 0 };
    } else if (item.type === 'gate') {
      const fact = spec.facts?.[item.code] ?? fixture.baseFacts?.[item.code];
      if (fact === undefined) throw new Error(`fixture has no value for gate ${item.code}`);
      sheet[item.code] = { fact };
    } else if (item.type === 'bonus') {
      const points = spec.set?.[item.code];
      if (points !== undefined) sheet[item.code] = { points };
    } else {
      sheet[item.code] = { points: spec.set?.[item.code] ?? item.max };
    }
  }
  return sheet;
}

export function scenarioBranches(
  def: RubricDefinition,
  fixture: Fixture,
  scenario: Scenario,
): RefBranch[] {
  const ids = scenario.branches ?? fixture.branches.map((b) => b.id);
  return ids.map((id) => {
    const spec = fixture.branches.find((b) => b.id === id);
    if (!spec) throw new Error(`scenario names unknown branch ${id}`);
    const sheets: RefSheet[] = [];
    for (const sheet of spec.sheets)
      for (let i = 0; i < (sheet.times ?? 1); i++) sheets.push(expandSheet(def, fixture, sheet));
    const branch: RefBranch = { branchId: spec.id, townshipId: spec.township, sheets };
    if (spec.resolvedVetoes) branch.resolvedVetoes = new Map(Object.entries(spec.resolvedVetoes));
    if (spec.otherRoundTotals) branch.otherRoundTotals = spec.otherRoundTotals;
    if ('previousLevel' in spec) branch.previousLevel = spec.previousLevel;
    return branch;
  });
}

/** The same branches as engine input. */
export function engineInputs(def: RubricDefinition, branches: RefBranch[]): BranchInput[] {
  const rubric = compileRubric(def);
  return branches.map((b) => {
    const input: BranchInput = {
      branchId: b.branchId,
      townshipId: b.townshipId,
      sheets: b.sheets.map((s) => sheetFromEntries(rubric, s)),
    };
    if (b.resolvedVetoes) input.resolvedVetoes = b.resolvedVetoes;
    if (b.otherRoundTotals) input.otherRoundTotals = b.otherRoundTotals;
    if ('previousLevel' in b) input.previousLevel = b.previousLevel;
    return input;
  });
}

interface Observed {
  status: string;
  total: number | null;
  level: number | null;
  rank: number | null;
  stars: string[];
  change: string | null;
  levelBeforeQuota: number | null;
  dimensions: Record<string, number>;
  reasonKinds: string[] | null;
  vetoes: BranchResult['vetoes'] | null;
}

/**
 * Picks from a result only what the fixture states about it, so one diff shows every miss.
 * Reasons and vetoes are checked only for the engine (the reference does not produce them).
 */
function project(observed: Observed, expected: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = {
    status: observed.status,
    total: observed.total,
    level: observed.level,
    rank: observed.rank,
  };
  if (expected.stars) out.stars = observed.stars;
  if ('change' in expected) out.change = observed.change;
  if ('levelBeforeQuota' in expected) out.levelBeforeQuota = observed.levelBeforeQuota;
  if (expected.dimensions)
    out.dimensions = Object.fromEntries(
      Object.keys(expected.dimensions).map((code) => [code, observed.dimensions[code]]),
    );
  const kinds = observed.reasonKinds;
  if (kinds && expected.reasons)
    out.reasons = expected.reasons.map((k) => (kinds.includes(k) ? k : `(missing) ${k}`));
  if (kinds && expected.notReasons)
    out.notReasons = expected.notReasons.map((k) => (kinds.includes(k) ? `(present) ${k}` : k));
  if (observed.vetoes && expected.vetoes) out.vetoes = observed.vetoes;
  return out;
}

function stated(expected: Expected, engine: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(expected))
    if (engine || !['reasons', 'notReasons', 'vetoes'].includes(key)) out[key] = value;
  return out;
}

function compare(scenario: Scenario, results: Observed[], order: string[], engine: boolean): void {
  const byId = new Map(order.map((id, i) => [id, results[i]!]));
  const got: Record<string, unknown> = {};
  const want: Record<string, unknown> = {};
  for (const [id, expected] of Object.entries(scenario.expect)) {
    const observed = byId.get(id);
    want[id] = stated(expected, engine);
    got[id] = observed ? project(observed, want[id] as Expected) : '(no result)';
  }
  expect(got).toEqual(want);
  expect(order).toEqual(scenario.order);
}

/** Runs the engine on a scenario and checks every stated expectation. */
export function expectEngineScenario(fixture: Fixture, name: string): void {
  const scenario = fixture.scenarios[name];
  if (!scenario) throw new Error(`no scenario ${name}`);
  const def = scenarioDefinition(fixture, scenario);
  const branches = scenarioBranches(def, fixture, scenario);
  const results = computeResults(compileRubric(def), engineInputs(def, branches));
  const observed = results.map((r): Observed => ({
    status: r.status,
    total: r.total,
    level: r.level,
    rank: r.rank,
    stars: r.stars,
    change: r.change,
    levelBeforeQuota: r.levelBeforeQuota,
    dimensions: Object.fromEntries(r.dimensions.map((d) => [d.code, d.score])),
    reasonKinds: r.reasons.map((x) => x.kind),
    vetoes: r.vetoes,
  }));
  compare(
    scenario,
    observed,
    results.map((r) => r.branchId),
    true,
  );
}

/** Runs the reference implementation on a scenario (reasons and vetoes are engine-only). */
export function expectReferenceScenario(fixture: Fixture, name: string): void {
  const scenario = fixture.scenarios[name];
  if (!scenario) throw new Error(`no scenario ${name}`);
  const def = scenarioDefinition(fixture, scenario);
  const results: RefResult[] = referenceResults(def, scenarioBranches(def, fixture, scenario));
  const observed = results.map((r): Observed => ({ ...r, reasonKinds: null, vetoes: null }));
  compare(
    scenario,
    observed,
    results.map((r) => r.branchId),
    false,
  );
}
