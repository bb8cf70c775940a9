export interface ScoreTemplateCardProps {
  campaignId: string;
}

/** Placeholder until the feature is built: renders nothing. */
export function ScoreTemplateCard({ campaignId }: ScoreTemplateCardProps) {
  return <div hidden data-campaign={campaignId} />;
}
