import { describe, expect, it } from 'vitest';
import { cells, expectTranslatable, payload, preview, sheetBytes, useServices } from './support';

const { services, campaignId } = useServices();
const look = async (fileName: string, bytes: Buffer, extra: Record<string, unknown> = {}) => {
  const p = await preview(services(), {
    campaignId: campaignId(),
    file: payload(fileName, bytes),
    ...extra,
  });
  for (const problem of [...p.fileProblems, ...p.rows.flatMap((r) => r.problems)])
    expectTranslatable(problem);
  return p;
};
const names = (p: Awaited<ReturnType<typeof look>>) =>
  p.rows.filter((r) => r.status === 'new').map((r) => [r.township, r.name, r.branchType]);

describe('workbooks laid out differently from the fixture', () => {
  it('finds a header on row 7 and columns in another order, without merges', async () => {
    const bytes = await sheetBytes([
      ['2026年村级党组织名册'],
      [],
      ['填报单位:某县委组织部'],
      [],
      [],
      ['单位:个'],
      ['党组织名称', '备注', '支部类型', '所属乡镇'],
      ['红旗村', null, '村', '河东镇'],
      ['光明社区', null, '社区', '河东镇'],
      ['新华村', null, '其他', '河西乡'],
    ]);
    const p = await look('名册.xlsx', bytes);
    expect(p.headerRow).toBe(7);
    expect(p.suggested).toEqual({ township: 4, name: 1, type: 3 });
    expect(names(p)).toEqual([
      ['河东镇', '红旗村', 'rural'],
      ['河东镇', '光明社区', 'community'],
      ['河西乡', '新华村', 'other'],
    ]);
  });

  it('carries a township down into cells left blank under it', async () => {
    const bytes = await sheetBytes([
      ['镇(街道)', '村名', '类型'],
      ['河东镇', '红旗村', '行政村'],
      [null, '东风村', '农村'],
      ['  ', '向阳社区', '城市社区'],
      ['新城街道', '光明社区', null],
    ]);
    const p = await look('blank.xlsx', bytes);
    expect(p.rows.map((r) => [r.township, r.townshipFilled])).toEqual([
      ['河东镇', false],
      ['河东镇', true],
      ['河东镇', true],
      ['新城街道', false],
    ]);
    // An empty type cell: the name says it.
    expect(p.rows[3]?.branchType).toBe('community');
  });

  it('accepts numbers stored as text and full-width spaces, and matches names by NFKC', async () => {
    const bytes = await sheetBytes([
      ['序号', '乡镇', '村(社区)名称', '类型'],
      ['1', '\u3000河东镇\u00a0', '红旗村\u3000', '村'],
      ['2', '河东镇', '红旗村', '村'],
      ['3', '河东镇', 'ＡＢ社区', '社区'],
      ['4', '河东镇', 'AB社区 ', '社区'],
    ]);
    const p = await look('text.xlsx', bytes);
    expect(p.rows.map((r) => [r.row, r.status, r.name, r.duplicateOf ?? null])).toEqual([
      [2, 'new', '红旗村', null],
      [3, 'duplicate', '红旗村', 2],
      [4, 'new', 'ＡＢ社区', null],
      [5, 'duplicate', 'AB社区', 4],
    ]);
  });

  it('names the sheet and cell of every error: error values, empty names, a number as a name', async () => {
    const bytes = await sheetBytes(
      [
        ['乡镇', '村名', '类型'],
        ['河东镇', '红旗村', '村'],
        ['河东镇', null, '村'],
        ['河东镇', 12, '村'],
        ['河东镇', '东风村', null],
        [null, null, null],
      ],
      (ws) => {
        ws.getCell('C5').value = { error: '#N/A' };
        ws.getCell('A6').value = '小计';
      },
    );
    const p = await look('errors.xlsx', bytes);
    expect(cells(p)).toEqual([
      ['name-missing', 'B3'],
      ['name-invalid', 'B4'],
      ['cell-error', 'C5'],
    ]);
    expect(p.rows.find((r) => r.row === 5)?.problems[0]).toMatchObject({ sheet: '名单', row: 5 });
    expect(p.counts).toMatchObject({ new: 1, error: 3, skipped: 1 });
  });

  it('reads a township written on a line of its own as the heading of the villages below', async () => {
    const bytes = await sheetBytes([
      ['乡镇', '村名', '类型'],
      ['河东镇', null, null],
      [null, '红旗村', '村'],
      [null, '东风村', '村'],
      ['河西乡', null, null],
      [null, '光明社区', '社区'],
    ]);
    const p = await look('headings.xlsx', bytes);
    expect(p.rows.map((r) => [r.row, r.status, r.skipReason ?? null])).toEqual([
      [2, 'skipped', 'heading'],
      [3, 'new', null],
      [4, 'new', null],
      [5, 'skipped', 'heading'],
      [6, 'new', null],
    ]);
    expect(names(p)).toEqual([
      ['河东镇', '红旗村', 'rural'],
      ['河东镇', '东风村', 'rural'],
      ['河西乡', '光明社区', 'community'],
    ]);
  });

  it('says when no township is above an empty township cell', async () => {
    const bytes = await sheetBytes([
      ['乡镇', '村名'],
      [null, '红旗村'],
    ]);
    const p = await look('orphan.xlsx', bytes);
    expect(cells(p)).toEqual([['township-missing', 'A2']]);
  });

  it('lets the user override the mapping and pick another sheet', async () => {
    const bytes = await sheetBytes(
      [
        ['乡镇', '村名', '别名'],
        ['河东镇', '红旗村', '红旗村党支部'],
      ],
      (ws) => {
        const other = ws.workbook.addWorksheet('社区');
        other.addRow(['街道', '社区名称']);
        other.addRow(['新城街道', '光明社区']);
      },
    );
    const mapped = await look('two.xlsx', bytes, { mapping: { township: 1, name: 3, type: null } });
    expect(names(mapped)).toEqual([['河东镇', '红旗村党支部', 'rural']]);
    const second = await look('two.xlsx', bytes, { sheetName: '社区' });
    expect(second.sheets).toEqual(['名单', '社区']);
    expect(names(second)).toEqual([['新城街道', '光明社区', 'community']]);
  });

  it('reports a mapping without a name column, or one column used twice', async () => {
    const bytes = await sheetBytes([
      ['乡镇', '村名'],
      ['河东镇', '红旗村'],
    ]);
    const missing = await look('m.xlsx', bytes, {
      mapping: { township: 1, name: null, type: null },
    });
    expect(missing.fileProblems.map((x) => [x.code, x.params?.field])).toEqual([
      ['column-missing', 'name'],
    ]);
    const twice = await look('m.xlsx', bytes, { mapping: { township: 1, name: 1, type: null } });
    expect(twice.fileProblems.map((x) => x.code)).toEqual(['column-repeated']);
    expect(missing.rows).toEqual([]);
  });

  it('reports a sheet without a recognisable header', async () => {
    const p = await look(
      'nohead.xlsx',
      await sheetBytes([
        ['甲', '乙'],
        ['河东镇', '红旗村'],
      ]),
    );
    expect(p.fileProblems.map((x) => [x.code, x.sheet])).toEqual([['header-missing', '名单']]);
    expect(p.columns.map((c) => c.letter)).toEqual(['A', 'B']);
  });
});
