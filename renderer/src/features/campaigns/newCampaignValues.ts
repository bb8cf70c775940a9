import type { BranchType } from '../../../../shared/domain/org';

/** The new-campaign form's values; its own module, so the form's parts need not import each other. */
export interface NewCampaignValues {
  name: string;
  year: number;
  countyId: string;
  rubricVersionId: string;
  townshipIds: string[];
  branchTypes: BranchType[];
}
