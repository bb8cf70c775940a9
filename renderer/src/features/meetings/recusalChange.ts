import type { MeetingView } from '../../../../shared/domain/views/meetings';

/**
 * Who must leave for the item at `index` (recused here, not for the item before) and who may
 * come back (recused for the item before, not here): 请回避 / 可返回 when the item changes.
 */
export function recusalChange(
  view: MeetingView,
  index: number,
): { leave: string[]; back: string[] } {
  const now = view.items[index]?.recusedMemberIds ?? [];
  const before = index > 0 ? (view.items[index - 1]?.recusedMemberIds ?? []) : [];
  return {
    leave: now.filter((id) => !before.includes(id)),
    back: before.filter((id) => !now.includes(id)),
  };
}
