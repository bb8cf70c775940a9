import type { preferencesContract } from '../../../shared/api/preferences';
import type { HandlerGroup } from '../registry';
import { appInfo, getPreferences, updatePreferences } from './service';

export const preferencesHandlers: HandlerGroup<typeof preferencesContract> = {
  'app.info': (_input, ctx) => appInfo(ctx),
  'preferences.get': (_input, ctx) => getPreferences(ctx),
  'preferences.update': (input, ctx) => updatePreferences(ctx, input),
};
