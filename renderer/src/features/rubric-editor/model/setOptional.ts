/**
 * Sets or removes an optional field. The rubric schema is strict and optional fields are absent
 * rather than empty, so a cleared text or number field drops its key.
 */
export function setOptional<T extends object, K extends keyof T>(
  target: T,
  key: K,
  value: T[K] | undefined | '',
): T {
  const next = { ...target };
  if (value === undefined || value === '') delete next[key];
  else next[key] = value;
  return next;
}
