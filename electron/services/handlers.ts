import { backupsHandlers } from './backups/handlers';
import { integrityHandlers } from './integrity/handlers';
import { verificationHandlers } from './verification/handlers';
import { branchImportHandlers } from './branch-import/handlers';
import { branchRegistryHandlers } from './branch-registry/handlers';
import { campaignsHandlers } from './campaigns/handlers';
import { evidenceHandlers } from './evidence/handlers';
import { exchangeHandlers } from './exchange/handlers';
import { exportsHandlers } from './exports/handlers';
import { gridHandlers } from './grid/handlers';
import { meetingsHandlers } from './meetings/handlers';
import { preferencesHandlers } from './preferences/handlers';
import { progressHandlers } from './progress/handlers';
import { publicationHandlers } from './publication/handlers';
import { rankingHandlers } from './ranking/handlers';
import { recoveryHandlers } from './recovery/handlers';
import type { Handlers } from './registry';
import { roundsHandlers } from './rounds/handlers';
import { rubricsHandlers } from './rubrics/handlers';
import { scoreTemplatesHandlers } from './score-templates/handlers';
import { sheetsHandlers } from './sheets/handlers';
import { transfersHandlers } from './transfers/handlers';

/**
 * Every capability's handlers (`<capability>/handlers.ts`, typed against its contract part, so
 * a method without a handler does not compile); the registry checks that none is missing or
 * extra.
 */
export const handlers: Handlers = {
  ...preferencesHandlers,
  ...campaignsHandlers,
  ...branchRegistryHandlers,
  ...rubricsHandlers,
  ...rankingHandlers,
  ...sheetsHandlers,
  ...roundsHandlers,
  ...branchImportHandlers,
  ...exportsHandlers,
  ...scoreTemplatesHandlers,
  ...progressHandlers,
  ...gridHandlers,
  ...evidenceHandlers,
  ...meetingsHandlers,
  ...transfersHandlers,
  ...recoveryHandlers,
  ...backupsHandlers,
  ...integrityHandlers,
  ...verificationHandlers,
  ...publicationHandlers,
  ...exchangeHandlers,
};
