import { z } from 'zod';

/** Phantom marker carrying a method's output type; it has no runtime content. */
export type Output<T> = { readonly __output?: T };

/** `method(inputSchema).returns<OutputType>()`: one contract entry. */
export function method<I extends z.ZodType>(input: I) {
  return { returns: <O>(): { input: I; output: Output<O> } => ({ input, output: {} }) };
}

/** Ids that travel between laptops are UUIDs. */
export const id = z.uuid();

/** A file carried through the API as base64 (browser upload; Electron reads it the same way). */
export const file = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  // About 5 MB of file once decoded; the web host refuses larger bodies anyway.
  contentBase64: z.string().max(7_000_000),
});
