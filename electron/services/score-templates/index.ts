/** The score-templates capability's public face: its worker tasks, looked up by name. */
export { readTemplateFile, writeTemplateFile } from './tasks';
