import { Input, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StarRuleProblem } from '../../../../../shared/domain/publication/star-history';
import type { NamingPlan, NoticeView } from '../../../../../shared/domain/views/publication';
import { useLevelLabel } from '../useLevelLabel';

export interface NamingNote {
  branchId: string;
  reason?: string;
  exceptional?: string;
}

/** The rule problems a typed reason settles: 降星 needs a reason, 破格 its own. */
const NOTE_FIELD: Partial<Record<StarRuleProblem, 'reason' | 'exceptional'>> = {
  'reason-required': 'reason',
  'step-needs-exception': 'exceptional',
};

/** Who the naming names by level, who goes up to the city, who is held and why. */
export function NamingPlanView({
  plan,
  notice,
  campaignId,
  notes,
  onNotes,
}: {
  plan: NamingPlan;
  notice: NoticeView;
  campaignId: string;
  notes: NamingNote[];
  onNotes: (notes: NamingNote[]) => void;
}) {
  const { t } = useTranslation();
  const levelLabel = useLevelLabel(campaignId);
  const names = new Map(notice.entries.map((e) => [e.branchId, e.branchName]));
  const nameOf = (id: string) => names.get(id) ?? id;
  const count = (lists: { branchIds: string[] }[]) =>
    lists.reduce((n, l) => n + l.branchIds.length, 0);
  // A branch keeps its reason box once a reason is typed (it then leaves the held list).
  const noteFields = new Map<string, 'reason' | 'exceptional'>();
  for (const held of plan.ruleHeld)
    for (const problem of held.problems) {
      const field = NOTE_FIELD[problem];
      if (field) noteFields.set(held.branchId, field);
    }
  for (const note of notes)
    noteFields.set(note.branchId, note.exceptional !== undefined ? 'exceptional' : 'reason');
  const setNote = (branchId: string, field: 'reason' | 'exceptional', text: string) => {
    const others = notes.filter((n) => n.branchId !== branchId);
    onNotes(text.trim() === '' ? others : [...others, { branchId, [field]: text.trim() }]);
  };

  const levels = (lists: NamingPlan['lists']['county'], testId: string) =>
    lists.map((l) => (
      <div key={l.level} className="xp-publication-level" data-testid={testId}>
        <Typography.Text strong>{levelLabel(l.level)}</Typography.Text>
        <Space size={[4, 4]} wrap>
          {l.branchIds.map((id) => (
            <Tag key={id}>{nameOf(id)}</Tag>
          ))}
        </Space>
      </div>
    ));

  return (
    <div className="xp-publication-plan" data-testid="naming-plan">
      <Typography.Title level={5}>
        {t('publication.naming.county', { count: count(plan.lists.county) })}
      </Typography.Title>
      {plan.lists.county.length === 0 ? (
        <Typography.Text type="secondary">{t('publication.naming.nobody')}</Typography.Text>
      ) : (
        levels(plan.lists.county, 'naming-county')
      )}
      {plan.lists.city.length > 0 && (
        <>
          <Typography.Title level={5}>
            {t('publication.naming.city', { count: count(plan.lists.city) })}
          </Typography.Title>
          {levels(plan.lists.city, 'naming-city')}
        </>
      )}
      {plan.lists.held.length > 0 && (
        <>
          <Typography.Title level={5}>
            {t('publication.naming.held', { count: plan.lists.held.length })}
          </Typography.Title>
          <Space size={[4, 4]} wrap data-testid="naming-held">
            {plan.lists.held.map((h) => (
              <Tag key={h.branchId} color="orange">
                {nameOf(h.branchId)} · {t(`publication.naming.why.${h.why}`)}
              </Tag>
            ))}
          </Space>
        </>
      )}
      {plan.ruleHeld.length > 0 && (
        <>
          <Typography.Title level={5}>
            {t('publication.naming.ruleHeld', { count: plan.ruleHeld.length })}
          </Typography.Title>
          <Space size={[4, 4]} wrap data-testid="naming-rule-held">
            {plan.ruleHeld.map((h) => (
              <Tag key={h.branchId} color="red">
                {nameOf(h.branchId)} ·{' '}
                {h.problems
                  .map((p) => t(`publication.naming.problems.${p}`))
                  .join(t('publication.separator'))}
              </Tag>
            ))}
          </Space>
        </>
      )}
      {[...noteFields].map(([branchId, field]) => (
        <div key={branchId} className="xp-publication-note">
          <Typography.Text>
            {nameOf(branchId)} ·{' '}
            {t(
              field === 'reason'
                ? 'publication.naming.noteReason'
                : 'publication.naming.noteExceptional',
            )}
          </Typography.Text>
          <Input
            defaultValue={notes.find((n) => n.branchId === branchId)?.[field] ?? ''}
            maxLength={500}
            aria-label={`${nameOf(branchId)} ${t(
              field === 'reason'
                ? 'publication.naming.noteReason'
                : 'publication.naming.noteExceptional',
            )}`}
            onBlur={(e) => setNote(branchId, field, e.target.value)}
            onPressEnter={(e) => setNote(branchId, field, e.currentTarget.value)}
          />
        </div>
      ))}
      {plan.alreadyNamed.length > 0 && (
        <Typography.Text type="secondary">
          {t('publication.naming.alreadyNamed', { count: plan.alreadyNamed.length })}
        </Typography.Text>
      )}
    </div>
  );
}
