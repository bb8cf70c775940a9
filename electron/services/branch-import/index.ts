/** The branch-import capability's public face: its worker task, looked up by name. */
export { readBranchList } from './tasks';
