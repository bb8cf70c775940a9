/** The exports capability's public face: its worker task, looked up by name. */
export { buildExportTask } from './tasks';
