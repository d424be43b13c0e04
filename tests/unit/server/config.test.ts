import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, TENANT_SETTINGS } from '../../../src/server/config';

const PRODUCTION = {
  SAMTALE_TENANT_ID: '11111111-2222-4333-8444-555555555555',
  SAMTALE_CLIENT_ID: '6f1c2a4e-0000-4000-8000-000000000001',
  SAMTALE_CLIENT_SECRET: 'from-key-vault',
  SAMTALE_API_AUDIENCE: 'api://samtale.kommune.example/6f1c2a4e-0000-4000-8000-000000000001',
  SAMTALE_PUBLIC_URL: 'https://samtale.kommune.example/',
  SAMTALE_STORAGE_CONNECTION_STRING: 'DefaultEndpointsProtocol=https;AccountName=x;AccountKey=eA==',
};

describe('configuration', () => {
  it('runs the demo on loopback when no tenant setting is present', () => {
    const config = loadConfig({ PATH: '/usr/bin' });
    expect(config).toMatchObject({
      mode: 'demo',
      host: '127.0.0.1',
      port: 3978,
      dataDir: '.data',
      seed: 2026,
    });
  });

  it('treats empty variables as absent (a blank line in an env file)', () => {
    expect(loadConfig({ SAMTALE_TENANT_ID: '' }).mode).toBe('demo');
  });

  it('runs in production when every tenant setting is present', () => {
    const config = loadConfig(PRODUCTION);
    expect(config).toMatchObject({
      mode: 'production',
      host: '0.0.0.0',
      publicUrl: 'https://samtale.kommune.example',
      graphBaseUrl: 'https://graph.microsoft.com/',
    });
  });

  it.each(TENANT_SETTINGS)('refuses to start in production without %s, naming it', (name) => {
    const env: Record<string, string> = { ...PRODUCTION };
    delete env[name];
    expect(() => loadConfig(env)).toThrowError(ConfigError);
    expect(() => loadConfig(env)).toThrowError(`${name} is missing`);
  });

  it('names a malformed setting and what was expected', () => {
    expect(() => loadConfig({ ...PRODUCTION, SAMTALE_TENANT_ID: 'fjordvik' })).toThrowError(
      /SAMTALE_TENANT_ID/,
    );
    expect(() => loadConfig({ ...PRODUCTION, PORT: 'eighty' })).toThrowError(/PORT/);
  });

  it('never offers the demo once a tenant is partly configured', () => {
    expect(() => loadConfig({ SAMTALE_CLIENT_SECRET: 'x' })).toThrowError(/SAMTALE_TENANT_ID is missing/);
  });
});
