import { describe, expect, it } from 'vitest';
import { listTemplates } from '../../../electron/services/rubrics/templates';
import { validateRubric } from '../../../shared/domain/rubric-validate';
import {
  allFeatures,
  baseRubric,
  expectTranslatable,
  exportRubricFile,
  importRubricFile,
  payload,
  readFixture,
  where,
} from './support';

const text = (bytes: Buffer) => bytes.toString('utf8');

describe('rubric JSON files', () => {
  it('exports the envelope pretty-printed in UTF-8, Chinese left readable', async () => {
    const { name, definition } = allFeatures();
    const file = await exportRubricFile(name, definition, 'json');
    expect(file.fileName).toBe('全功能测试指标体系（加权；分档=比例）.json');
    const body = text(file.bytes);
    expect(body).toContain('\n  "format": "xingping-rubric",\n  "version": 1,');
    expect(body).toContain('"name": "基础工作"');
    expect(body.endsWith('}\n')).toBe(true);
    expect(JSON.parse(body)).toEqual({ format: 'xingping-rubric', version: 1, name, definition });
  });

  it('round-trips every template and the fixture through JSON', async () => {
    const sources = [
      ...listTemplates().map((t) => ({
        name: t.name,
        definition: validateRubric(t.definition).definition,
      })),
      allFeatures(),
    ];
    for (const { name, definition } of sources) {
      if (!definition) throw new Error('template invalid');
      const back = await importRubricFile(await exportRubricFile(name, definition, 'json'));
      expect(back).toEqual({ definition, name, problems: [] });
    }
  });

  it('makes a safe file name from any rubric name', async () => {
    const file = await exportRubricFile(
      'a/b:c*?"<>|. ',
      validateRubric(baseRubric()).definition!,
      'json',
    );
    expect(file.fileName).toBe('a_b_c______.json');
  });

  it('accepts a bare definition (named after the file) and a byte-order mark', async () => {
    const bare = readFixture('bare-definition.json');
    const result = await importRubricFile(payload('D:\\评定\\2025年指标.json', bare));
    expect(result.problems).toEqual([]);
    expect(result.name).toBe('2025年指标');
    expect(result.definition?.dimensions[0]?.code).toBe('A');
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bare]);
    expect((await importRubricFile(payload('x.json', withBom))).problems).toEqual([]);
  });

  it('reports malformed JSON with its line and column', async () => {
    const broken = '{\n  "format": "xingping-rubric",\n  "version": 1\n  "name": "x"\n}';
    const result = await importRubricFile(payload('broken.json', broken));
    expect(result.definition).toBeNull();
    expect(where(result.problems)).toEqual([['json-invalid', '(file)']]);
    expect(result.problems[0]?.params).toMatchObject({ line: 4, column: 3 });
    expectTranslatable(result.problems[0]!);
  });

  it('refuses another format tag and an unknown version', async () => {
    const other = await importRubricFile(
      payload('x.json', JSON.stringify({ format: 'something-else', version: 1, definition: {} })),
    );
    expect(where(other.problems)).toEqual([['format-unknown', 'format']]);
    const newer = await importRubricFile(
      payload('x.json', JSON.stringify({ format: 'xingping-rubric', version: 2, definition: {} })),
    );
    expect(where(newer.problems)).toEqual([['version-unsupported', 'version']]);
    const stray = await importRubricFile(payload('x.json', '{"hello": "world"}'));
    expect(where(stray.problems)).toEqual([['format-unknown', '(file)']]);
    for (const p of [...other.problems, ...newer.problems, ...stray.problems])
      expectTranslatable(p);
  });

  it('passes every validation problem of the definition through', async () => {
    const def = baseRubric();
    const first = def.dimensions[0]!;
    first.passLine = 9000;
    first.indicators[0]!.items[0]!.max = 1100;
    const body = JSON.stringify({
      format: 'xingping-rubric',
      version: 1,
      name: '坏的',
      definition: def,
    });
    const result = await importRubricFile(payload('bad.json', body));
    expect(result.definition).toBeNull();
    expect(result.name).toBe('坏的');
    expect(where(result.problems)).toEqual([
      ['maximum-mismatch', 'A.1'],
      ['pass-line-above-max', 'A'],
    ]);
  });

  it('refuses a file over the 100 MB import limit before reading it', async () => {
    const big = Buffer.alloc(100 * 1024 * 1024 + 1, 0x20);
    const result = await importRubricFile(payload('big.json', big));
    expect(where(result.problems)).toEqual([['file-too-large', '(file)']]);
    expectTranslatable(result.problems[0]!);
  });
});
