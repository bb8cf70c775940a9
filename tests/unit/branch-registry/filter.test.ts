import { describe, expect, it } from 'vitest';
import type { TownshipNode } from '../../../shared/domain/views';
import {
  buildInitialsIndex,
  filterTownships,
  nameInitials,
  splitMatch,
  visibleTownships,
} from '../../../renderer/src/features/branches/filterBranches';

function branch(id: string, name: string, archived = false) {
  return { id, name, branchType: 'rural' as const, sheetsStarted: 0, sheetsSubmitted: 0, archived };
}

const townships: TownshipNode[] = [
  {
    id: 't1',
    name: '柳林镇',
    kind: 'township',
    branches: [branch('b1', '新华村党支部'), branch('b2', '东王庄村党支部', true)],
  },
  { id: 't2', name: '王店乡', kind: 'township', branches: [branch('b3', '小河村党支部')] },
  { id: 't3', name: '新设乡', kind: 'township', branches: [] },
];

describe('branch search', () => {
  const index = buildInitialsIndex(townships);

  it('gives one initial per character', () => {
    expect(nameInitials('新华村')).toBe('xhc');
    expect(nameInitials('A1社区')).toBe('a1sq');
  });

  it('finds branches by pinyin initials, case-insensitively', () => {
    const found = filterTownships(townships, ' XHC ', index);
    expect(found.map((t) => t.branches.map((b) => b.name))).toEqual([
      ['新华村党支部'],
      ['小河村党支部'],
    ]);
    expect(filterTownships(townships, 'dwz', index)[0]?.branches[0]?.id).toBe('b2');
  });

  it('still finds by name, and keeps empty townships only without a query', () => {
    expect(filterTownships(townships, '王庄', index).map((t) => t.id)).toEqual(['t1']);
    expect(filterTownships(townships, '', index).map((t) => t.id)).toEqual(['t1', 't2', 't3']);
    expect(filterTownships(townships, 'zzz', index)).toEqual([]);
  });

  it('hides archived branches unless asked', () => {
    expect(visibleTownships(townships, false)[0]?.branches.map((b) => b.id)).toEqual(['b1']);
    expect(visibleTownships(townships, true)[0]?.branches.map((b) => b.id)).toEqual(['b1', 'b2']);
  });

  it('highlights the characters an initials match belongs to', () => {
    expect(splitMatch('东王庄村党支部', 'wz', nameInitials('东王庄村党支部'))).toEqual([
      '东',
      '王庄',
      '村党支部',
    ]);
    expect(splitMatch('东王庄村党支部', '王庄')).toEqual(['东', '王庄', '村党支部']);
    expect(splitMatch('东王庄村党支部', 'q', nameInitials('东王庄村党支部'))).toBeUndefined();
  });
});
