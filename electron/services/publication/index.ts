/** The publication capability's public face (公示, 异议, 命名, star history; issue #14 points 4–7). */
export { workingCalendar, setWorkingCalendar } from './calendar';
export { createNotice, noticeView, roundNotice } from './notice';
export {
  listObjections,
  objectionView,
  registerObjection,
  rereviewBranches,
  stepObjection,
} from './objections';
export { listNamings, nameBranches, previewNaming, starTimeline } from './naming';
export { namingSettings, setNamingSettings } from './settings';
