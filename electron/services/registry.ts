import type { z } from 'zod';
import { diskFullError, diskOperation, isDiskFull } from './disk-full';
import { frozenError, isFrozenRefusal } from '../store/frozen';
import type { Contract, MethodName, MethodOutput } from '../../shared/api';
import { contract, isMethodName, METHOD_NAMES } from '../../shared/api';
import { AppError } from '../../shared/errors';
import type { Result } from '../../shared/result';
import { fail, ok } from '../../shared/result';
import { createLogger } from '../logger';
import type { ServiceContext } from './context';

const log = createLogger('registry');

export type Handler<M extends MethodName> = (
  input: z.output<Contract[M]['input']>,
  ctx: ServiceContext,
) => MethodOutput<M> | Promise<MethodOutput<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

/** The handlers of one contract part (`shared/api/<area>.ts`), kept beside its service. */
export type HandlerGroup<Part> = { [M in keyof Part & MethodName]: Handler<M> };

export interface Registry {
  /** Validates and runs one call; never throws, always answers with an envelope. */
  call(method: string, input: unknown): Promise<Result<unknown>>;
  readonly methods: readonly MethodName[];
}

/**
 * The one dispatcher behind Electron IPC, the web host and the CLI. It refuses to start unless
 * every method of the contract has exactly one handler and no handler is unknown.
 */
export function createRegistry(handlers: Handlers, ctx: ServiceContext): Registry {
  const given = Object.keys(handlers);
  const missing = METHOD_NAMES.filter((name) => typeof handlers[name] !== 'function');
  const extra = given.filter((name) => !isMethodName(name));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `Registry does not match the contract. Missing: ${missing.join(', ') || '-'}; unknown: ${extra.join(', ') || '-'}`,
    );
  }

  async function call(method: string, input: unknown): Promise<Result<unknown>> {
    const checked = checkCall(method, input);
    if (!checked.ok) return checked;
    try {
      const handler = handlers[checked.data.method] as (
        value: unknown,
        c: ServiceContext,
      ) => unknown;
      return ok(await handler(checked.data.input, ctx));
    } catch (error) {
      if (error instanceof AppError) return fail(error.toPayload());
      if (isDiskFull(error))
        return fail(diskFullError(diskOperation(checked.data.method)).toPayload());
      if (isFrozenRefusal(error)) return fail(frozenError().toPayload());
      log.error(`${checked.data.method} failed`, error);
      return fail({ code: 'INTERNAL', message: 'Internal error' });
    }
  }

  return { call, methods: METHOD_NAMES };
}

/**
 * The checks every call passes before any handler runs: a known method and an input its schema
 * accepts. Shared with the start-up session, which answers a few methods before a database is
 * open (`recovery/session.ts`).
 */
export function checkCall(
  method: string,
  input: unknown,
): Result<{ method: MethodName; input: unknown }> {
  if (!isMethodName(method)) {
    return fail({
      code: 'UNKNOWN_METHOD',
      message: `No such method: ${method.slice(0, 100)}`,
      details: { method: method.slice(0, 100) },
    });
  }
  const parsed = contract[method].input.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') || '(input)';
    return fail({
      code: 'INVALID_INPUT',
      message: `Invalid input for ${method} at ${path}: ${issue?.message ?? 'invalid'}`,
      details: { method, path },
    });
  }
  return ok({ method, input: parsed.data });
}
