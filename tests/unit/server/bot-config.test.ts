// The bot's settings (issue 5): where the Bot Connector answers for a chat made through Graph, and the
// demo's Agents Playground, on by default on its usual port, off by setting.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/server/config';

const PRODUCTION = {
  SAMTALE_TENANT_ID: '11111111-2222-4333-8444-555555555555',
  SAMTALE_CLIENT_ID: '6f1c2a4e-0000-4000-8000-000000000001',
  SAMTALE_CLIENT_SECRET: 'from-key-vault',
  SAMTALE_API_AUDIENCE: 'api://samtale.kommune.example/6f1c2a4e-0000-4000-8000-000000000001',
  SAMTALE_PUBLIC_URL: 'https://samtale.kommune.example/',
  SAMTALE_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eA==',
};

describe('bot configuration', () => {
  it('uses the global Bot Connector unless told otherwise, and names a malformed one', () => {
    expect(loadConfig(PRODUCTION)).toMatchObject({ botServiceUrl: 'https://smba.trafficmanager.net/teams/' });
    const emea = loadConfig({
      ...PRODUCTION,
      SAMTALE_BOT_SERVICE_URL: 'https://smba.trafficmanager.net/emea/',
    });
    expect(emea).toMatchObject({ botServiceUrl: 'https://smba.trafficmanager.net/emea/' });
    expect(() => loadConfig({ ...PRODUCTION, SAMTALE_BOT_SERVICE_URL: 'smba' })).toThrowError(
      /SAMTALE_BOT_SERVICE_URL/,
    );
  });

  it('starts the demo with the Agents Playground on 56150, on another port, or without it', () => {
    expect(loadConfig({})).toMatchObject({ mode: 'demo', playgroundPort: 56150 });
    expect(loadConfig({ SAMTALE_PLAYGROUND_PORT: '0' })).toMatchObject({ playgroundPort: 0 });
    expect(loadConfig({ SAMTALE_PLAYGROUND: 'off' })).toMatchObject({ playgroundPort: null });
    expect(() => loadConfig({ SAMTALE_PLAYGROUND: 'maybe' })).toThrowError(/SAMTALE_PLAYGROUND/);
  });
});
