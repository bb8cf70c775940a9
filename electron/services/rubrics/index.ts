/** The rubrics capability's public face: what other capabilities may use. */
export { loadCompiledRubric, loadRubric } from './load';
/** Its worker tasks, which the worker entry looks up by name. */
export { readRubricFile, writeRubricFile } from './files/tasks';
