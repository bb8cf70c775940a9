import { call, failure } from '../support';
import type { AppServices } from '../../../electron/services/app';

export function row<T>(services: AppServices, sql: string, ...params: unknown[]): T {
  return services.ctx.db.prepare(sql).get(...params) as T;
}

export { call, failure };
