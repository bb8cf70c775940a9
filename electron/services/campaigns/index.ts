/** The campaigns capability's public face: what other capabilities may use. */
export { insertCampaignWithRounds, requireCampaign, toSummary } from './service';
