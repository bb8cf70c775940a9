import { readFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { RubricDefinition, RubricDefinitionInput } from '../../../shared/domain/rubric';
import { validateRubric } from '../../../shared/domain/rubric-validate';
import type { RubricImportResult, RubricProblem } from '../../../shared/domain/views';
import { rubricFileBytes } from '../../../electron/services/rubrics/files/export';
import { rubricFileName } from '../../../electron/services/rubrics/files/file-name';
import { readRubricBytes } from '../../../electron/services/rubrics/files/import';
import en from '../../../shared/locales/en.json';
import zhCN from '../../../shared/locales/zh-CN.json';

export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`../../fixtures/rubrics/${name}`, import.meta.url));

export function readFixture(name: string): Buffer {
  return readFileSync(fixturePath(name));
}

/** The kitchen-sink fixture: weighted scheme, every item type and rule, awkward labels. */
export function allFeatures(): { name: string; definition: RubricDefinition } {
  const file = JSON.parse(readFixture('all-features.json').toString('utf8')) as {
    name: string;
    definition: unknown;
  };
  const { definition, problems } = validateRubric(file.definition);
  expect(problems).toEqual([]);
  if (!definition) throw new Error('fixture invalid');
  return { name: file.name, definition };
}

/** A rubric file as these tests pass it around: its name and its bytes. */
export interface TestFile {
  fileName: string;
  bytes: Buffer;
}

export function payload(fileName: string, bytes: Buffer | string): TestFile {
  return { fileName, bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes };
}

export async function workbookPayload(wb: ExcelJS.Workbook, fileName: string): Promise<TestFile> {
  return payload(fileName, Buffer.from(await wb.xlsx.writeBuffer()));
}

/** What the worker task does with a chosen file's bytes (the transport is tested elsewhere). */
export function importRubricFile(file: TestFile): Promise<RubricImportResult> {
  return readRubricBytes(file.bytes, file.fileName);
}

/** What the export task writes, as name and bytes. */
export async function exportRubricFile(
  name: string,
  definition: RubricDefinition,
  format: 'json' | 'xlsx',
): Promise<TestFile> {
  return {
    fileName: rubricFileName(name, format),
    bytes: await rubricFileBytes(name, definition, format),
  };
}

export async function loadWorkbook(file: TestFile): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** [code, at] pairs: the shape most assertions compare. */
export const where = (problems: RubricProblem[]): [string, string][] =>
  problems.map((p) => [p.code, p.at]);

/** [code, row] pairs, for workbook problems. */
export const rows = (problems: RubricProblem[]): [string, number | undefined][] =>
  problems.map((p) => [p.code, p.row]);

type Tree = { [key: string]: string | Tree };
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1] ?? '');

/** The problem has a message in both languages and carries every value the message shows. */
export function expectTranslatable(problem: RubricProblem): void {
  for (const locale of [zhCN, en] as unknown as Tree[]) {
    const section = locale.rubricProblems as Tree | undefined;
    const message = section?.[problem.code];
    expect(typeof message, `message for ${problem.code}`).toBe('string');
    const text = typeof message === 'string' ? message : '';
    const missing = placeholders(text).filter((k) => !(k in (problem.params ?? {})));
    expect(missing, `params of ${problem.code}`).toEqual([]);
  }
}

/**
 * A small per-star rubric with one item of every type, valid as it stands, so a test can break
 * exactly one thing. Points in hundredths.
 */
export function baseRubric(): RubricDefinitionInput {
  return {
    scheme: { kind: 'per-star', starRelation: { star: 'A', relation: 'capstone' } },
    max: 4000,
    dimensions: [
      {
        code: 'A',
        name: '甲星',
        max: 2000,
        passLine: 1600,
        bonusCap: 300,
        indicators: [
          {
            code: 'A.1',
            name: '指标一',
            max: 2000,
            items: [
              { code: 'A.1.1', name: '计分项', type: 'points', max: 1000, step: 50 },
              { code: 'A.1.2', name: '扣分项', type: 'deduction', max: 500, perFinding: 100 },
              {
                code: 'A.1.3',
                name: '选项项',
                type: 'choice',
                max: 500,
                options: [
                  { key: 'good', label: '好', points: 500 },
                  { key: 'poor', label: '差', points: 0 },
                ],
              },
              { code: 'A.1.4', name: '加分项', type: 'bonus', max: 200, step: 50 },
              {
                code: 'A.1.5',
                name: '否决项',
                type: 'veto',
                max: 0,
                veto: { scope: 'star', effect: 'cancel-star' },
              },
              {
                code: 'A.1.6',
                name: '门槛项',
                type: 'gate',
                max: 0,
                gate: { effect: 'cancel-star', min: 9000 },
              },
            ],
          },
        ],
      },
      {
        code: 'B',
        name: '乙星',
        max: 2000,
        passLine: 1600,
        indicators: [
          {
            code: 'B.1',
            name: '指标二',
            max: 2000,
            items: [{ code: 'B.1.1', name: '达标项', type: 'check', max: 2000 }],
          },
        ],
      },
    ],
  };
}

/** The same tree rated by total-score bands, with quotas, tie-breakers and level names. */
export function bandsRubric(): RubricDefinitionInput {
  const def = baseRubric();
  def.scheme = {
    kind: 'bands',
    bands: [
      { level: 3, min: 3600 },
      { level: 2, min: 3000 },
      { level: 1, min: 2400 },
    ],
  };
  def.quotas = [
    { level: 3, max: { share: 10 } },
    { level: 1, min: { share: 20 } },
  ];
  def.tieBreakers = [{ kind: 'dimension', code: 'A' }];
  def.levels = [
    { level: 3, name: '三星' },
    { level: 2, name: '二星' },
  ];
  for (const d of def.dimensions) delete d.passLine;
  const items = def.dimensions[0]?.indicators[0]?.items ?? [];
  for (const item of items) {
    if (item.type === 'veto') item.veto = { scope: 'rating', effect: 'no-rating' };
    if (item.type === 'gate') item.gate = { effect: 'cap-level', level: 3, min: 9000 };
  }
  return def;
}

export function weightedRubric(): RubricDefinitionInput {
  const def = bandsRubric();
  def.scheme = {
    kind: 'weighted',
    parts: [
      { add: ['A'], weight: 70 },
      { add: ['B'], weight: 30 },
    ],
    bands: [{ level: 1, min: 1000 }],
  };
  def.quotas = [];
  def.levels = [];
  return def;
}

/** A zip written by hand, so an entry can declare any size it likes. */
export interface ZipEntry {
  name: string;
  /** The bytes stored in the zip (deflated when method is 8). */
  data: Buffer;
  method: 0 | 8;
  /** The uncompressed size written into the headers. */
  declaredSize: number;
  crc: number;
}

export function deflatedEntry(name: string, content: Buffer, declaredSize = content.length) {
  return {
    name,
    data: deflateRaw(content),
    method: 8 as const,
    declaredSize,
    crc: crc32(content),
  };
}

const deflateRaw = (b: Buffer): Buffer => deflateRawSync(b, { level: 9 });

export function writeZip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}
