import type {
  RubricDefinition,
  RubricDimension,
  RubricIndicator,
  RubricItem,
} from '../../../../../shared/domain/rubric';

/** Names given to new nodes, translated by the caller. */
export interface NewNodeNames {
  dimension: string;
  indicator: string;
  item: string;
}

export function allCodes(def: RubricDefinition): Set<string> {
  const codes = new Set<string>();
  for (const dim of def.dimensions) {
    codes.add(dim.code);
    for (const ind of dim.indicators) {
      codes.add(ind.code);
      for (const item of ind.items) codes.add(item.code);
    }
  }
  return codes;
}

/**
 * A free code that continues the siblings' numbering (S5 → S6, S1.2.4 → S1.2.5), or numbers
 * under the parent's code. Codes print on score sheets, so a guessable one beats a random one.
 */
export function nextCode(
  taken: Set<string>,
  siblings: string[],
  parentCode: string | null,
): string {
  const last = siblings.at(-1);
  const numbered = last === undefined ? null : /^(.*?)(\d+)$/.exec(last);
  const [prefix, start] = numbered
    ? [numbered[1] ?? '', Number(numbered[2]) + 1]
    : [parentCode === null ? 'D' : `${parentCode}.`, siblings.length + 1];
  let n = start;
  while (taken.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

export function newItem(code: string, names: NewNodeNames): RubricItem {
  return { code, name: names.item, type: 'points', max: 0, step: 50 };
}

export function newIndicator(code: string, names: NewNodeNames): RubricIndicator {
  // An indicator needs an item to be valid; starting with one saves a click and a problem.
  return { code, name: names.indicator, max: 0, items: [newItem(`${code}.1`, names)] };
}

export function newDimension(code: string, names: NewNodeNames): RubricDimension {
  return { code, name: names.dimension, max: 0, indicators: [newIndicator(`${code}.1`, names)] };
}
