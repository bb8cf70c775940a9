import { describe, expect, it } from 'vitest';
import { loadDemoRubric } from '../../../electron/services/demo/service';
import { listTemplates } from '../../../electron/services/rubrics/templates';
import type { RubricDefinition } from '../../../shared/domain/rubric';
import { validateRubric } from '../../../shared/domain/rubric-validate';
import { allFeatures, exportRubricFile, importRubricFile, loadWorkbook } from './support';

function sources(): { name: string; definition: RubricDefinition }[] {
  const templates = listTemplates().map((t) => {
    const { definition } = validateRubric(t.definition);
    if (!definition) throw new Error(`template ${t.id} invalid`);
    return { name: t.name, definition };
  });
  return [...templates, { name: '演示指标体系', definition: loadDemoRubric() }, allFeatures()];
}

describe('rubric workbooks: export then import', () => {
  it('gives back the same rubric for every template, the demo and the all-features fixture', async () => {
    const all = sources();
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const { name, definition } of all) {
      const file = await exportRubricFile(name, definition, 'xlsx');
      expect(file.fileName.endsWith('.xlsx')).toBe(true);
      const back = await importRubricFile(file);
      expect(back.problems, name).toEqual([]);
      expect(back.name).toBe(name);
      expect(back.definition, name).toStrictEqual(definition);
    }
  });

  it('still gives back the same rubric after another round (export is stable)', async () => {
    const { name, definition } = allFeatures();
    const once = await importRubricFile(await exportRubricFile(name, definition, 'xlsx'));
    const twice = await importRubricFile(
      await exportRubricFile(once.name, once.definition!, 'xlsx'),
    );
    expect(twice.definition).toStrictEqual(definition);
  });

  it('writes a readable sheet: title, bilingual frozen header, widths, type dropdown', async () => {
    const { name, definition } = allFeatures();
    const wb = await loadWorkbook(await exportRubricFile(name, definition, 'xlsx'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['指标体系', '评定规则']);
    const ws = wb.getWorksheet('指标体系')!;
    expect(ws.getCell('A1').value).toBe(name);
    expect(ws.getRow(2).values).toEqual([
      undefined,
      '编码 (code)',
      '上级编码 (parent)',
      '名称 (name)',
      '英文名称 (English name)',
      '类型 (type)',
      '分值 (maximum)',
      '评分规则 (rule)',
      '参数 (parameters)',
    ]);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getColumn(7).width).toBeGreaterThan(40);
    const validation = ws.getCell('E3').dataValidation;
    expect(validation.type).toBe('list');
    expect(String(validation.formulae[0])).toContain('维度,dimension,指标,indicator,计分,points');
    // One row per node, the first a dimension, maxima as plain numbers of points.
    expect(ws.getRow(3).values).toEqual([
      undefined,
      'D1',
      '',
      '基础工作',
      'Basic work',
      '维度',
      60,
      '',
      '加分上限=5',
    ]);
    const byCode = new Map<string, (string | number)[]>();
    ws.eachRow((row) => {
      const values = (row.values as (string | number)[]).slice(1);
      byCode.set(String(values[0]), values);
    });
    expect(byCode.get('D1.1.2')?.[7]).toBe(
      'a:优\\;秀/Excellent \\/ top=20;b2:良\\:好\\==12.5;差=0',
    );
    expect(byCode.get('D1.1.6')?.[7]).toBe('门槛=90%;效果=最高二星');
    expect(byCode.get('D2.1.1')?.slice(4)).toEqual(['扣分', 30, '', '每处=2.5']);
    expect(byCode.get('D2.1.2')?.[7]).toBe('范围=评定;效果=最高二星');
    expect(byCode.get('D2.1.3')?.[7]).toBe('范围=评定;效果=不予评定');
    const scheme = wb.getWorksheet('评定规则')!;
    const schemeRows = new Map<string, unknown[]>();
    scheme.eachRow((row) => {
      const [key, ...rest] = (row.values as unknown[]).slice(1);
      schemeRows.set(String(key), [...(schemeRows.get(String(key)) ?? []), rest[0]]);
    });
    expect(schemeRows.get('评定方式 (kind)')).toEqual(['加权分档']);
    expect(schemeRows.get('分档 (bands)')).toEqual(['3=45;2=30;1=0']);
    expect(schemeRows.get('加权部分 (weighted part)')).toEqual([
      '加=D1;减=D3;权重=70%',
      '加=D2;权重=30%',
    ]);
    expect(schemeRows.get('比例控制 (quota)')).toEqual([
      '等级=3;最多=12.5%;范围=各乡镇;并列=全部保留',
      '等级=2;最多=40;最少=3;范围=全县;并列=全部降档',
      '等级=1;最少=10%;范围=全县;并列=全部降档',
    ]);
    expect(schemeRows.get('满分 (maximum)')).toEqual([100]);
  });
});
