/** The branch registry's public face: what other capabilities may use. */
export type { Scope, ScopeInput } from './scope';
export { resolveScope } from './scope';
