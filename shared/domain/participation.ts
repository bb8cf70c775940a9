import type { BranchType } from './org';
import { BRANCH_TYPES } from './org';
import { spellingKey } from './org-name';

/**
 * The kinds of branch a new campaign enrols unless told otherwise, from the rubric's name: a
 * rubric for urban communities (城市社区“五星”党组织…) rates communities, one for rural branches
 * (农村“五星”支部…) rates villages; a rubric that names neither, or both, rates every kind.
 * Rubrics carry no kind of their own, and the name is what a person reads to choose one, so the
 * create form shows this default and the person can change it.
 */
export function defaultBranchTypes(rubricName: string): BranchType[] {
  const name = spellingKey(rubricName);
  const community = /社区|城市|community|urban/u.test(name);
  // 村(社区)… and 村、社区… name both kinds.
  const rural = /农村|村党|乡村|村\(|村、|村和|rural|village/u.test(name);
  if (community && !rural) return ['community'];
  if (rural && !community) return ['rural'];
  return [...BRANCH_TYPES];
}
