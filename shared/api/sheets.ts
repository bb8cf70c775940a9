import { z } from 'zod';
import { entryValueSchema } from '../domain/entry';
import type { AuditEntryView, BulkSubmitPreview, SheetView } from '../domain/views/sheets';
import { id, method } from './method';

/** Score sheets, their entries, vetoes and the audit trail of a branch. */
export const sheetsContract = {
  /** Opens (creating when needed) the sheet of one evaluator, or the self-assessment, for a branch. */
  'sheets.open': method(
    z.strictObject({ roundId: id, branchId: id, evaluatorId: id.nullable() }),
  ).returns<SheetView>(),
  'sheets.get': method(z.strictObject({ sheetId: id })).returns<SheetView>(),
  /** Saves entries all-or-nothing; refused with CONFLICT when the sheet changed since. */
  'scores.save': method(
    z.strictObject({
      sheetId: id,
      expectedVersion: z.number().int().min(1),
      entries: z
        .array(
          z.strictObject({
            item: z.string().min(1).max(40),
            value: entryValueSchema.nullable(),
            remark: z.string().max(2000).optional(),
          }),
        )
        .max(500),
      remark: z.string().max(4000).optional(),
    }),
  ).returns<SheetView>(),
  'sheets.submit': method(
    z.strictObject({ sheetId: id, expectedVersion: z.number().int().min(1) }),
  ).returns<SheetView>(),
  'sheets.reopen': method(
    z.strictObject({
      sheetId: id,
      expectedVersion: z.number().int().min(1),
      reason: z.string().trim().min(2).max(2000),
    }),
  ).returns<SheetView>(),
  /**
   * Discards a draft with nothing in it (or a draft in a round of the wrong kind); the branch's
   * trail records it with whatever it held.
   */
  'sheets.discard': method(
    z.strictObject({ sheetId: id, expectedVersion: z.number().int().min(1) }),
  ).returns<{ discarded: true }>(),
  /**
   * The drafts of a round, of one evaluator (null: the self-assessments) and/or one township:
   * which are complete enough to submit, and what the others still miss. Writes nothing.
   */
  'sheets.previewBulk': method(
    z.strictObject({
      roundId: id,
      evaluatorId: id.nullable().optional(),
      townshipId: id.optional(),
    }),
  ).returns<BulkSubmitPreview>(),
  /**
   * Submits the previewed complete drafts in one write, each at the version the preview showed;
   * if any changed or is no longer complete, nothing is submitted.
   */
  'sheets.submitBulk': method(
    z.strictObject({
      roundId: id,
      sheets: z
        .array(z.strictObject({ sheetId: id, expectedVersion: z.number().int().min(1) }))
        .min(1)
        .max(5000),
    }),
  ).returns<{ submitted: number }>(),
  /** The audit trail of one branch: its sheets, scores, vetoes and decisions. */
  'audit.forBranch': method(z.strictObject({ branchId: id })).returns<AuditEntryView[]>(),
  /** A raised veto stays until someone resolves it with a reason (audited). */
  'vetoes.resolve': method(
    z.strictObject({
      roundId: id,
      branchId: id,
      itemCode: z.string().min(1).max(40),
      reason: z.string().trim().min(2).max(2000),
    }),
  ).returns<{ resolved: true }>(),
} as const;
