import { z } from 'zod';
import type { AppInfo, Preferences } from '../domain/views/preferences';
import { LANGUAGES } from '../domain/views/preferences';
import { method, noInput } from './method';

/** A person's name as the audit trail shows it: no control characters, no padding. */
export const operatorName = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[^\p{Cc}\p{Cf}]+$/u);

/** The app itself: what it is, where its data lives, and the user's preferences. */
export const preferencesContract = {
  'app.info': method(noInput).returns<AppInfo>(),
  'preferences.get': method(noInput).returns<Preferences>(),
  'preferences.update': method(
    z.strictObject({
      language: z.enum(LANGUAGES).optional(),
      operatorName: operatorName.optional(),
    }),
  ).returns<Preferences>(),
} as const;
