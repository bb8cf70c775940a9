import { z } from 'zod';
import type { EvidenceContent, EvidenceFileView } from '../domain/views/evidence';
import { file, id, method } from './method';

/** Item codes as the rubric writes them; checked against the sheet's rubric by the service. */
const itemCode = z.string().trim().min(1).max(50).nullable();
/** Checked for a real reason (not blank) by the service, which names the problem. */
const reason = z.string().max(500);

/** Evidence files attached to a score sheet or one of its items (issue #4). */
export const evidenceContract = {
  'evidence.list': method(z.strictObject({ sheetId: id })).returns<EvidenceFileView[]>(),
  'evidence.add': method(
    z.strictObject({ sheetId: id, itemCode, file }),
  ).returns<EvidenceFileView>(),
  'evidence.get': method(z.strictObject({ id })).returns<EvidenceContent>(),
  'evidence.remove': method(z.strictObject({ id, reason })).returns<EvidenceFileView>(),
} as const;
