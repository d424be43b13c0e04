// The personnel archive's settings: optional for now, so a deployment without them still starts.
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

describe('archive configuration', () => {
  it('reads the personnel library and the retention label', () => {
    const config = loadConfig({
      ...PRODUCTION,
      SAMTALE_ARCHIVE_DRIVE_ID: 'b!personalmapper',
      SAMTALE_ARCHIVE_RETENTION_LABEL: 'Personalmappe',
    });
    expect(config).toMatchObject({
      archiveDriveId: 'b!personalmapper',
      archiveRetentionLabel: 'Personalmappe',
    });
  });

  it('starts without them (not configured yet), an empty value counting as absent', () => {
    const config = loadConfig({ ...PRODUCTION, SAMTALE_ARCHIVE_RETENTION_LABEL: '' });
    expect(config).toMatchObject({ archiveDriveId: null, archiveRetentionLabel: null });
  });
});
