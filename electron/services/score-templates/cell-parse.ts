import type { Cell, CellValue } from 'exceljs';
import type { EntryValue } from '../../../shared/domain/entry';
import { isEntryProblem, resolveEntry } from '../../../shared/domain/entry';
import { entryRefusal } from '../../../shared/domain/entry-refusal';
import type { RubricItem } from '../../../shared/domain/rubric';
import type { TemplateCellProblem } from '../../../shared/domain/views/score-templates';
import { readValue } from '../../workbook/xlsx-cells';
import { optionLabel } from './cell-format';

export type Parsed = { entry: EntryValue } | { problem: TemplateCellProblem } | null;

const YES = new Set(['是', 'yes', 'y', 'true', '1', '✓', '√', '达到', '满足', '触发']);
const NO = new Set(['否', 'no', 'n', 'false', '0', '✗', '×', '未达到', '不满足', '未触发']);

/** Full-width digits and signs that Chinese input methods produce, as ASCII. */
function halfWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff0e\uff0d\uff0b]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/** A cell as the person sees it, or a problem when Excel did not store what it shows. */
export function cellContent(cell: Cell): string | number | { problem: TemplateCellProblem } {
  // exceljs repeats a merge's value in every cell it covers: the value would count twice.
  if (cell.isMerged) return { problem: { code: 'merged-cell' } };
  const value: CellValue = cell.value;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    if (('formula' in value || 'sharedFormula' in value) && value.result === undefined)
      return { problem: { code: 'formula-no-result' } };
    if ('error' in value)
      return { problem: { code: 'error-value', params: { text: value.error } } };
    const result = 'result' in value ? value.result : undefined;
    if (result !== null && typeof result === 'object' && 'error' in result)
      return { problem: { code: 'error-value', params: { text: result.error } } };
  }
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const read = readValue(value);
  return typeof read === 'string' ? halfWidth(read) : read;
}

function number(content: string | number): number | null {
  if (typeof content === 'number') return Number.isFinite(content) ? content : null;
  const text = content.replace(/\s*(分|points?)$/i, '').replace(/,/g, '');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text) ? Number(text) : null;
}

/** Hundredths from a number of points, refusing more than two decimals. */
function centi(content: string | number): number | TemplateCellProblem {
  const text = String(content);
  const n = number(content);
  if (n === null) return { code: 'not-a-number', params: { text } };
  if (n < 0) return { code: 'negative', params: { text } };
  const scaled = n * 100;
  const rounded = Math.round(scaled);
  if (Math.abs(scaled - rounded) > 1e-6) return { code: 'too-precise', params: { text } };
  return rounded;
}

function yesNo(content: string | number): boolean | TemplateCellProblem {
  const text = String(content).toLowerCase();
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return { code: 'not-yes-no', params: { text: String(content) } };
}

function optionKey(
  item: RubricItem,
  content: string | number,
  language: string,
): string | TemplateCellProblem {
  const text = String(content).toLowerCase();
  const options = item.options ?? [];
  const found = options.find(
    (o) =>
      o.label.toLowerCase() === text ||
      o.labelEn?.toLowerCase() === text ||
      o.key.toLowerCase() === text,
  );
  if (found) return found.key;
  return {
    code: 'unknown-option',
    params: {
      text: String(content),
      options: options.map((o) => optionLabel(o, language)).join(' / '),
    },
  };
}

function isProblem(v: unknown): v is TemplateCellProblem {
  return typeof v === 'object' && v !== null && 'code' in v;
}

function toEntry(
  item: RubricItem,
  content: string | number,
  reason: string,
  language: string,
): EntryValue | TemplateCellProblem {
  switch (item.type) {
    case 'points':
    case 'bonus': {
      const c = centi(content);
      return isProblem(c) ? c : { points: c };
    }
    case 'deduction': {
      const n = number(content);
      if (n === null || n < 0 || !Number.isInteger(n))
        return { code: 'not-whole', params: { text: String(content) } };
      return { findings: n };
    }
    case 'choice': {
      const key = optionKey(item, content, language);
      return isProblem(key) ? key : { option: key };
    }
    case 'check': {
      const met = yesNo(content);
      return isProblem(met) ? met : { met };
    }
    case 'veto': {
      const triggered = yesNo(content);
      if (isProblem(triggered)) return triggered;
      return triggered ? { triggered, reason } : { triggered };
    }
    case 'gate': {
      if (item.gate?.min === undefined) {
        const met = yesNo(content);
        return isProblem(met) ? met : { met };
      }
      const c = centi(content);
      return isProblem(c) ? c : { value: c };
    }
  }
}

/**
 * One value cell (and the veto's reason cell) as an entry, checked with the same rule as
 * `scores.save`; null for an empty cell, which means "not filled in".
 */
export function parseCell(
  item: RubricItem,
  cell: Cell,
  reasonCell: Cell | null,
  language: string,
): Parsed {
  const content = cellContent(cell);
  if (typeof content === 'object') return content;
  if (content === '') return null;
  let reason = '';
  if (reasonCell) {
    const r = cellContent(reasonCell);
    if (typeof r === 'object') return r;
    reason = String(r);
  }
  const entry = toEntry(item, content, reason, language);
  if (isProblem(entry)) return { problem: entry };
  const resolved = resolveEntry(item, entry);
  if (isEntryProblem(resolved)) {
    const params: Record<string, string | number> = { ...entryRefusal(item.code, resolved) };
    if (resolved.code === 'unknown-option') params.text = String(content);
    return { problem: { code: resolved.code, params } };
  }
  return { entry: resolved.input };
}
