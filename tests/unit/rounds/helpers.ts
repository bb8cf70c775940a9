import type { ApiErrorPayload } from '../../../shared/errors';
import type { Result } from '../../../shared/result';
import type { AppServices } from '../../../electron/services/app';

/** Calls through the registry (input validation included) and unwraps the envelope. */
export async function call<T>(services: AppServices, method: string, input: unknown): Promise<T> {
  const result = (await services.registry.call(method, input)) as Result<T>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

export async function failure(
  services: AppServices,
  method: string,
  input: unknown,
): Promise<ApiErrorPayload> {
  const result = await services.registry.call(method, input);
  if (result.ok) throw new Error(`${method} should have failed`);
  return result.error;
}

export function row<T>(services: AppServices, sql: string, ...params: unknown[]): T {
  return services.ctx.db.prepare(sql).get(...params) as T;
}
