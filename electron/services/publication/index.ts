/** The publication capability's public face (公示, issue #14 points 4–7). */
export { workingCalendar, setWorkingCalendar } from './calendar';
export { createNotice, noticeView, roundNotice } from './notice';
