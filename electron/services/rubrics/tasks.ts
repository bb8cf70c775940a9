/** The rubrics capability's worker tasks (rubric files read and written), looked up by name. */
export { readRubricFile, writeRubricFile } from './files/tasks';
