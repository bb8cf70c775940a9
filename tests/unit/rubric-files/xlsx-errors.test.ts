import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { RubricProblem } from '../../../shared/domain/views';
import { expectTranslatable, importRubricFile, rows, workbookPayload } from './support';

type Row = (string | number)[];
const HEADER = ['编码', '上级编码', '名称', '类型', '分值', '参数'];

function workbook(nodeRows: Row[], schemeRows: Row[] | null = [['评定方式', '分星评定']]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指标体系');
  ws.addRow(HEADER);
  for (const r of nodeRows) ws.addRow(r);
  if (schemeRows) {
    const scheme = wb.addWorksheet('评定规则');
    for (const r of schemeRows) scheme.addRow(r);
  }
  return wb;
}

async function problemsOf(wb: ExcelJS.Workbook): Promise<RubricProblem[]> {
  const result = await importRubricFile(await workbookPayload(wb, 'rubric.xlsx'));
  expect(result.definition).toBeNull();
  for (const p of result.problems) expectTranslatable(p);
  return result.problems;
}

const sortByRow = (list: [string, number | undefined][]) =>
  [...list].sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0) || a[0].localeCompare(b[0]));

describe('importing a workbook with mistakes', () => {
  it('names every problem with its row and column', async () => {
    const problems = await problemsOf(
      workbook([
        ['A', '', '甲星', '维度', 40, '达标线=30;加分上限=1'], // row 2: cap below bonus item
        ['A.1', 'A', '指标一', '指标', 20, ''], // row 3: items add up to 15
        ['A.1.1', 'A.1', '要点', '计分', 10, ''],
        ['A.1.2', 'A.1', '要点', '计分', 5, ''],
        ['A.1.3', 'A.1', '加分', '加分', 2, '步长=0.5'],
        ['A.2', 'A', '指标二', '指标', 20, ''],
        ['A.2.1', 'A.2', '要点', '打分制', 10, ''], // row 8: unknown type
        ['A.1.2', 'A.2', '重复', '计分', 10, ''], // row 9: duplicate of row 5
        ['A.2.3', 'A.2', '要点', '计分', '2.555', ''], // row 10: three decimals
        ['A.2.4', 'A.9', '要点', '计分', 1, ''], // row 11: no such parent
      ]),
    );
    expect(sortByRow(rows(problems))).toEqual([
      ['bonus-cap-below-item', 2],
      ['maximum-mismatch', 3],
      ['unknown-type', 8],
      ['duplicate-code', 9],
      ['number-too-precise', 10],
      ['parent-unknown', 11],
    ]);
    const byCode = new Map(problems.map((p) => [p.code, p]));
    expect(byCode.get('duplicate-code')?.params).toMatchObject({
      code: 'A.1.2',
      firstRow: 5,
      column: 'A',
    });
    expect(byCode.get('unknown-type')?.params).toMatchObject({ type: '打分制', column: 'D' });
    expect(byCode.get('number-too-precise')?.params).toMatchObject({ value: '2.555', column: 'E' });
    expect(byCode.get('parent-unknown')?.params).toMatchObject({ parent: 'A.9', column: 'B' });
    expect(byCode.get('maximum-mismatch')?.params).toMatchObject({
      declared: '20',
      sum: '15',
      sheet: '指标体系',
    });
    expect(byCode.get('bonus-cap-below-item')?.params).toMatchObject({ cap: '1', itemMax: '2' });
  });

  it('reports rows missing what every node needs, and parameters it cannot read', async () => {
    const problems = await problemsOf(
      workbook([
        ['A', '', '甲星', '维度', 10, '达标线=8'],
        ['A.1', 'A', '指标', '', 10, ''], // blank type under a dimension: an indicator
        ['', 'A.1', '无编码', '计分', 2, ''], // row 4
        ['A.1.2', 'A.1', '', '计分', 2, ''], // row 5
        ['A.1.3', 'A.1', '无分值', '计分', '', ''], // row 6
        ['A.1.4', 'A.1', '无类型', '', 2, ''], // row 7
        ['A.1.5', 'A.1', '扣分', '扣分', 2, '每处=一分'], // row 8
        ['A.1.6', 'A.1', '否决', '否决', '', '范围=本星'], // row 9
        ['A.1.7', 'A.1', '计分', '计分', 2, '步长=0.5;步长=1;颜色=红'], // row 10
        ['A.1.8', 'A', '挂错层级', '计分', 0, ''], // row 11: an item under a dimension
        ['甲', 'A.1', '中文编码', '达标', 'abc', ''], // row 12
        ['A.1.9', 'Q', '上级不存在', '', 1, ''], // row 13: blank type, unknown parent
      ]),
    );
    expect(sortByRow(rows(problems))).toEqual([
      ['code-missing', 4],
      ['name-missing', 5],
      ['maximum-missing', 6],
      ['type-missing', 7],
      ['param-invalid', 8],
      ['param-missing', 9],
      ['param-repeated', 10],
      ['param-unknown', 10],
      ['parent-wrong-level', 11],
      ['code-invalid', 12],
      ['number-invalid', 12],
      ['parent-unknown', 13],
    ]);
  });

  it('places scheme problems on the rows of the scheme sheet', async () => {
    const nodes: Row[] = [
      ['A', '', '甲', '维度', 100, ''],
      ['A.1', 'A', '指标', '指标', 100, ''],
      ['A.1.1', 'A.1', '要点', '计分', 100, ''],
    ];
    const problems = await problemsOf(
      workbook(nodes, [
        ['项目', '内容'],
        ['评定方式', '总分分档'],
        ['分档', '五星=90;四星=95'], // row 3: four stars need more than five
        ['比例控制', '等级=9;最多=10%'], // row 4: no level 9 in these bands
        ['同分排序', '维度=Z'], // row 5
        ['颜色', '红'], // row 6
        ['精度', '三位'], // row 7
        ['星间关系', '星=A;关系=压轴'], // row 8: only for per-star
      ]),
    );
    expect(sortByRow(rows(problems))).toEqual([
      ['bands-not-descending', 3],
      ['quota-unknown-level', 4],
      ['tie-breaker-unknown-dimension', 5],
      ['scheme-key-unknown', 6],
      ['scheme-value-invalid', 7],
      ['scheme-key-unused', 8],
    ]);
    expect(problems.find((p) => p.code === 'bands-not-descending')?.params).toMatchObject({
      sheet: '评定规则',
      level: 5,
      lowerLevel: 4,
    });
  });

  it('reports a missing scheme sheet, a missing header and missing columns', async () => {
    const nodes: Row[] = [['A', '', '甲', '维度', 10, '']];
    expect(rows(await problemsOf(workbook(nodes, null)))).toContainEqual([
      'sheet-missing',
      undefined,
    ]);
    const noKind = await problemsOf(workbook(nodes, [['精度', 2]]));
    expect(noKind.map((p) => p.code)).toContain('scheme-kind-missing');

    const noHeader = new ExcelJS.Workbook();
    noHeader.addWorksheet('指标体系').addRow(['随便', '写点', '什么']);
    expect(rows(await problemsOf(noHeader))).toEqual([['header-missing', undefined]]);

    const fewColumns = new ExcelJS.Workbook();
    fewColumns.addWorksheet('指标体系').addRow(['编码', '名称', '上级编码', '说明']);
    expect(rows(await problemsOf(fewColumns))).toEqual([
      ['column-missing', 1],
      ['column-missing', 1],
    ]);

    const empty = new ExcelJS.Workbook();
    empty.addWorksheet('Sheet1');
    expect(rows(await problemsOf(empty))).toEqual([['sheet-missing', undefined]]);
  });
});
