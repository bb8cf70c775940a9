import { z } from 'zod';
import { entryValueSchema } from '../domain/entry';
import type { GridSaveResult, GridView } from '../domain/views/grid';
import { id, method } from './method';

/** Pasted blocks are capped: 300 branches × 60 items is a very large county sheet. */
const MAX_CELLS = 20_000;

/** Grid entry: one evaluator and round, branches × items (issue #4). */
export const gridContract = {
  /** The evaluator's assigned branches (every campaign branch for the self-assessment). */
  'grid.load': method(
    z.strictObject({
      roundId: id,
      evaluatorId: id.nullable(),
      townshipId: id.optional(),
    }),
  ).returns<GridView>(),
  /**
   * Saves cells through the score sheet's own save, per sheet, in one transaction: invalid
   * cells are refused one by one, a stale sheet version anywhere stores nothing.
   */
  'grid.save': method(
    z.strictObject({
      roundId: id,
      evaluatorId: id.nullable(),
      cells: z
        .array(
          z.strictObject({
            branchId: id,
            item: z.string().min(1).max(40),
            value: entryValueSchema.nullable(),
          }),
        )
        .min(1)
        .max(MAX_CELLS),
      versions: z
        .record(id, z.number().int().min(1))
        .refine((v) => Object.keys(v).length <= 5000, { message: 'too many sheets' }),
    }),
  ).returns<GridSaveResult>(),
} as const;
