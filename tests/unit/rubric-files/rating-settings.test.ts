import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RubricDefinition, RubricDefinitionInput } from '../../../shared/domain/rubric';
import { rubricDefinitionSchema } from '../../../shared/domain/rubric';
import { exportRubricFile, importRubricFile, loadWorkbook, workbookPayload } from './support';

/**
 * The two settings that decide borders: the quota pool order (`quotaOrder`) and a selection's
 * tie policy (`scheme.ties`). Both travel in JSON and in the workbook's 评定规则 sheet.
 */
const tree: RubricDefinitionInput['dimensions'] = [
  {
    code: 'D1',
    name: '班子建设',
    max: 10000,
    indicators: [
      {
        code: 'D1.1',
        name: '班子队伍',
        max: 10000,
        items: [{ code: 'D1.1.1', name: '班子团结', type: 'points', max: 10000 }],
      },
    ],
  },
];

const banded = (quotaOrder: 'level-first' | 'total-first'): RubricDefinition =>
  rubricDefinitionSchema.parse({
    scheme: {
      kind: 'bands',
      bands: [
        { level: 3, min: 9000 },
        { level: 2, min: 8000 },
        { level: 1, min: 0 },
      ],
    },
    max: 10000,
    quotas: [{ level: 3, max: { share: 10 } }],
    quotaOrder,
    dimensions: tree,
  });

const award = (ties: 'keep-all' | 'drop-all' | 'tie-breakers'): RubricDefinition =>
  rubricDefinitionSchema.parse({
    scheme: { kind: 'selection', top: 3, scope: 'township', ties },
    max: 10000,
    tieBreakers: [{ kind: 'dimension', code: 'D1' }],
    dimensions: tree,
  });

/** The 评定规则 sheet's rows as key → values. */
async function schemeSheet(definition: RubricDefinition): Promise<Map<string, unknown[]>> {
  const wb = await loadWorkbook(await exportRubricFile('青山县评定细则', definition, 'xlsx'));
  const rows = new Map<string, unknown[]>();
  wb.getWorksheet('评定规则')!.eachRow((row) => {
    const [key, value] = (row.values as unknown[]).slice(1);
    rows.set(String(key), [...(rows.get(String(key)) ?? []), value]);
  });
  return rows;
}

describe('quota pool order in rubric files', () => {
  it('writes the order on the scheme sheet and reads it back, both orders', async () => {
    for (const order of ['level-first', 'total-first'] as const) {
      const definition = banded(order);
      for (const format of ['xlsx', 'json'] as const) {
        const back = await importRubricFile(await exportRubricFile('细则', definition, format));
        expect(back.problems, `${order} ${format}`).toEqual([]);
        expect(back.definition, `${order} ${format}`).toStrictEqual(definition);
      }
    }
    expect((await schemeSheet(banded('total-first'))).get('比例排序 (quota order)')).toEqual([
      '先比总分',
    ]);
    expect((await schemeSheet(banded('level-first'))).get('比例排序 (quota order)')).toEqual([
      '先比原等级',
    ]);
  });

  it('reads the order typed by hand in English or Chinese, and refuses a word it does not know', async () => {
    const typed = async (value: string) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('指标体系');
      ws.addRow(['编码', '上级编码', '名称', '类型', '分值']);
      ws.addRow(['D1', '', '班子建设', '维度', 100]);
      ws.addRow(['D1.1', 'D1', '班子队伍', '指标', 100]);
      ws.addRow(['D1.1.1', 'D1.1', '班子团结', '计分', 100]);
      const scheme = wb.addWorksheet('评定规则');
      scheme.addRow(['kind', 'bands']);
      scheme.addRow(['bands', '3=90;2=80;1=0']);
      scheme.addRow(['quota', 'level=3;max=10%']);
      scheme.addRow(['quota order', value]);
      return importRubricFile(await workbookPayload(wb, '手写细则.xlsx'));
    };
    expect((await typed('total-first')).definition?.quotaOrder).toBe('total-first');
    expect((await typed('先比总分')).definition?.quotaOrder).toBe('total-first');
    expect((await typed('原等级优先')).definition?.quotaOrder).toBe('level-first');
    const wrong = await typed('随便');
    expect(wrong.definition).toBeNull();
    expect(wrong.problems).toEqual([
      expect.objectContaining({ code: 'scheme-value-invalid', row: 4 }) as unknown,
    ]);
  });
});

describe('selection tie policy in rubric files', () => {
  it('writes the policy in the selection row and reads it back, every policy', async () => {
    for (const ties of ['keep-all', 'drop-all', 'tie-breakers'] as const) {
      const definition = award(ties);
      for (const format of ['xlsx', 'json'] as const) {
        const back = await importRubricFile(await exportRubricFile('评选', definition, format));
        expect(back.problems, `${ties} ${format}`).toEqual([]);
        expect(back.definition, `${ties} ${format}`).toStrictEqual(definition);
      }
    }
    expect((await schemeSheet(award('drop-all'))).get('择优评选 (selection)')).toEqual([
      '名额=3;范围=各乡镇;并列=全部不入选',
    ]);
  });
});
