// Issue 9, 4: a 429 from the server reaches the tab and the add-in as the server's rate-limited error, once:
// neither client retries on its own (a retry loop would keep the bucket empty), and it is not a sign-in issue.
import { describe, expect, it, vi } from 'vitest';
import { createOutlookClient } from '../../../src/outlook/api/outlook-client';
import { ApiError } from '../../../src/tab/api/api-error';
import { createApiClient } from '../../../src/tab/api/client';
import { en } from '../../../src/tab/i18n/en';
import { nb } from '../../../src/tab/i18n/nb';
import { nn } from '../../../src/tab/i18n/nn';

const BODY = { error: { code: 'rate-limited', message: 'Det kom for mange forespørsler på kort tid.' } };

function tooMany() {
  return vi.fn<typeof fetch>(
    async () => new Response(JSON.stringify(BODY), { status: 429, headers: { 'Retry-After': '1' } }),
  );
}

describe('a 429 answer', () => {
  it('is one ApiError rate-limited in the tab, after one request, and no sign-out', async () => {
    const fetchImpl = tooMany();
    const onUnauthorized = vi.fn();
    const api = createApiClient({ getToken: () => 'tok', onUnauthorized, fetch: fetchImpl });
    const error = await api.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 429, code: 'rate-limited' });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('is one rate-limited error in the Outlook task pane too', async () => {
    const fetchImpl = tooMany();
    const outlook = createOutlookClient({
      getToken: () => 'tok',
      onUnauthorized: () => {},
      language: () => 'nb',
      fetch: fetchImpl,
    });
    const error = await outlook.preparation('c1').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, code: 'rate-limited' });
    expect(fetchImpl).toHaveBeenCalledTimes(1);
  });

  it('has its own words in every language: wait, then try again', () => {
    for (const t of [nb, nn, en]) {
      expect(t.errorRateLimited).not.toBe(t.errorGeneric);
      expect(t.errorRateLimited.length).toBeGreaterThan(20);
    }
  });
});
