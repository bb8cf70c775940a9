import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RubricItem } from '../../../shared/domain/rubric';
import type { SheetView } from '../../../shared/domain/views';
import type { AppServices } from '../../../electron/services/app';
import { writePackageHere } from '../../../electron/services/exchange/service';
import { qingshanCampaign, setUpQingshan } from '../county/qingshan';
import { call, sequentialIds, tempDir } from '../support';
import { mergeInProcess, openLaptop } from './laptops';
import { conflictCells, travellingTables } from './tables-dump';

/**
 * The exchange's promise, over real databases: three laptops edit apart and exchange packages
 * in any order, any number of times; once each has received everything, all three hold the
 * same tables and the same conflicts.
 */
type Action =
  | { kind: 'edit'; laptop: number; sheet: number; item: number; value: number }
  | { kind: 'send'; from: number; to: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    laptop: fc.nat(2),
    // Few cells, so laptops often change the same one apart.
    sheet: fc.nat(1),
    item: fc.nat(1),
    value: fc.nat(2),
  }),
  fc.record({ kind: fc.constant('send' as const), from: fc.nat(2), to: fc.nat(2) }),
);

describe('three laptops exchanging in random orders', () => {
  it('end with identical tables and identical conflicts', async () => {
    let conflictsSeen = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 4, maxLength: 14 }), async (actions) => {
        const tmp = tempDir();
        const laptops: AppServices[] = [];
        try {
          const county = openLaptop(join(tmp.dir, 'county'), '王芳', sequentialIds());
          laptops.push(county);
          const q = await setUpQingshan(county);
          const c = await qingshanCampaign(county, q);
          // The county opens the sheets before sending the campaign: a sheet made apart on two
          // laptops would be two rows for one (round, branch, evaluator), which is refused.
          const sheets: string[] = [];
          const rural = Object.entries(q.branches).filter(([name]) => name.endsWith('村'));
          for (const [, branchId] of rural.slice(0, 3)) {
            const sheet = await call<SheetView>(county, 'sheets.open', {
              roundId: c.rounds.township,
              branchId,
              evaluatorId: c.evaluators.township,
            });
            sheets.push(sheet.id);
          }
          const items = c.items.filter((i) => i.type === 'points').slice(0, 3);
          let packages = 0;
          const send = async (from: AppServices, to: AppServices) => {
            if (from === to) return;
            const file = join(tmp.dir, `p${++packages}.xpsync`);
            await writePackageHere(from.ctx, { kind: 'all' }, file);
            await mergeInProcess(to, file);
          };
          for (const name of ['yunxi', 'shimen']) {
            const other = openLaptop(join(tmp.dir, name), name);
            laptops.push(other);
            await send(county, other);
          }
          for (const step of actions) {
            if (step.kind === 'send') await send(laptops[step.from]!, laptops[step.to]!);
            else
              await edit(laptops[step.laptop]!, sheets[step.sheet]!, items[step.item]!, step.value);
          }
          // Everyone receives everything (twice round, so relayed operations arrive too).
          for (let round = 0; round < 2; round++)
            for (const from of laptops) for (const to of laptops) await send(from, to);
          const [first, ...rest] = laptops.map((services) => ({
            tables: travellingTables(services.ctx.db),
            conflicts: conflictCells(services.ctx.db),
          }));
          for (const other of rest) expect(other).toEqual(first);
          conflictsSeen += first?.conflicts.length ?? 0;
        } finally {
          for (const services of laptops) services.close();
          tmp.cleanup();
        }
      }),
      { numRuns: 5, seed: 160516 },
    );
    // The runs must have exercised the rule: some edits were made apart and disagreed.
    expect(conflictsSeen).toBeGreaterThan(0);
  }, 240_000);
});

async function edit(services: AppServices, sheetId: string, item: RubricItem, value: number) {
  const sheet = await call<SheetView>(services, 'sheets.get', { sheetId });
  const step = item.step ?? 1;
  const points = Math.max(0, item.max - value * step);
  await call(services, 'scores.save', {
    sheetId,
    expectedVersion: sheet.version,
    entries: [{ item: item.code, value: { points } }],
  });
}
