import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RubricDefinition } from '../../../shared/domain/rubric';
import { importRubricFile, workbookPayload } from './support';

/**
 * A workbook as it arrives from a township: a merged title and a unit line above the table,
 * Chinese-only headers in their own order (no English name column), codes as rich text, points
 * typed as text with full-width digits and spaces, a formula, a parent code merged down over
 * its rows, English words mixed in, full-width separators in the parameters, a note below.
 */
function messyWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = '　某县2025年度农村党支部星级评定指标体系　';
  ws.mergeCells('A1:G1');
  ws.getCell('A2').value = '单位：县委组织部';
  ws.getRow(4).values = ['类型', '名称', '编码', '分值（分）', '上级编码', '参数', '评分标准'];
  const rows: unknown[][] = [
    [
      '维度',
      '支部过硬星',
      { richText: [{ text: 'S' }, { text: '1', font: { bold: true } }] },
      '３０',
      '',
      '达标线＝24',
      '',
    ],
    ['指标', '班子队伍', 'S1.1', '30 分', 'S1', '', ''],
    ['计分', ' 班子结构 ', 'S1.1.1', '10', 'S1.1', '步长=0.5', '结构合理得10分。'],
    [
      '选项',
      '书记能力',
      'S1.1.2',
      { formula: '5+5', result: 10 },
      '',
      '好＝10；较好＝8；差＝0',
      '',
    ],
    ['deduction', '三会一课', '　S1.1.3　', '2.50', '', 'per=0.5', '每缺一次扣0.5分'],
    // No prefix to guess the parent from: it must come from the merged parent cell.
    ['达标', '后备力量', 'HB4', 7.5, '', '', ''],
    ['否决', '违纪', 'S1.1.5', '', '', '效果=取消本星', ''],
  ];
  rows.forEach((values, i) => {
    ws.getRow(5 + i).values = values as ExcelJS.CellValue[];
  });
  // The parent column merged down over the items of S1.1 (rows 7–11), as people lay it out.
  ws.mergeCells('E7:E11');
  ws.getCell('A13').value = '注：本表由县委组织部负责解释。';
  const scheme = wb.addWorksheet('评定规则');
  scheme.getCell('A1').value = 'Rating rules';
  scheme.getRow(2).values = ['kind', 'per-star'];
  scheme.getRow(3).values = ['Precision', 1];
  scheme.getRow(4).values = ['combination', 'method=trimmed-mean;trim-min=5'];
  scheme.getRow(5).values = ['quota', 'level=1;max=10%;scope=township;ties=keep-all'];
  scheme.getRow(6).values = ['level name', 'level=1;name=一星;en=One star'];
  return wb;
}

const expected: RubricDefinition = {
  scheme: { kind: 'per-star' },
  max: 3000,
  precision: 1,
  combine: { method: 'trimmed-mean', trimMinEvaluators: 5 },
  quotas: [{ level: 1, max: { share: 10 }, scope: 'township', ties: 'keep-all' }],
  quotaOrder: 'level-first',
  tieBreakers: [],
  levels: [{ level: 1, name: '一星', nameEn: 'One star' }],
  dimensions: [
    {
      code: 'S1',
      name: '支部过硬星',
      max: 3000,
      passLine: 2400,
      indicators: [
        {
          code: 'S1.1',
          name: '班子队伍',
          max: 3000,
          items: [
            {
              code: 'S1.1.1',
              name: '班子结构',
              type: 'points',
              max: 1000,
              step: 50,
              guidance: '结构合理得10分。',
            },
            {
              code: 'S1.1.2',
              name: '书记能力',
              type: 'choice',
              max: 1000,
              options: [
                { key: 'o1', label: '好', points: 1000 },
                { key: 'o2', label: '较好', points: 800 },
                { key: 'o3', label: '差', points: 0 },
              ],
            },
            {
              code: 'S1.1.3',
              name: '三会一课',
              type: 'deduction',
              max: 250,
              perFinding: 50,
              guidance: '每缺一次扣0.5分',
            },
            { code: 'HB4', name: '后备力量', type: 'check', max: 750 },
            {
              code: 'S1.1.5',
              name: '违纪',
              type: 'veto',
              max: 0,
              veto: { scope: 'star', effect: 'cancel-star' },
            },
          ],
        },
      ],
    },
  ],
};

describe('importing a hand-made, messy rubric workbook', () => {
  it('reads it into the rubric it means', async () => {
    const result = await importRubricFile(await workbookPayload(messyWorkbook(), '细则.xlsx'));
    expect(result.problems).toEqual([]);
    expect(result.name).toBe('某县2025年度农村党支部星级评定指标体系');
    expect(result.definition).toStrictEqual(expected);
  });

  it('names the rubric after the file when there is no title line', async () => {
    const wb = messyWorkbook();
    const ws = wb.getWorksheet('Sheet1')!;
    ws.unMergeCells('A1:G1');
    ws.getCell('A1').value = null;
    ws.getCell('A2').value = null;
    const result = await importRubricFile(await workbookPayload(wb, 'C:\\下发\\2025年细则.xlsx'));
    expect(result.problems).toEqual([]);
    expect(result.name).toBe('2025年细则');
  });

  it('does not crash on a merge across data rows', async () => {
    const wb = messyWorkbook();
    const ws = wb.getWorksheet('Sheet1')!;
    // A name merged across two item rows: the second row reads the merged name, nothing throws.
    ws.mergeCells('B7:B8');
    const result = await importRubricFile(await workbookPayload(wb, 'x.xlsx'));
    expect(result.problems).toEqual([]);
    const items = result.definition?.dimensions[0]?.indicators[0]?.items ?? [];
    expect(items.slice(0, 2).map((i) => i.name)).toEqual(['班子结构', '班子结构']);
  });
});
