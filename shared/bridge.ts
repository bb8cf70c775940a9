import type { MethodName, XingpingApi } from './api';
import { splitMethodName } from './api';
import type { Result } from './result';

/**
 * Builds the frozen `window.xingping` object from the contract's method names and one transport
 * function. Used by the Electron preload; the web bridge follows the same shape.
 */
export function buildBridge(
  methods: readonly MethodName[],
  call: (method: MethodName, input: unknown) => Promise<Result<unknown>>,
): XingpingApi {
  const areas: Record<string, Record<string, (input: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of methods) {
    const [area, verb] = splitMethodName(name);
    const target = (areas[area] ??= {});
    target[verb] = (input: unknown) => call(name, input ?? {});
  }
  for (const area of Object.values(areas)) Object.freeze(area);
  return Object.freeze(areas) as unknown as XingpingApi;
}
