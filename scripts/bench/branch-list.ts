import ExcelJS from 'exceljs';

/**
 * A province-style branch list as county clerks send it: a title row, a header, townships
 * merged down column B over their branches, a subtotal row per township and a footer line.
 */
export async function generateBranchList(rows: number, perTownship: number): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['全省村(社区)党组织名册']);
  ws.mergeCells('A1:E1');
  ws.addRow(['序号', '乡镇(街道)', '村(社区)名称', '类型', '党员数']);
  let n = 0;
  for (let t = 0; n < rows; t += 1) {
    const township = t % 7 === 0 ? `第${t}街道` : `第${t}镇`;
    const first = ws.rowCount + 1;
    for (let b = 0; b < perTownship && n < rows; b += 1, n += 1) {
      const community = b % 5 === 0;
      ws.addRow([
        n + 1,
        township,
        `${township}${b}${community ? '社区' : '村'}`,
        community ? '城市社区' : '行政村',
        30 + (b % 50),
      ]);
    }
    ws.mergeCells(first, 2, ws.rowCount, 2);
    ws.addRow([null, '小计', null, null, null]);
  }
  ws.addRow(['填表人:            审核人:']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
