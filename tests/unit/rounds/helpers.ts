// Calls with the file transport in between: a workbook the test holds is handed to main first.
import { call, failure } from '../score-templates/helpers';
import type { AppServices } from '../../../electron/services/app';

export function row<T>(services: AppServices, sql: string, ...params: unknown[]): T {
  return services.ctx.db.prepare(sql).get(...params) as T;
}

export { call, failure };
