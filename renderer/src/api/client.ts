import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api';
import type { Result } from '../../../shared/result';
import { isErrorCode } from '../../../shared/errors';
import { ApiError, toApiError } from './ApiError';

type AnyMethod = (input: unknown) => Promise<Result<unknown>>;

/** Resolves with the data of an `{ ok: true }` envelope; rejects with an ApiError otherwise. */
export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch (error) {
    throw toApiError(error);
  }
  if (result.ok) return result.data;
  const { code, message, details } = result.error;
  // An unknown code would have no translation; show it as an internal error instead.
  throw new ApiError(isErrorCode(code) ? code : 'INTERNAL', message, details);
}

/** Calls one contract method by name, e.g. `call('campaigns.list', {})`. */
export function call<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const dot = method.indexOf('.');
  const area = method.slice(0, dot);
  const verb = method.slice(dot + 1);
  try {
    // The bridge is typed per area; indexing by a computed name needs this one widening.
    const areas = window.xingping as unknown as Record<string, Record<string, AnyMethod>>;
    const fn = areas[area]?.[verb];
    if (!fn) throw new ApiError('UNKNOWN_METHOD', `Bridge lacks ${method}`, { method });
    return unwrap(fn(input) as Promise<Result<MethodOutput<M>>>);
  } catch (error) {
    return Promise.reject(toApiError(error));
  }
}
