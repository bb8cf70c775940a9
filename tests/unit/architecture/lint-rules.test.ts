import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import {
  capabilityBoundaries,
  featureBoundaries,
  sqlOnlyInQueries,
} from '../../../eslint.architecture.mjs';

/**
 * The architecture's lint rules, exactly as eslint.config.mjs uses them, run on small
 * deliberate violations placed (virtually) where they would sit in the repository.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
    ...capabilityBoundaries,
    ...featureBoundaries,
    sqlOnlyInQueries,
  ],
});

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('SQL lives in query modules', () => {
  const prepare = `export const one = (db: { prepare(s: string): { get(): unknown } }) =>
    db.prepare('SELECT 1').get();`;

  it('refuses prepare() in a service file and allows it in queries.ts and the store', async () => {
    expect(await problems('electron/services/campaigns/service.ts', prepare)).toEqual([
      expect.stringMatching(/^no-restricted-syntax: SQL lives in electron\/store\/queries/),
    ]);
    expect(await problems('electron/services/campaigns/queries.ts', prepare)).toEqual([]);
    expect(await problems('electron/services/progress/queries/cells.ts', prepare)).toEqual([]);
    expect(await problems('electron/store/queries/units.ts', prepare)).toEqual([]);
  });

  it('refuses SQL run with exec() and raw transactions, but not a RegExp’s exec()', async () => {
    const code = `declare const ctx: { db: { exec(s: string): void; transaction(f: () => void): () => void } };
      ctx.db.exec('DELETE FROM scores');
      ctx.db.transaction(() => undefined)();
      export const m = /a(b)/.exec('ab');`;
    const found = await problems('electron/services/sheets/service.ts', code);
    expect(found).toEqual([
      expect.stringMatching(/SQL lives in/),
      expect.stringMatching(/Every write goes through write\(\)/),
    ]);
  });
});

describe('capability folders import each other only through index.ts', () => {
  it('refuses another capability’s internal file, at any depth', async () => {
    expect(
      await problems(
        'electron/services/sheets/service.ts',
        "import { repackSheets } from '../ranking/pack';\nexport const r = repackSheets;",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*index\.ts/)]);
    expect(
      await problems(
        'electron/services/rubrics/files/export.ts',
        "import { saveScores } from '../../sheets/service';\nexport const s = saveScores;",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
  });

  it('allows the other capability’s index, its own files, the kernel and the store', async () => {
    const code = `import { repackSheets } from '../ranking';
      import { loadRubric } from '../rubrics/index';
      import type { ServiceContext } from '../context';
      import { write } from '../../store/write';
      import { branchTakingPart } from './queries';
      export const all = [repackSheets, loadRubric, write, branchTakingPart] as const;
      export type C = ServiceContext;`;
    expect(await problems('electron/services/sheets/service.ts', code)).toEqual([]);
    expect(
      await problems(
        'electron/services/rubrics/files/export.ts',
        "import { loadRubric } from '../load';\nexport const l = loadRubric;",
      ),
    ).toEqual([]);
  });

  it('lets the kernel take handlers.ts, and nobody else an internal file', async () => {
    expect(
      await problems(
        'electron/services/handlers.ts',
        "import { sheetsHandlers } from './sheets/handlers';\nexport const h = sheetsHandlers;",
      ),
    ).toEqual([]);
    expect(
      await problems(
        'electron/services/handlers.ts',
        "import { saveScores } from './sheets/service';\nexport const s = saveScores;",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
    expect(
      await problems(
        'electron/cli/main.ts',
        "import { seedDemo } from '../services/demo/service';\nexport const s = seedDemo;",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports/)]);
  });

  it('lets the worker take each capability’s tasks.ts, and no other internal file', async () => {
    expect(
      await problems(
        'electron/jobs/registry.ts',
        "import { readBranchList } from '../services/branch-import/read-file';\nexport const t = readBranchList;",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*index\.ts/)]);
    expect(
      await problems(
        'electron/jobs/registry.ts',
        "import { readBranchList } from '../services/branch-import/tasks';\nexport const t = readBranchList;",
      ),
    ).toEqual([]);
  });

  it('still keeps Electron out of services', async () => {
    expect(
      await problems(
        'electron/services/sheets/service.ts',
        "import { app } from 'electron';\nexport const a = app;",
      ),
    ).toEqual([expect.stringMatching(/run without Electron/)]);
  });
});

describe('renderer features import each other only through what they make public', () => {
  it('refuses another feature’s internal module, at any depth', async () => {
    expect(
      await problems(
        'renderer/src/features/grid/GridPage.tsx',
        "import { sortRows } from '../ranking/filters/rankingFilters';\nexport const s = sortRows;",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*RENDERER_PUBLIC/)]);
    expect(
      await problems(
        'renderer/src/features/progress/comparison/Table.tsx',
        "import { ExplanationDrawer } from '../../ranking/explain/ExplanationDrawer';\nexport const e = ExplanationDrawer;",
      ),
    ).toEqual([expect.stringMatching(/^no-restricted-imports: .*index\.ts/)]);
  });

  it('allows another feature’s index and its listed public modules, and its own files', async () => {
    const code = `import { levelName } from '../../ranking/levelName';
      import { RankingPage } from '../../ranking/index';
      import { useRows } from '../rows';
      import { call } from '../../../api/client';
      export const all = [levelName, RankingPage, useRows, call] as const;`;
    expect(await problems('renderer/src/features/progress/comparison/Table.tsx', code)).toEqual([]);
  });

  it('still refuses Node and Electron in every feature file', async () => {
    expect(
      await problems(
        'renderer/src/features/ranking/table/RankingTable.tsx',
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
      ),
    ).toEqual([expect.stringMatching(/must not use Node or Electron/)]);
  });
});
