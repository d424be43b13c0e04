// Placeholders and their per-environment values: every gap or typo is named before anything is packaged.
import { describe, expect, it } from 'vitest';
import { checkManifestEnv, loadManifestEnv, parseEnvText } from '../../../tools/manifest/env-file';
import { ManifestError } from '../../../tools/manifest/errors';
import { fillPlaceholders, placeholdersOf } from '../../../tools/manifest/fill';

const VALID = {
  TEAMS_APP_ID: '5a3f1c2e-7b4d-4e8a-9c61-0d2b8e4f7a10',
  AAD_APP_CLIENT_ID: '8c1e4b7a-2f3d-4a6b-b5c9-1e7d3f9a2b40',
  BOT_ID: '8c1e4b7a-2f3d-4a6b-b5c9-1e7d3f9a2b40',
  TAB_DOMAIN: 'samtale.kommune.example',
  TAB_ENDPOINT: 'https://samtale.kommune.example',
  DEVELOPER_NAME: 'Kommune IT',
  DEVELOPER_URL: 'https://kommune.example',
  PRIVACY_URL: 'https://kommune.example/personvern',
  TERMS_OF_USE_URL: 'https://kommune.example/vilkar',
};

function errorOf(run: () => unknown): ManifestError {
  try {
    run();
  } catch (error) {
    if (error instanceof ManifestError) return error;
    throw error;
  }
  throw new Error('expected a ManifestError');
}

describe('fillPlaceholders', () => {
  it('fills every placeholder, JSON-escaped', () => {
    const text = fillPlaceholders(
      '{"name": "${{NAME}}", "id": "${{ ID }}"}',
      { NAME: 'Sagt "ja"', ID: '1' },
      't',
    );
    expect(JSON.parse(text)).toEqual({ name: 'Sagt "ja"', id: '1' });
  });

  it('names each placeholder without a value and exits 2', () => {
    const error = errorOf(() => fillPlaceholders('${{A}} ${{B}} ${{A}} ${{C}}', { B: 'x' }, 'manifest.json'));
    expect(error.message).toBe('manifest.json: no value for ${{A}}, ${{C}}');
    expect(error.exitCode).toBe(2);
  });

  it('lists the names once, in order', () => {
    expect(placeholdersOf('${{B}} ${{A}} ${{B}}')).toEqual(['B', 'A']);
  });
});

describe('the env file', () => {
  it('reads NAME=value lines, comments and quoted values that keep their spaces', () => {
    expect(parseEnvText('# note\n\nA=1\nB=" (test)"\nC=\n', 'f')).toEqual({ A: '1', B: ' (test)', C: '' });
  });

  it('refuses a line that is no assignment, with its line number', () => {
    expect(() => parseEnvText('A=1\nnot a line\n', '.env.x')).toThrow('.env.x:2: expected NAME=value');
  });

  it('names a missing variable, an empty one and an unknown one', () => {
    const withoutBot: Record<string, string> = { ...VALID };
    delete withoutBot.BOT_ID;
    const error = errorOf(() =>
      checkManifestEnv({ ...withoutBot, DEVELOPER_NAME: '', TAB_ENDPIONT: 'https://x' }, '.env.prod'),
    );
    expect(error.message).toContain('BOT_ID is missing');
    expect(error.message).toContain('DEVELOPER_NAME is missing');
    expect(error.message).toContain('TAB_ENDPIONT: unknown variable');
    expect(error.exitCode).toBe(2);
  });

  it('refuses an endpoint on another host than TAB_DOMAIN, and one with a trailing slash', () => {
    expect(
      errorOf(() => checkManifestEnv({ ...VALID, TAB_ENDPOINT: 'https://other.example' }, 'f')).message,
    ).toContain('TAB_ENDPOINT: must be on TAB_DOMAIN');
    expect(
      errorOf(() => checkManifestEnv({ ...VALID, TAB_ENDPOINT: 'https://samtale.kommune.example/' }, 'f'))
        .message,
    ).toContain('no trailing slash');
  });

  it('accepts the complete set, with an empty name suffix', () => {
    expect(checkManifestEnv(VALID, 'f').APP_NAME_SUFFIX).toBe('');
  });

  it('names an unknown environment and the ones there are', () => {
    const error = errorOf(() => loadManifestEnv('prod-nowhere'));
    expect(error.message).toMatch(/unknown environment "prod-nowhere".*have: demo/);
    expect(error.exitCode).toBe(2);
  });
});
