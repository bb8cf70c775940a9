export interface ExportCardProps {
  campaignId: string;
}

/** Placeholder until the feature is built: renders nothing. */
export function ExportCard({ campaignId }: ExportCardProps) {
  return <div hidden data-campaign={campaignId} />;
}
