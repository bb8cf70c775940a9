import type { PrintedCheckpoint } from '../../documents/docx';
import { qrPng } from '../../documents/qr-png';
import { frozenCheckpoint } from '../../store/queries/checkpoints';
import type { ServiceContext } from '../context';
import { checkpointFingerprint } from './checkpoint';

/**
 * The round's current freeze (定稿) as documents print it (the minutes, the notice, the naming
 * decision): its fingerprint and version, with a QR code of the same text, so a printout can
 * be checked against the file (`xingping verify --fingerprint`). Null when not frozen.
 */
export function printedCheckpoint(ctx: ServiceContext, roundId: string): PrintedCheckpoint | null {
  const row = frozenCheckpoint(ctx.db, roundId);
  if (!row) return null;
  const fingerprint = checkpointFingerprint(row);
  return {
    fingerprint,
    version: row.version,
    qrPng: qrPng(
      `XINGPING-CHECKPOINT v${row.version} ${fingerprint.replace(/ /g, '')} ${row.root}`,
    ),
  };
}
