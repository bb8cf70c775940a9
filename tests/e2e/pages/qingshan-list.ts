import ExcelJS from 'exceljs';

/**
 * 青山县's branch list as a township office sends it: a title and a unit line above the header,
 * township cells merged down, subtotal rows, a footer, a trailing full-width space, and one
 * village written twice (石门村党支部, later 石门村). 桃源村 is already in the registry as
 * 桃源村党支部 when it is imported. Nothing in it is the demo's.
 */
export const QINGSHAN_LIST = {
  townships: {
    云溪镇: [
      ['石门村党支部', '行政村'],
      ['桃源村', '行政村'],
      ['云溪社区', '城市社区'],
      ['石门村', '行政村'],
      ['龙潭村\u3000', '农村'],
    ],
    石门乡: [
      ['上坝村', '行政村'],
      ['下坝村党总支', '行政村'],
      ['中坝村', '行政村'],
      ['坝头社区', '城市社区'],
    ],
    城南街道: [
      ['锦江社区党委', '城市社区'],
      ['南湖社区', '城市社区'],
      ['青山村', '农村'],
    ],
    白云镇: [
      ['白云村', '行政村'],
      ['岭下村', '行政村'],
    ],
  } as Record<string, [string, string][]>,
};

export async function writeQingshanList(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(['青山县村(社区)党组织基本情况统计表']);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['填报单位(盖章):中共青山县委组织部        填报日期:2026年1月']);
  sheet.addRow(['序号', '乡镇(街道)', '村(社区)名称', '类型', '党组织书记', '党员数']);
  let no = 0;
  for (const [township, branches] of Object.entries(QINGSHAN_LIST.townships)) {
    const first = sheet.rowCount + 1;
    for (const [name, type] of branches) {
      no += 1;
      sheet.addRow([no, township, name, type, '张三', 30 + no]);
    }
    // The township is written once, merged over its villages, as such lists usually are.
    sheet.mergeCells(first, 2, sheet.rowCount, 2);
    sheet.addRow([null, '小计', null, null, null, branches.length]);
  }
  sheet.addRow([null, '合计', null, null, null, no]);
  sheet.addRow([]);
  sheet.addRow(['填表人:            审核人:            联系电话:']);
  await workbook.xlsx.writeFile(file);
}
