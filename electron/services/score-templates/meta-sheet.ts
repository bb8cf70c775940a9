import type { Workbook } from 'exceljs';
import type { TemplateLayout } from '../../../shared/domain/views/score-templates';
import { TEMPLATE_LAYOUTS } from '../../../shared/domain/views/score-templates';
import { readText } from '../../workbook/xlsx-cells';
import type { MetaBranch, TemplateMeta } from './structure';
import { fingerprint, FORMAT_MARK, FORMAT_VERSION, META_SHEET } from './structure';
import { templateError } from './template-error';

const SCALARS = [
  'campaignId',
  'roundId',
  'evaluatorId',
  'townshipId',
  'rubricVersionId',
  'layout',
  'language',
  'exportedAt',
] as const;

/** The ids the import matches by, on a sheet Excel's menus cannot unhide. */
export function writeMetaSheet(wb: Workbook, meta: TemplateMeta): void {
  const ws = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  ws.addRow([FORMAT_MARK, FORMAT_VERSION]);
  for (const key of SCALARS) ws.addRow([key, meta[key] ?? '']);
  ws.addRow(['fingerprint', fingerprint(meta)]);
  ws.addRow(['items', meta.items.join(',')]);
  for (const b of meta.branches) {
    ws.addRow(['branch', b.branchId, b.sheetName, b.row, b.version, b.status]);
  }
}

/** Reads the hidden sheet back; a workbook without one, or with an altered one, is refused. */
export function readMetaSheet(wb: Workbook, fileName: string): TemplateMeta {
  const ws = wb.getWorksheet(META_SHEET);
  if (!ws || readText(ws.getCell(1, 1)) !== FORMAT_MARK)
    throw templateError('template-not-template', fileName);
  const values = new Map<string, string>();
  const branches: MetaBranch[] = [];
  ws.eachRow((row) => {
    const key = readText(row.getCell(1));
    if (key === 'branch') {
      const status = readText(row.getCell(6));
      branches.push({
        branchId: readText(row.getCell(2)),
        sheetName: readText(row.getCell(3)),
        row: Number(readText(row.getCell(4))),
        version: Number(readText(row.getCell(5))),
        status: status === 'submitted' ? 'submitted' : 'draft',
      });
    } else {
      values.set(key, readText(row.getCell(2)));
    }
  });
  const layout = values.get('layout') as TemplateLayout;
  const meta: TemplateMeta = {
    campaignId: values.get('campaignId') ?? '',
    roundId: values.get('roundId') ?? '',
    evaluatorId: values.get('evaluatorId') || null,
    townshipId: values.get('townshipId') || null,
    rubricVersionId: values.get('rubricVersionId') ?? '',
    layout,
    language: values.get('language') ?? 'zh-CN',
    exportedAt: values.get('exportedAt') ?? '',
    items: (values.get('items') ?? '').split(',').filter((c) => c !== ''),
    branches,
  };
  if (!TEMPLATE_LAYOUTS.includes(layout) || fingerprint(meta) !== values.get('fingerprint'))
    throw templateError('template-fingerprint', fileName);
  return meta;
}
