import type { Page } from '@playwright/test';
import type { Result } from '../../shared/result';

/** Calls the app's own API from the page (window.xingping), failing the test on a refusal. */
export async function bridgeCall<T>(page: Page, method: string, input: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ name, body }) => {
      const [area = '', verb = ''] = name.split('.');
      const bridge = (globalThis as unknown as Record<string, unknown>).xingping as Record<
        string,
        Record<string, (input: unknown) => Promise<unknown>>
      >;
      return bridge[area]![verb]!(body);
    },
    { name: method, body: input },
  );
  const answer = result as Result<T>;
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}
