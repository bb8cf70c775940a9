import type { RubricProblem } from '../../../../shared/domain/views';
import type { DimensionParams, ItemParams, ParamProblem } from './item-params';
import { parseDimensionParams, parseIndicatorParams, parseItemParams } from './item-params';
import { parsePoints } from './points-text';
import type { RubricFileProblemCode } from './problems';
import { columnLetter } from '../../../workbook/column-letter';
import { fileProblem } from './problems';
import type { ColumnKey, RowKind } from './vocabulary';
import { matchKind } from './vocabulary';

/** One node row of the 指标体系 sheet, cells already read and trimmed. */
export interface SheetRow {
  row: number;
  code: string;
  parent: string;
  name: string;
  nameEn: string;
  type: string;
  max: string | number;
  guidance: string;
  params: string;
}

export interface BuiltTree {
  dimensions: Record<string, unknown>[];
  /** Sum of the dimensions' maxima, or null when one is unreadable. */
  total: number | null;
  problems: RubricProblem[];
  rowsByCode: Map<string, number>;
  rowsByPath: Map<string, number>;
  /** Rows with a problem of their own: validation noise about them is left out. */
  brokenRows: Set<number>;
  /** Codes whose sums cannot be trusted because a child row could not be placed. */
  taintedCodes: Set<string>;
}

type Level = 'dimension' | 'indicator' | 'item';
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
const levelOf = (kind: RowKind): Level =>
  kind === 'dimension' || kind === 'indicator' ? kind : 'item';

interface Placed {
  r: SheetRow;
  level: Level;
  node: Record<string, unknown>;
  parent: Placed | null;
}

/** Builds the tree from code/parent, reporting every row problem with its row and column. */
export function buildTree(rows: SheetRow[], columns: Map<ColumnKey, number>, sheet: string) {
  const problems: RubricProblem[] = [];
  const brokenRows = new Set<number>();
  const report = (
    code: RubricFileProblemCode | 'duplicate-code' | 'unknown-type',
    r: SheetRow,
    column: ColumnKey | null,
    params: Record<string, string | number> = {},
  ) => {
    const col = column === null ? undefined : columns.get(column);
    const where: Record<string, string | number> = { sheet };
    if (col !== undefined) where.column = columnLetter(col);
    problems.push(fileProblem(code, r.code || `#${r.row}`, { ...where, ...params }, r.row));
    brokenRows.add(r.row);
  };

  const byCode = new Map<string, SheetRow>();
  for (const r of rows) {
    if (r.code === '') report('code-missing', r, 'code');
    else if (!CODE.test(r.code)) report('code-invalid', r, 'code', { value: r.code });
    const first = byCode.get(r.code);
    if (first && r.code !== '')
      report('duplicate-code', r, 'code', { code: r.code, firstRow: first.row });
    else if (r.code !== '') byCode.set(r.code, r);
    if (r.name === '') report('name-missing', r, 'name');
    if (r.type !== '' && matchKind(r.type) === null)
      report('unknown-type', r, 'type', { code: r.code, type: r.type });
  }

  /** The parent row: as written, else the longest existing prefix of the code (S1.2.3 → S1.2). */
  const parentOf = (r: SheetRow): SheetRow | null => {
    if (r.parent !== '') return byCode.get(r.parent) ?? null;
    const parts = r.code.split('.');
    for (let k = parts.length - 1; k >= 1; k -= 1) {
      const hit = byCode.get(parts.slice(0, k).join('.'));
      if (hit && hit !== r) return hit;
    }
    return null;
  };
  const levels = new Map<SheetRow, Level>();
  /** A blank type is read from the place: no parent → dimension, under a dimension → indicator. */
  const levelOfRow = (r: SheetRow, depth = 0): Level => {
    const known = levels.get(r);
    if (known) return known;
    const kind = matchKind(r.type);
    let level: Level = 'item';
    if (kind) level = levelOf(kind);
    else if (r.type === '' && depth < 4) {
      const parent = parentOf(r);
      // A parent named but not found says "not a dimension"; the parent problem says the rest.
      if (!parent) level = r.parent === '' ? 'dimension' : 'indicator';
      else if (levelOfRow(parent, depth + 1) === 'dimension') level = 'indicator';
    }
    levels.set(r, level);
    return level;
  };

  const placed = new Map<SheetRow, Placed>();
  for (const r of rows) {
    const level = levelOfRow(r);
    if (level === 'item' && r.type === '') report('type-missing', r, 'type');
    const node = nodeOf(r, level, (code, column, params) => report(code, r, column, params));
    placed.set(r, { r, level, node, parent: null });
  }

  // A row that cannot be placed leaves its would-be parents' sums short: not their fault.
  const taintSeeds: (Placed | null)[] = [];
  const dimensions: Placed[] = [];
  const children = new Map<Placed, Placed[]>();
  for (const p of placed.values()) {
    const explicitParent = p.r.parent !== '';
    if (p.level === 'dimension') {
      if (explicitParent) report('parent-wrong-level', p.r, 'parent', { parent: p.r.parent });
      dimensions.push(p);
      continue;
    }
    const parentRow = parentOf(p.r);
    const parent = parentRow ? (placed.get(parentRow) ?? null) : null;
    const wanted: Level = p.level === 'indicator' ? 'dimension' : 'indicator';
    if (!parent) {
      if (explicitParent) report('parent-unknown', p.r, 'parent', { parent: p.r.parent });
      else report('parent-missing', p.r, 'parent');
      taintSeeds.push(null);
    } else if (parent.level !== wanted) {
      report('parent-wrong-level', p.r, 'parent', { parent: parent.r.code });
      taintSeeds.push(parent);
    } else {
      p.parent = parent;
      const siblings = children.get(parent) ?? [];
      siblings.push(p);
      children.set(parent, siblings);
    }
  }
  const taintedCodes = new Set<string>(taintSeeds.length > 0 ? ['max'] : []);
  for (const seed of taintSeeds) {
    for (let at = seed; at; at = at.parent) taintedCodes.add(at.r.code);
  }

  const rowsByPath = new Map<string, number>();
  const rowsByCode = new Map([...byCode].map(([code, r]) => [code, r.row]));
  const tree = dimensions.map((d, di): Record<string, unknown> => {
    const path = `dimensions.${di}`;
    rowsByPath.set(path, d.r.row);
    const indicators = (children.get(d) ?? []).map((i, ii) => {
      const ipath = `${path}.indicators.${ii}`;
      rowsByPath.set(ipath, i.r.row);
      const items = (children.get(i) ?? []).map((it, ti) => {
        rowsByPath.set(`${ipath}.items.${ti}`, it.r.row);
        return it.node;
      });
      return { ...i.node, items };
    });
    return { ...d.node, indicators };
  });
  const maxima = tree.map((d) => d.max);
  const total = maxima.every((m): m is number => typeof m === 'number')
    ? maxima.reduce((a, b) => a + b, 0)
    : null;
  const built: BuiltTree = {
    dimensions: tree,
    total,
    problems,
    rowsByCode,
    rowsByPath,
    brokenRows,
    taintedCodes,
  };
  return built;
}

