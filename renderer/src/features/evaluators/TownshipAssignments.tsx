import { Collapse, Empty, Space, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssignmentView, TownshipNode } from '../../../../shared/domain/views';
import { AssignmentTable } from './AssignmentTable';

export interface TownshipAssignmentsProps {
  campaignId: string;
  townships: TownshipNode[];
  assignments: AssignmentView[];
  open: string[];
  onOpen: (keys: string[]) => void;
}

/** The round's assignments grouped by township, each with its counts and conflicts. */
export function TownshipAssignments({
  campaignId,
  townships,
  assignments,
  open,
  onOpen,
}: TownshipAssignmentsProps) {
  const { t } = useTranslation();
  const byTownship = useMemo(() => {
    const map = new Map<string, AssignmentView[]>();
    for (const a of assignments) map.set(a.townshipId, [...(map.get(a.townshipId) ?? []), a]);
    return map;
  }, [assignments]);
  if (townships.length === 0) return <Empty description={t('evaluators.noTownships')} />;
  return (
    <Collapse
      activeKey={open}
      onChange={(keys) => onOpen(Array.isArray(keys) ? keys : [keys])}
      data-testid="township-assignments"
      items={townships.map((township) => {
        const order = new Map(township.branches.map((b, i) => [b.id, i]));
        // Branch by branch, in the township's own order; evaluators by name within a branch.
        const rows = [...(byTownship.get(township.id) ?? [])].sort(
          (a, b) =>
            (order.get(a.branchId) ?? 0) - (order.get(b.branchId) ?? 0) ||
            a.evaluatorName.localeCompare(b.evaluatorName),
        );
        const covered = new Set(rows.map((r) => r.branchId)).size;
        const people = new Set(rows.map((r) => r.evaluatorId)).size;
        const conflicts = rows.filter((r) => r.conflict !== null).length;
        return {
          key: township.id,
          label: (
            <Space wrap>
              <span data-testid="township-name">{township.name}</span>
              <Tag>
                {t('evaluators.townshipCounts', {
                  n: rows.length,
                  people,
                  covered,
                  total: township.branches.length,
                })}
              </Tag>
              {conflicts > 0 && (
                <Tag color="orange">{t('evaluators.townshipConflicts', { count: conflicts })}</Tag>
              )}
            </Space>
          ),
          children:
            rows.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluators.noneHere')} />
            ) : (
              <AssignmentTable campaignId={campaignId} rows={rows} />
            ),
        };
      })}
    />
  );
}
