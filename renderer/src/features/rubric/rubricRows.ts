import type {
  RubricDefinition,
  RubricDimension,
  RubricItem,
} from '../../../../shared/domain/rubric';

export type RubricRowLevel = 'dimension' | 'indicator' | 'item';

/** One row of the rubric tree table: a dimension, an indicator or a scoring item. */
export interface RubricRow {
  key: string;
  level: RubricRowLevel;
  code: string;
  name: string;
  nameEn?: string | undefined;
  max: number;
  /** The dimension the row belongs to: for per-star rubrics, the star a veto cancels. */
  dimension: RubricDimension;
  item?: RubricItem;
  children?: RubricRow[];
}

export function buildRubricRows(def: RubricDefinition): RubricRow[] {
  return def.dimensions.map((dimension) => ({
    key: `d:${dimension.code}`,
    level: 'dimension',
    code: dimension.code,
    name: dimension.name,
    nameEn: dimension.nameEn,
    max: dimension.max,
    dimension,
    children: dimension.indicators.map((indicator) => ({
      key: `i:${indicator.code}`,
      level: 'indicator',
      code: indicator.code,
      name: indicator.name,
      nameEn: indicator.nameEn,
      max: indicator.max,
      dimension,
      children: indicator.items.map((item) => ({
        key: `t:${item.code}`,
        level: 'item',
        code: item.code,
        name: item.name,
        nameEn: item.nameEn,
        max: item.max,
        dimension,
        item,
      })),
    })),
  }));
}

/** Keys of every row that has children, for "expand all". */
export function expandableKeys(rows: RubricRow[]): string[] {
  return rows.flatMap((row) => (row.children ? [row.key, ...expandableKeys(row.children)] : []));
}