type Report = (
  code: RubricFileProblemCode,
  column: ColumnKey | null,
  params?: Record<string, string | number>,
) => void;

/** The node's own fields; unreadable values stay in as written so the schema names them. */
function nodeOf(r: SheetRow, level: Level, report: Report): Record<string, unknown> {
  const kind = matchKind(r.type);
  const itemType = kind === null || kind === 'dimension' || kind === 'indicator' ? null : kind;
  const node: Record<string, unknown> = { code: r.code, name: r.name };
  if (r.nameEn !== '') node.nameEn = r.nameEn;
  if (level === 'item' && r.type !== '') node.type = itemType ?? r.type;

  if (r.max === '') {
    // A veto or gate carries no points, so a blank there is the obvious 0.
    if (itemType === 'veto' || itemType === 'gate') node.max = 0;
    else report('maximum-missing', 'max');
  } else {
    const parsed = parsePoints(r.max);
    if (parsed.ok) node.max = parsed.value;
    else {
      report(parsed.reason === 'too-precise' ? 'number-too-precise' : 'number-invalid', 'max', {
        value: String(r.max),
      });
      node.max = String(r.max);
    }
  }

  // Parameters of a row whose type is unknown cannot be read: the type problem says enough.
  const unknownType = level === 'item' && itemType === null;
  const paramProblems = unknownType
    ? []
    : level === 'dimension'
      ? applyParams(node, parseDimensionParams(r.params))
      : level === 'indicator'
        ? parseIndicatorParams(r.params)
        : applyParams(node, parseItemParams(r.params, itemType));
  for (const p of paramProblems) report(p.code, 'params', p.params);
  if (level === 'item' && r.guidance !== '') node.guidance = r.guidance;
  return node;
}

function applyParams(
  node: Record<string, unknown>,
  parsed: { fields: ItemParams | DimensionParams; problems: ParamProblem[] },
): ParamProblem[] {
  Object.assign(node, parsed.fields);
  return parsed.problems;
}
