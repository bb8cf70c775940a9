import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { BranchImportPreview } from '../../../shared/domain/views/branch-import';
import type { RubricImportResult } from '../../../shared/domain/views';
import en from '../../../shared/locales/en.json';
import zhCN from '../../../shared/locales/zh-CN.json';
import { createQingshan } from '../../fixtures/qingshan-county';
import { call, holdFile, tempDir, testServices } from '../support';

/**
 * Row 7 and 8 of the reliability table: every file of the odd and hostile corpus
 * (`tests/fixtures/workbooks`, made by its `generate.mjs`) through every import path — branch
 * list, rubric file, score template — as a user would send it, in the workers with their real
 * limits: a correct import, or a translated error naming the file; never a change to the data.
 */
interface CorpusFile {
  name: string;
  expect: { branchList?: string; all?: string };
  about: string;
}

const DIR = join(__dirname, '../../fixtures/workbooks');
const CORPUS = JSON.parse(readFileSync(join(DIR, 'corpus.json'), 'utf8')) as CorpusFile[];
const TEMPLATE_CODES: Record<string, string> = {
  'not-xlsx': 'template-not-xlsx',
  'xlsx-damaged': 'template-damaged',
  'zip-too-large': 'template-too-large',
};
const BRANCHES = ['石门村党支部', '桃源村党支部', '云溪社区党支部'];

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let countyId: string;
let campaignId: string;

beforeAll(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'corpus.sqlite'), false);
  ({ campaignId, countyId } = await createQingshan((m, input) => call(services, m, input)));
});
afterAll(() => {
  services.close();
  tmp.cleanup();
});

/** Every table's row count and the audit trail's last id: any write changes it. */
function fingerprint(): string {
  const db = services.ctx.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return tables
    .map(({ name }) => {
      const row = db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number };
      return `${name}:${row.n}`;
    })
    .join(',');
}

const hold = (file: CorpusFile) =>
  holdFile(services, { fileName: file.name, bytes: readFileSync(join(DIR, file.name)) });

function has(section: Record<string, unknown>, key: string): boolean {
  const text = section[key];
  return typeof text === 'string' && text.includes('{{file}}');
}

describe('odd and hostile workbooks through every import path', () => {
  it('has a corpus on disk that its generator describes', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CORPUS.map((f) => [f.name, f] as const))('%s', async (_name, file) => {
    const before = fingerprint();
    const expected = file.expect.all ?? file.expect.branchList ?? 'error';

    // Branch list (preview: reads in its worker, writes nothing).
    const previewFile = await hold(file);
    const preview = await call<BranchImportPreview>(services, 'branchImport.preview', {
      countyId,
      fileId: previewFile,
      jobId: crypto.randomUUID(),
    });
    if (expected === 'ok') {
      expect(preview.fileProblems).toEqual([]);
      const names = preview.rows.map((r) => r.name);
      // The CSV control case lists one branch; the workbooks list all of them.
      for (const name of file.name.endsWith('.csv') ? BRANCHES.slice(0, 1) : BRANCHES)
        expect(names).toContain(name);
    } else {
      const [code, line] = expected.split(':');
      expect(preview.fileProblems[0]).toMatchObject({ code, params: { file: file.name } });
      if (line) expect(preview.fileProblems[0]?.params).toMatchObject({ line: Number(line) });
      // Codes that name the file say so in both languages.
      expect(has(zhCN.branchImport.problems, code!)).toBe(true);
      expect(has(en.branchImport.problems, code!)).toBe(true);
    }

    // Rubric file.
    const rubric = await call<RubricImportResult>(services, 'rubrics.importFile', {
      fileId: await hold(file),
      jobId: crypto.randomUUID(),
    });
    expect(rubric.definition).toBeNull();
    expect(rubric.problems.length).toBeGreaterThan(0);
    if (file.expect.all) {
      expect(rubric.problems[0]).toMatchObject({ code: file.expect.all });
      expect(rubric.problems[0]?.params).toMatchObject({ file: file.name });
    }

    // Score template: none of these is one, and each says which file it refused.
    const templateFile = await hold(file);
    const template = await services.registry.call('scoreTemplates.preview', {
      campaignId,
      fileId: templateFile,
      jobId: crypto.randomUUID(),
    });
    expect(template.ok).toBe(false);
    if (!template.ok) {
      expect(template.error.code).toBe('INVALID_INPUT');
      expect(template.error.details).toMatchObject({ file: file.name });
      if (file.expect.all) {
        const code = TEMPLATE_CODES[file.expect.all] ?? `template-${file.expect.all}`;
        expect(template.error.details).toMatchObject({ problem: code });
        expect(has(zhCN.scoreTemplates.fileErrors, code)).toBe(true);
        expect(has(en.scoreTemplates.fileErrors, code)).toBe(true);
      }
    }

    // Previews keep their file for the apply that may follow; the dialog lets it go.
    await call(services, 'files.release', { ids: [previewFile, templateFile] });
    expect(fingerprint()).toBe(before);
    expect(services.ctx.files.inbox.size).toBe(0);
  });
});
