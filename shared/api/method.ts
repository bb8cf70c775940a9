import { z } from 'zod';

// zod 4 otherwise compiles validators with `new Function`, which our strict CSP forbids. Set
// here, in the module every contract part imports first, before any schema exists.
z.config({ jitless: true });

/** Phantom marker carrying a method's output type; it has no runtime content. */
export type Output<T> = { readonly __output?: T };

/** One contract entry: the input schema and (as a type only) the output. */
export interface ContractEntry {
  input: z.ZodType;
  output: Output<unknown>;
}

/** `method(inputSchema).returns<OutputType>()`: one contract entry. */
export function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): { input: I; output: Output<O> } => ({ input, output: {} }) };
}

/** Methods that take nothing still take an object, and nothing in it. */
export const noInput = z.strictObject({});

/** Ids that travel between laptops are UUIDs. */
export const id = z.uuid();

/** A long job's id, chosen by the page so it can follow the job's progress and cancel it. */
export const jobId = id.optional();
