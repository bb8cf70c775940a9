import type { RubricProblem } from '../../../../shared/domain/views';
import { parseDecimal, parsePointsText, parseWhole } from './points-text';
import { fileProblem } from './problems';
import type { Field, SchemeKey } from './scheme-words';
import {
  FIELDS,
  KINDS,
  METHODS,
  QUOTA_ORDERS,
  RELATIONS,
  REPEATED_KEYS,
  ROUND_KINDS,
  SCHEME_KEYS,
  SCOPES,
  SELECTION_TIES,
  TIES,
} from './scheme-words';
import type { ListEntry } from './text-list';
import { normalizeWord, parseList } from './text-list';
import { headerTokens, matchWord, parseLevelWord } from './vocabulary';

/** One key/value row of the 评定规则 sheet as read from the workbook. */
export interface SchemeCell {
  row: number;
  key: string;
  value: string;
}

export interface SchemeRead {
  /** Top-level definition fields: scheme, max, bonusCap, precision, combine, quotas, … */
  fields: Record<string, unknown>;
  problems: RubricProblem[];
  /** Definition paths (`scheme.bands`, `quotas.2`) → the row they came from. */
  paths: Map<string, number>;
}

/** The scheme key a cell names (`评定方式 (kind)`, `Kind`), or null. */
export function matchSchemeKey(text: string): SchemeKey | null {
  for (const token of headerTokens(text)) {
    const key = matchWord(token, SCHEME_KEYS);
    if (key) return key;
  }
  return null;
}

type Entries = Partial<Record<Field, ListEntry>>;

class RowReader {
  ok = true;
  constructor(
    private readonly cell: SchemeCell,
    private readonly sheet: string,
    private readonly problems: RubricProblem[],
  ) {}

  fail(value = this.cell.value): void {
    this.ok = false;
    this.problems.push(
      fileProblem(
        'scheme-value-invalid',
        this.cell.key,
        { sheet: this.sheet, key: this.cell.key, value },
        this.cell.row,
      ),
    );
  }

  /** Entries by field; unknown or repeated sub-keys are reported. */
  entries(allowed: Field[]): Entries {
    const out: Entries = {};
    for (const e of parseList(this.cell.value)) {
      const field = allowed.find((f) =>
        FIELDS[f].some((w) => normalizeWord(w) === normalizeWord(e.key)),
      );
      if (!field || out[field] || !e.hasValue)
        this.fail(e.rawKey + (e.hasValue ? `=${e.rawValue}` : ''));
      else out[field] = e;
    }
    return out;
  }

  word<V extends string>(e: ListEntry | undefined, words: Record<V, string[]>): V | undefined {
    if (!e) return undefined;
    const v = matchWord(e.value, words);
    if (v === null) this.fail(`${e.key}=${e.value}`);
    return v ?? undefined;
  }

  points(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const p = parsePointsText(text);
    if (!p.ok) this.fail(text);
    return p.ok ? p.value : undefined;
  }

  /** A sub-key that must be there (reported as `关系=?`). */
  require<T>(value: T | undefined, what: string): T | undefined {
    if (value === undefined && this.ok) this.fail(`${what}=?`);
    return value;
  }
}

function bound(text: string | undefined, r: RowReader) {
  if (text === undefined) return undefined;
  if (/[%％]\s*$/.test(text)) {
    const share = parseDecimal(text.replace(/％/, '%'));
    if (share === null) r.fail(text);
    return share === null ? undefined : { share };
  }
  const count = parseWhole(text);
  if (count === null) r.fail(text);
  return count === null ? undefined : { count };
}

const codeList = (text: string | undefined): string[] =>
  (text ?? '')
    .normalize('NFKC')
    .split(/[,、\s]+/)
    .filter((c) => c !== '');

