import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../support';
import { findCycles, importGraph } from './import-graph';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

function files(layout: Record<string, string>): void {
  for (const [path, text] of Object.entries(layout)) {
    mkdirSync(join(tmp.dir, path, '..'), { recursive: true });
    writeFileSync(join(tmp.dir, path), text);
  }
}

describe('import cycles', () => {
  it('main-side and shared code import nothing that imports them back', () => {
    const graph = importGraph(['electron', 'shared'], process.cwd());
    // The walk found the code (and so would find a cycle in it).
    expect(graph.get('electron/services/handlers.ts')).toContain(
      'electron/services/sheets/handlers.ts',
    );
    expect(findCycles(graph)).toEqual([]);
  });

  it('the renderer imports nothing that imports it back (.tsx included)', () => {
    const graph = importGraph(['renderer/src'], process.cwd());
    expect(graph.get('renderer/src/features/ranking/RankingPage.tsx')).toContain(
      'renderer/src/features/ranking/RankingScreen.tsx',
    );
    expect(findCycles(graph)).toEqual([]);
  });

  it('finds a deliberate cycle between two renderer features', () => {
    files({
      'renderer/src/features/a/A.tsx': "import { B } from '../b/B';\nexport const A = () => B;\n",
      'renderer/src/features/b/B.tsx': "import { A } from '../a/A';\nexport const B = () => A;\n",
    });
    expect(findCycles(importGraph(['renderer'], tmp.dir))).toEqual([
      ['renderer/src/features/a/A.tsx', 'renderer/src/features/b/B.tsx'],
    ]);
  });

  it('finds deliberate cycles, through index files and type imports, and names their files', () => {
    files({
      'electron/services/a/index.ts': "export { a } from './service';\n",
      'electron/services/a/service.ts': "import { b } from '../b';\nexport const a = () => b;\n",
      'electron/services/b/index.ts': "export { b } from './service';\n",
      'electron/services/b/service.ts':
        "import { a } from '../a';\nimport type { T } from '../c';\nexport const b = () => a;\nexport type U = T;\n",
      'electron/services/c/index.ts': "import type { U } from '../b';\nexport type T = U;\n",
    });
    const cycles = findCycles(importGraph(['electron'], tmp.dir));
    expect(cycles).toEqual([
      [
        'electron/services/a/index.ts',
        'electron/services/a/service.ts',
        'electron/services/b/index.ts',
        'electron/services/b/service.ts',
        'electron/services/c/index.ts',
      ],
    ]);
  });
});
