/** Checks of the tree: codes, maxima, item rules, bonus caps, pass lines. */
import type { DimensionNode, ItemNode, Node, Raw, Collector } from './read';
import { asList, asNumber, asObject, asText, isItemType, pts, sum } from './read';
import type { RubricItem } from '../rubric';
import { countsTowardMaximum } from '../rubric';

export function checkCodes(dims: DimensionNode[], out: Collector): void {
  const counts = new Map<string, number>();
  const note = (n: Node) => {
    if (n.code !== null) counts.set(n.code, (counts.get(n.code) ?? 0) + 1);
  };
  for (const d of dims) {
    note(d);
    for (const i of d.indicators ?? []) {
      note(i);
      for (const it of i.items ?? []) note(it);
    }
  }
  for (const [code, count] of counts) {
    if (count > 1) out.add('duplicate-code', code, { code, count });
  }
}

export function checkMaxima(root: Raw, dims: DimensionNode[], out: Collector): void {
  const declared = asNumber(root.max);
  let total: number | null = 0;
  if (dims.length === 0) {
    out.add('empty-group', 'dimensions');
    out.covered.add('dimensions');
  }
  for (const d of dims) {
    let dimSum: number | null = 0;
    if (d.indicators?.length === 0) {
      out.add('empty-group', d.at, { code: d.at });
      out.covered.add(`${d.path}.indicators`);
    }
    for (const i of d.indicators ?? []) {
      if (i.items?.length === 0) {
        out.add('empty-group', i.at, { code: i.at });
        out.covered.add(`${i.path}.items`);
      }
      const counted = (i.items ?? []).map((it) => {
        // An unknown type or unreadable maximum makes the sum unknowable, not wrong.
        if (!isItemType(it.type) || it.max === null) return null;
        // Only the type matters to the rule; the one definition of it stays in rubric.ts.
        return countsTowardMaximum({ type: it.type } as RubricItem) ? it.max : 0;
      });
      if (i.items?.length && i.max !== null && counted.every((v) => v !== null)) {
        const s = sum(counted);
        if (s !== i.max)
          out.add('maximum-mismatch', i.at, { code: i.at, declared: pts(i.max), sum: pts(s) });
      }
      dimSum = dimSum === null || i.max === null ? null : dimSum + i.max;
    }
    if (d.indicators?.length && d.max !== null && dimSum !== null && dimSum !== d.max) {
      out.add('maximum-mismatch', d.at, { code: d.at, declared: pts(d.max), sum: pts(dimSum) });
    }
    total = total === null || d.max === null ? null : total + d.max;
  }
  if (declared !== null && total !== null && dims.length > 0 && total !== declared) {
    out.add('maximum-mismatch', 'max', { code: '', declared: pts(declared), sum: pts(total) });
  }
}

export function checkItem(item: ItemNode, schemeKind: string | null, out: Collector): void {
  const { raw, at, max } = item;
  const has = (key: string) => raw[key] !== undefined;
  if (!isItemType(item.type)) {
    out.add('unknown-type', at, { code: at, type: String(item.type ?? '') });
    out.covered.add(`${item.path}.type`);
    return;
  }
  const type = item.type;
  if (type === 'deduction' && !has('perFinding'))
    out.add('deduction-needs-per-finding', at, { code: at });
  if (type === 'choice') checkOptions(item, out);
  if (type === 'veto' || type === 'gate') {
    if (!has(type))
      out.add(type === 'veto' ? 'veto-needs-rule' : 'gate-needs-rule', at, { code: at });
    if (max !== null && max !== 0)
      out.add(type === 'veto' ? 'veto-has-points' : 'gate-has-points', at, {
        code: at,
        max: pts(max),
      });
  }
  const rulesByType: [string, (t: string) => boolean][] = [
    ['veto', (t) => t === 'veto'],
    ['gate', (t) => t === 'gate'],
    ['options', (t) => t === 'choice'],
    ['perFinding', (t) => t === 'deduction'],
    // A step is an input step for entered points; a choice, check or fact has none.
    ['step', (t) => t === 'points' || t === 'bonus' || t === 'deduction'],
  ];
  for (const [rule, fits] of rulesByType) {
    if (has(rule) && !fits(type)) out.add('rule-on-wrong-type', at, { code: at, rule, type });
  }
  const step = asNumber(raw.step);
  if ((type === 'points' || type === 'bonus') && step !== null && step > 0 && max !== null) {
    if (max % step !== 0)
      out.add('step-not-dividing-max', at, { code: at, max: pts(max), step: pts(step) });
  }
  const cancelsStar =
    asObject(raw.veto)?.effect === 'cancel-star' || asObject(raw.gate)?.effect === 'cancel-star';
  if (cancelsStar && schemeKind !== null && schemeKind !== 'per-star')
    out.add('star-veto-outside-per-star', at, { code: at, kind: schemeKind });
}

export function checkOptions(item: ItemNode, out: Collector): void {
  const options = asList(item.raw.options);
  if (!options || options.length < 2) {
    out.add('choice-needs-options', item.at, { code: item.at });
    out.covered.add(`${item.path}.options`);
    return;
  }
  const points = options.map((o) => asNumber(asObject(o)?.points));
  if (item.max !== null && points.every((p) => p !== null)) {
    const highest = Math.max(...points);
    if (highest !== item.max)
      out.add('choice-max-not-highest-option', item.at, {
        code: item.at,
        max: pts(item.max),
        highest: pts(highest),
      });
  }
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const o of options) {
    const key = asText(asObject(o)?.key);
    if (key === null) continue;
    if (seen.has(key) && !reported.has(key)) {
      out.add('option-key-duplicate', item.at, { code: item.at, key });
      reported.add(key);
    }
    seen.add(key);
  }
}

/** The most a bonus can add: each item's own cap, then the dimension's, then the rubric's. */
export function bonusReach(d: DimensionNode): number | null {
  const bonus = (d.indicators ?? []).flatMap((i) =>
    (i.items ?? []).filter((it) => it.type === 'bonus').map((it) => it.max),
  );
  if (bonus.some((m) => m === null)) return null;
  const cap = asNumber(d.raw.bonusCap);
  const s = sum(bonus as number[]);
  return cap === null ? s : Math.min(cap, s);
}

export function checkBonusCaps(root: Raw, dims: DimensionNode[], out: Collector): void {
  const rubricCap = asNumber(root.bonusCap);
  for (const d of dims) {
    const cap = asNumber(d.raw.bonusCap);
    for (const i of d.indicators ?? []) {
      for (const it of i.items ?? []) {
        if (it.type !== 'bonus' || it.max === null) continue;
        if (cap !== null && cap < it.max)
          out.add('bonus-cap-below-item', d.at, {
            code: d.at,
            cap: pts(cap),
            item: it.at,
            itemMax: pts(it.max),
          });
        if (rubricCap !== null && rubricCap < it.max)
          out.add('bonus-cap-below-item', 'bonusCap', {
            code: '',
            cap: pts(rubricCap),
            item: it.at,
            itemMax: pts(it.max),
          });
      }
    }
  }
}

export function checkDimensions(
  dims: DimensionNode[],
  schemeKind: string | null,
  out: Collector,
): void {
  for (const d of dims) {
    const passLine = asNumber(d.raw.passLine);
    if (passLine !== null && d.max !== null && passLine > d.max)
      out.add('pass-line-above-max', d.at, {
        code: d.at,
        passLine: pts(passLine),
        max: pts(d.max),
      });
    if (schemeKind === 'per-star' && d.raw.passLine === undefined)
      out.add('pass-line-missing', d.at, { code: d.at });
  }
}