function readSingle(key: SchemeKey, r: RowReader, value: string): unknown {
  switch (key) {
    case 'kind': {
      const kind = matchWord(value, KINDS);
      if (kind === null) r.fail();
      return kind ?? undefined;
    }
    case 'max':
    case 'bonusCap':
      return r.points(value);
    case 'precision': {
      const m = /^([0-2])(?!\d)/.exec(value.normalize('NFKC').trim());
      if (!m) r.fail();
      return m ? Number(m[1]) : undefined;
    }
    case 'starRelation': {
      const list = parseList(value);
      // `S1=压轴` is accepted as well as `星=S1;关系=压轴`.
      const only = list.length === 1 ? list[0] : undefined;
      const short = only ? matchWord(only.value, RELATIONS) : null;
      if (
        only &&
        short &&
        matchWord(only.key, { star: FIELDS.star, relation: FIELDS.relation }) === null
      )
        return { star: only.key.normalize('NFKC'), relation: short };
      const e = r.entries(['star', 'relation']);
      const relation = r.require(r.word(e.relation, RELATIONS), '关系');
      const star = r.require(e.star?.value.normalize('NFKC'), '星');
      return star && relation ? { star, relation } : undefined;
    }
    case 'combine': {
      const e = r.entries(['method', 'trimMin']);
      const method = r.word(e.method, METHODS);
      const trim = e.trimMin ? parseWhole(e.trimMin.value) : undefined;
      if (trim === null) r.fail(e.trimMin?.value);
      return {
        ...(method ? { method } : {}),
        ...(trim !== undefined && trim !== null ? { trimMinEvaluators: trim } : {}),
      };
    }
    case 'bands':
      return parseList(value).map((e) => {
        const level = parseLevelWord(e.key);
        const min = r.points(e.value);
        if (level === null) r.fail(e.key);
        return { level: level ?? -1, min: min ?? -1 };
      });
    case 'selection': {
      const e = r.entries(['top', 'scope', 'min', 'ties']);
      const top = e.top ? parseWhole(e.top.value) : undefined;
      if (top === null) r.fail(e.top?.value);
      const scope = r.word(e.scope, SCOPES);
      const min = r.points(e.min?.value);
      const ties = r.word(e.ties, SELECTION_TIES);
      return {
        top: r.require(top ?? undefined, '名额'),
        ...(scope ? { scope } : {}),
        ...(min !== undefined ? { min } : {}),
        ...(ties ? { ties } : {}),
      };
    }
    case 'quotaOrder': {
      const order = matchWord(value, QUOTA_ORDERS);
      if (order === null) r.fail();
      return order ?? undefined;
    }
    default:
      return undefined;
  }
}

function readRepeated(key: SchemeKey, r: RowReader): unknown {
  if (key === 'part') {
    const e = r.entries(['add', 'subtract', 'weight']);
    const weight = e.weight ? parseDecimal(e.weight.value) : null;
    if (e.weight && (weight === null || !Number.isInteger(weight))) r.fail(e.weight.value);
    const add = codeList(e.add?.value);
    if (add.length === 0) r.require(undefined, '加');
    return {
      add,
      subtract: codeList(e.subtract?.value),
      weight: r.require(weight ?? undefined, '权重'),
    };
  }
  if (key === 'quota') {
    const e = r.entries(['level', 'max', 'min', 'scope', 'ties']);
    const level = e.level ? parseLevelWord(e.level.value) : null;
    if (level === null) r.fail(e.level ? e.level.value : '等级=?');
    const max = bound(e.max?.value, r);
    const min = bound(e.min?.value, r);
    const scope = r.word(e.scope, SCOPES);
    const ties = r.word(e.ties, TIES);
    return {
      level,
      ...(max ? { max } : {}),
      ...(min ? { min } : {}),
      ...(scope ? { scope } : {}),
      ...(ties ? { ties } : {}),
    };
  }
  if (key === 'tieBreaker') {
    const e = r.entries(['dimension', 'round']);
    if (e.dimension) return { kind: 'dimension', code: e.dimension.value.normalize('NFKC') };
    const roundKind = r.require(r.word(e.round, ROUND_KINDS), '维度');
    return roundKind ? { kind: 'round-total', roundKind } : undefined;
  }
  const e = r.entries(['level', 'name', 'nameEn']);
  const level = e.level ? parseLevelWord(e.level.value) : null;
  if (level === null) r.fail(e.level ? e.level.value : '等级=?');
  const name = r.require(e.name?.value, '名称');
  return { level, name, ...(e.nameEn ? { nameEn: e.nameEn.value } : {}) };
}

