import { z } from 'zod';
import type { EvidenceFileView, EvidenceLink } from '../domain/views/evidence';
import { fileId } from './files';
import { id, method } from './method';

/** Item codes as the rubric writes them; checked against the sheet's rubric by the service. */
const itemCode = z.string().trim().min(1).max(50).nullable();
/** Checked for a real reason (not blank) by the service, which names the problem. */
const reason = z.string().max(500);

/** Evidence files attached to a score sheet or one of its items (issue #4). */
export const evidenceContract = {
  'evidence.list': method(z.strictObject({ sheetId: id })).returns<EvidenceFileView[]>(),
  'evidence.add': method(
    z.strictObject({ sheetId: id, itemCode, fileId }),
  ).returns<EvidenceFileView>(),
  /** A one-time link to the file's bytes, to show (image, PDF, text) or save. */
  'evidence.get': method(z.strictObject({ id })).returns<EvidenceLink>(),
  'evidence.remove': method(z.strictObject({ id, reason })).returns<EvidenceFileView>(),
} as const;
