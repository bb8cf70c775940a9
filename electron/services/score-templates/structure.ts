import { createHash } from 'node:crypto';
import type { TemplateLayout } from '../../../shared/domain/views/score-templates';

/** Names and positions both the export and the import rely on; changing one breaks old files. */
export const FORMAT_MARK = 'xingping-score-template';
export const FORMAT_VERSION = '1';
export const META_SHEET = '_xingping';
export const LISTS_SHEET = '_lists';
/** A hidden row holding each column's key, so moved columns are noticed. */
export const KEY_ROW = 2;

export const PER_BRANCH = {
  codeCol: 1,
  dimensionCol: 2,
  indicatorCol: 3,
  itemCol: 4,
  maxCol: 5,
  ruleCol: 6,
  valueCol: 7,
  reasonCol: 8,
  headerRow: 3,
  firstRow: 4,
} as const;

export const GRID = { idCol: 1, townshipCol: 2, branchCol: 3, firstCol: 4, firstRow: 5 } as const;

export const KEYS = {
  code: '#code',
  value: '#value',
  reason: '#reason',
  branch: '#branch',
} as const;

export const reasonKey = (code: string): string => `${code}${KEYS.reason}`;

/** What the hidden sheet records about one branch. */
export interface MetaBranch {
  branchId: string;
  sheetName: string;
  /** Data row in the grid layout; the first item row in the per-branch layout. */
  row: number;
  version: number;
  status: 'draft' | 'submitted';
}

export interface TemplateMeta {
  campaignId: string;
  roundId: string;
  evaluatorId: string | null;
  townshipId: string | null;
  rubricVersionId: string;
  layout: TemplateLayout;
  language: string;
  exportedAt: string;
  items: string[];
  branches: MetaBranch[];
}

/**
 * A hash of the structure the export wrote. The hidden sheet stores it beside the structure,
 * so an edit to the hidden ids themselves (a row deleted there too) is caught.
 */
export function fingerprint(meta: TemplateMeta): string {
  const structure = {
    campaignId: meta.campaignId,
    roundId: meta.roundId,
    evaluatorId: meta.evaluatorId,
    rubricVersionId: meta.rubricVersionId,
    layout: meta.layout,
    items: meta.items,
    branches: meta.branches.map((b) => [b.branchId, b.sheetName, b.row, b.version, b.status]),
    exportedAt: meta.exportedAt,
  };
  return createHash('sha256').update(JSON.stringify(structure)).digest('hex').slice(0, 32);
}
