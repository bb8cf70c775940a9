/** The rubrics capability's public face: what other capabilities may use. */
export { loadCompiledRubric, loadRubric } from './load';
