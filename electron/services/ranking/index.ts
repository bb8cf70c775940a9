/** The ranking capability's public face: what other capabilities may use. */
export { repackSheets } from './pack';
export { computeRanking, rankingIfComputed, roundEvaluations } from './service';
export { evaluatorSpans } from './spans';
