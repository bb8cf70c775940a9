import type { Cell, DataValidation, Worksheet } from 'exceljs';
import type { RubricItem } from '../../../shared/domain/rubric';
import { isYesNo } from './cell-format';
import type { Words } from './words';
import { pointsText } from './words';

const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
export const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const LOCKED_FILL = 'FFF2F2F2';
const INPUT_FILL = 'FFFFFFFF';
const HEADER_FILL = 'FFD9E2F3';

export function styleHeader(cell: Cell): void {
  cell.font = { bold: true };
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
  cell.border = BORDER;
}

export function styleLocked(cell: Cell): void {
  cell.alignment = { vertical: 'middle', wrapText: true };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: LOCKED_FILL } };
  cell.border = BORDER;
}

/** Choice options live on a hidden sheet: a list typed into the rule is limited to 255 chars. */
export type OptionRanges = Map<string, string>;

function validationFor(item: RubricItem, t: Words, options: OptionRanges): DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: t('errorTitle'),
    showInputMessage: true,
    // Excel refuses to open files whose prompt title is over 32 characters.
    promptTitle: item.code.slice(0, 32),
  };
  const max = pointsText(item.max);
  if (item.type === 'points' || item.type === 'bonus') {
    return {
      ...common,
      type: 'decimal',
      operator: 'between',
      formulae: [0, max],
      error: t('errorPoints', { max }),
      prompt: t('rulePoints', { max, step: pointsText(item.step ?? 1) }),
    };
  }
  if (item.type === 'deduction') {
    return {
      ...common,
      type: 'whole',
      operator: 'greaterThanOrEqual',
      formulae: [0],
      error: t('errorWhole'),
      prompt: t('errorWhole'),
    };
  }
  if (item.type === 'choice') {
    return {
      ...common,
      type: 'list',
      formulae: [options.get(item.code) ?? '""'],
      error: t('errorList'),
      prompt: t('ruleChoice'),
    };
  }
  if (isYesNo(item)) {
    return {
      ...common,
      type: 'list',
      formulae: [`"${t('yes')},${t('no')}"`],
      error: t('errorList'),
      prompt: t('errorList'),
    };
  }
  return {
    ...common,
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    error: t('errorNumber'),
    prompt: t('ruleGateValue'),
  };
}

/** An input cell: unlocked (unless its sheet is submitted), white, with the item's validation. */
export function makeInput(
  cell: Cell,
  item: RubricItem,
  value: string | number | null,
  editable: boolean,
  t: Words,
  options: OptionRanges,
): void {
  cell.value = value;
  cell.border = BORDER;
  if (!editable) {
    styleLocked(cell);
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
    return;
  }
  cell.alignment = { vertical: 'middle', horizontal: 'center' };
  cell.protection = { locked: false };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
  cell.dataValidation = validationFor(item, t, options);
}

/** A veto's reason: free text, unlocked when the sheet is editable. */
export function makeReason(cell: Cell, value: string, editable: boolean): void {
  cell.value = value === '' ? null : value;
  cell.border = BORDER;
  cell.alignment = { vertical: 'middle', wrapText: true };
  if (!editable) {
    styleLocked(cell);
    return;
  }
  cell.protection = { locked: false };
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: INPUT_FILL } };
}

/** Writes each choice item's option labels as a column of the hidden lists sheet. */
export function writeOptionLists(
  ws: Worksheet,
  items: RubricItem[],
  label: (o: NonNullable<RubricItem['options']>[number]) => string,
): OptionRanges {
  const ranges: OptionRanges = new Map();
  let col = 1;
  for (const item of items) {
    if (item.type !== 'choice' || !item.options) continue;
    item.options.forEach((o, i) => {
      ws.getCell(i + 1, col).value = label(o);
    });
    const letter = ws.getColumn(col).letter;
    ranges.set(item.code, `'${ws.name}'!$${letter}$1:$${letter}$${item.options.length}`);
    col += 1;
  }
  return ranges;
}

/** Only unlocked cells can be typed in; formats may change so people can widen columns. */
export async function protect(ws: Worksheet): Promise<void> {
  await ws.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
}
