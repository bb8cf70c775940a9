export interface BranchImportCardProps {
  campaignId: string;
}

/** Placeholder until the feature is built: renders nothing. */
export function BranchImportCard({ campaignId }: BranchImportCardProps) {
  return <div hidden data-campaign={campaignId} />;
}
