/** Screens inside one campaign, in menu order. */
export const CAMPAIGN_SECTIONS = [
  'overview',
  'branches',
  'evaluators',
  'grid',
  'progress',
  'rubric',
  'ranking',
  'meetings',
  'publication',
  'exchange',
] as const;
export type CampaignSection = (typeof CAMPAIGN_SECTIONS)[number];

export type Route =
  | { name: 'campaigns' }
  | { name: 'counties' }
  | { name: 'county'; countyId: string }
  | { name: 'campaign'; campaignId: string; section: CampaignSection }
  | { name: 'rubrics' }
  | { name: 'backups' }
  | { name: 'rubricEdit'; rubricId: string }
  | {
      name: 'sheet';
      campaignId: string;
      roundId: string | null;
      branchId: string | null;
      /** null = the branch's self-assessment (`evaluator=self`). */
      evaluatorId: string | null;
      /** The screen the sheet was opened from, for the way back. */
      from: CampaignSection | null;
    }
  /** The projector page of a meeting: its own window or tab, without the app's shell. */
  | { name: 'projector'; meetingId: string }
  | { name: 'notFound'; hash: string };

function isSection(value: string): value is CampaignSection {
  return (CAMPAIGN_SECTIONS as readonly string[]).includes(value);
}

/** `#/`, `#/campaigns/<id>/<section>`; an empty hash is the campaign list, the home screen. */
export function parseHash(hash: string): Route {
  // A screen may keep its own state after `?` (the ranking's filters); it is not part of the route.
  const path = hash.replace(/^#/, '').replace(/\?.*$/, '').replace(/\/+$/, '');
  if (path === '' || path === '/campaigns') return { name: 'campaigns' };
  if (path === '/rubrics') return { name: 'rubrics' };
  if (path === '/counties') return { name: 'counties' };
  const projector = /^\/projector\/([^/]+)$/.exec(path);
  if (projector?.[1]) return { name: 'projector', meetingId: decodeURIComponent(projector[1]) };
  if (path === '/backups') return { name: 'backups' };
  const county = /^\/counties\/([^/]+)$/.exec(path);
  if (county?.[1]) return { name: 'county', countyId: decodeURIComponent(county[1]) };
  const edit = /^\/rubrics\/([^/]+)\/edit$/.exec(path);
  if (edit?.[1]) return { name: 'rubricEdit', rubricId: decodeURIComponent(edit[1]) };
  const sheet = /^\/campaigns\/([^/]+)\/sheet$/.exec(path);
  if (sheet?.[1]) {
    const query = new URLSearchParams(/\?(.*)$/.exec(hash)?.[1] ?? '');
    const evaluator = query.get('evaluator');
    const from = query.get('from') ?? '';
    return {
      name: 'sheet',
      campaignId: decodeURIComponent(sheet[1]),
      roundId: query.get('round'),
      branchId: query.get('branch'),
      evaluatorId: evaluator === null || evaluator === 'self' ? null : evaluator,
      from: isSection(from) ? from : null,
    };
  }
  const match = /^\/campaigns\/([^/]+)(?:\/([a-z]+))?$/.exec(path);
  if (match?.[1]) {
    const section = match[2] ?? 'overview';
    if (isSection(section)) {
      return { name: 'campaign', campaignId: decodeURIComponent(match[1]), section };
    }
  }
  return { name: 'notFound', hash };
}

export function campaignsHref(): string {
  return '#/';
}

export function campaignHref(campaignId: string, section: CampaignSection = 'overview'): string {
  return `#/campaigns/${encodeURIComponent(campaignId)}/${section}`;
}

export function countiesHref(): string {
  return '#/counties';
}

/** A county's own page: its names and its townships and branches, before any campaign. */
export function countyHref(countyId: string): string {
  return `#/counties/${encodeURIComponent(countyId)}`;
}

/** 备份与恢复 (issue #15). */
export function backupsHref(): string {
  return '#/backups';
}

export function rubricsHref(): string {
  return '#/rubrics';
}

export function rubricEditHref(rubricId: string): string {
  return `#/rubrics/${encodeURIComponent(rubricId)}/edit`;
}

/**
 * One evaluator's score sheet for a branch in a round; evaluatorId null = self-assessment.
 * `from` names the screen it was opened from, which the sheet's breadcrumbs lead back to.
 */
export function sheetHref(
  campaignId: string,
  roundId: string,
  branchId: string,
  evaluatorId: string | null,
  from?: CampaignSection | null,
): string {
  const query = new URLSearchParams({
    round: roundId,
    branch: branchId,
    evaluator: evaluatorId ?? 'self',
    ...(from ? { from } : {}),
  });
  return `#/campaigns/${encodeURIComponent(campaignId)}/sheet?${query.toString()}`;
}