const SCHEME_FIELDS: Partial<Record<SchemeKey, string[]>> = {
  starRelation: ['per-star'],
  bands: ['bands', 'weighted'],
  part: ['weighted'],
  selection: ['selection'],
};

/** Builds the scheme part of a definition from the sheet's rows. */
export function readScheme(cells: SchemeCell[], sheet: string): SchemeRead {
  const problems: RubricProblem[] = [];
  const paths = new Map<string, number>();
  const single = new Map<SchemeKey, { value: unknown; row: number; key: string }>();
  const repeated: Record<string, { value: unknown; row: number; key: string }[]> = {};
  for (const cell of cells) {
    const key = matchSchemeKey(cell.key);
    const where = { sheet, key: cell.key, value: cell.value };
    if (key === null) {
      problems.push(fileProblem('scheme-key-unknown', cell.key, where, cell.row));
      continue;
    }
    const r = new RowReader(cell, sheet, problems);
    if (REPEATED_KEYS.has(key)) {
      const value = readRepeated(key, r);
      (repeated[key] ??= []).push({ value, row: cell.row, key: cell.key });
    } else if (single.has(key)) {
      problems.push(fileProblem('scheme-key-repeated', cell.key, where, cell.row));
    } else {
      single.set(key, { value: readSingle(key, r, cell.value), row: cell.row, key: cell.key });
    }
  }

  const fields: Record<string, unknown> = {};
  const kindRow = single.get('kind');
  const kind = kindRow?.value as string | undefined;
  if (kindRow) {
    paths.set('scheme', kindRow.row);
    paths.set('scheme.kind', kindRow.row);
  }
  if (!kindRow) problems.push(fileProblem('scheme-kind-missing', 'scheme', { sheet }));
  for (const [key, kinds] of Object.entries(SCHEME_FIELDS) as [SchemeKey, string[]][]) {
    const rows = single.get(key) ? [single.get(key)] : (repeated[key] ?? []);
    for (const entry of rows) {
      if (entry && kind !== undefined && !kinds.includes(kind))
        problems.push(
          fileProblem('scheme-key-unused', entry.key, { sheet, key: entry.key, kind }, entry.row),
        );
    }
  }
  const scheme: Record<string, unknown> = { kind };
  const take = (key: SchemeKey, path: string) => {
    const entry = single.get(key);
    if (!entry || entry.value === undefined) return undefined;
    paths.set(path, entry.row);
    return entry.value;
  };
  if (kind === 'per-star') {
    const relation = take('starRelation', 'scheme.starRelation');
    if (relation !== undefined) scheme.starRelation = relation;
  }
  if (kind === 'bands' || kind === 'weighted') scheme.bands = take('bands', 'scheme.bands') ?? [];
  if (kind === 'weighted') {
    const parts = repeated.part ?? [];
    parts.forEach((p, i) => paths.set(`scheme.parts.${i}`, p.row));
    if (parts[0]) paths.set('scheme.parts', parts[0].row);
    scheme.parts = parts.map((p) => p.value);
  }
  if (kind === 'selection') {
    const selection = single.get('selection');
    if (selection) {
      for (const f of ['top', 'scope', 'min', 'ties']) paths.set(`scheme.${f}`, selection.row);
      Object.assign(scheme, selection.value);
    }
  }
  if (kind !== undefined) fields.scheme = scheme;
  for (const key of ['max', 'bonusCap', 'precision', 'combine', 'quotaOrder'] as const) {
    const value = take(key, key);
    if (value !== undefined) fields[key] = value;
  }
  const lists: [SchemeKey, string][] = [
    ['quota', 'quotas'],
    ['tieBreaker', 'tieBreakers'],
    ['level', 'levels'],
  ];
  for (const [key, field] of lists) {
    const entries = repeated[key] ?? [];
    if (entries.length === 0) continue;
    entries.forEach((e, i) => paths.set(`${field}.${i}`, e.row));
    if (entries[0]) paths.set(field, entries[0].row);
    fields[field] = entries.map((e) => e.value);
  }
  return { fields, problems, paths };
}
