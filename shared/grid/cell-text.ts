import type { EntryValue } from '../domain/entry';
import { isEntryProblem, resolveEntry } from '../domain/entry';
import { entryRefusal } from '../domain/entry-refusal';
import { formatCenti } from '../domain/points';
import type { RubricItem } from '../domain/rubric';

/** Words that mean met / not met, from every language the app speaks (see grid.yesWords). */
export interface YesNoWords {
  yes: readonly string[];
  no: readonly string[];
}

/** A cell refused: the grid's own codes, or the entry rule's (`EntryRefusal`, in points). */
export interface CellProblem {
  problem: string;
  /** In points. */
  max?: number;
  /** In points. */
  step?: number;
}

/** A cell's text read as an entry: empty (clear), a valid entry, or the reason it is refused. */
export type CellReading = { kind: 'empty' } | { kind: 'value'; value: EntryValue } | CellProblem;

export function isCellProblem(reading: CellReading): reading is CellProblem {
  return 'problem' in reading;
}

// The ideographic full stop, typed for a decimal point with a Chinese input method.
const IDEOGRAPHIC_STOP = String.fromCharCode(0x3002);

/** Full-width digits and letters become ASCII (NFKC); spaces of any width go. */
export function normalizeCell(text: string): string {
  return text.normalize('NFKC').split(IDEOGRAPHIC_STOP).join('.').replace(/\s+/g, '');
}

function readNumber(text: string): number | CellProblem {
  if (/^-/.test(text)) return { problem: 'negative' };
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(text)) return { problem: 'not-a-number' };
  return Number(text);
}

/** Points in hundredths, refusing more than two decimals instead of rounding them away. */
function readCenti(text: string): number | CellProblem {
  const n = readNumber(text);
  if (typeof n !== 'number') return n;
  const centi = Math.round(n * 100);
  if (Math.abs(centi - n * 100) > 1e-6) return { problem: 'too-precise' };
  return centi;
}

function readYesNo(text: string, words: YesNoWords): boolean | null {
  const lower = text.toLowerCase();
  if (words.yes.some((w) => normalizeCell(w).toLowerCase() === lower)) return true;
  if (words.no.some((w) => normalizeCell(w).toLowerCase() === lower)) return false;
  return null;
}

/** What the text would be as an entry for the item's type, before the item's own rules. */
function readEntry(item: RubricItem, text: string, words: YesNoWords): EntryValue | CellProblem {
  switch (item.type) {
    case 'points':
    case 'bonus': {
      const centi = readCenti(text);
      return typeof centi === 'number' ? { points: centi } : centi;
    }
    case 'deduction': {
      const n = readNumber(text);
      if (typeof n !== 'number') return n;
      return Number.isInteger(n) ? { findings: n } : { problem: 'not-integer' };
    }
    case 'choice': {
      const lower = text.toLowerCase();
      const options = item.options ?? [];
      const named = options.find((o) =>
        [o.key, o.label, o.labelEn].some((n) => n && normalizeCell(n).toLowerCase() === lower),
      );
      if (named) return { option: named.key };
      // A sheet from Excel often holds the option's points rather than its name.
      const centi = readCenti(text);
      const byPoints = typeof centi === 'number' ? options.filter((o) => o.points === centi) : [];
      return byPoints.length === 1 ? { option: byPoints[0]!.key } : { problem: 'unknown-option' };
    }
    case 'check': {
      const met = readYesNo(text, words);
      if (met !== null) return { met };
      const centi = readCenti(text);
      // Full points or zero, as a score sheet would show them.
      if (centi === item.max) return { met: true };
      if (centi === 0) return { met: false };
      return { problem: 'not-yes-no' };
    }
    case 'gate': {
      if (item.gate?.min === undefined) {
        const met = readYesNo(text, words);
        return met === null ? { problem: 'not-yes-no' } : { met };
      }
      const centi = readCenti(text.replace(/%$/, ''));
      return typeof centi === 'number' ? { value: centi } : centi;
    }
    case 'veto':
      return { problem: 'read-only' };
  }
}

/** Reads a typed or pasted cell and applies the same entry rules as the score sheet. */
export function readCell(item: RubricItem, raw: string, words: YesNoWords): CellReading {
  const text = normalizeCell(raw);
  if (item.type === 'veto') return { problem: 'read-only' };
  if (text === '') return { kind: 'empty' };
  const entry = readEntry(item, text, words);
  if ('problem' in entry) return entry;
  const result = resolveEntry(item, entry);
  if (!isEntryProblem(result)) return { kind: 'value', value: entry };
  const { item: _code, ...refusal } = entryRefusal(item.code, result);
  return refusal;
}

export interface CellLabels {
  met: string;
  notMet: string;
  raised: string;
  notRaised: string;
  language: string;
}

/** A stored entry as the grid shows it; `readCell` reads the same text back. */
export function formatEntry(item: RubricItem, value: EntryValue, labels: CellLabels): string {
  if ('points' in value) return formatCenti(value.points);
  if ('findings' in value) return String(value.findings);
  if ('option' in value) {
    const option = item.options?.find((o) => o.key === value.option);
    if (!option) return value.option;
    return labels.language.startsWith('en') && option.labelEn ? option.labelEn : option.label;
  }
  if ('met' in value) return value.met ? labels.met : labels.notMet;
  if ('triggered' in value) return value.triggered ? labels.raised : labels.notRaised;
  return `${formatCenti(value.value)}%`;
}
