/** The campaigns capability's public face: what other capabilities may use. */
export type { CreateCampaignInput } from './service';
export {
  insertCampaignWithRounds,
  listCampaignSummaries,
  requireCampaign,
  toSummary,
} from './service';
