// The filled demo manifest against Microsoft's schema, and broken copies that the schema must refuse with its
// own message and the JSON path, so a mistake shows up here rather than in Teams admin center.
import { describe, expect, it } from 'vitest';
import { filledManifest } from '../../../tools/manifest/load';
import { manifestErrors } from '../../../tools/manifest/schema';

interface DemoManifest {
  manifestVersion: string;
  bots: Array<{ botId: string; scopes?: string[] }>;
  staticTabs: Array<{ contentUrl: string; scopes: string[] }>;
  extensions: Array<{
    runtimes: Array<{ code: { page: string } }>;
    ribbons: Array<{ contexts: string[] }>;
  }>;
  webApplicationInfo: {
    id: string;
    resource: string;
    nestedAppAuthInfo: Array<{ redirectUri: string; scopes: string[] }>;
  };
}

const demo = () => filledManifest('demo') as DemoManifest;

describe('the demo manifest', () => {
  it('matches the schema of its manifestVersion, 1.22 or later', () => {
    const manifest = demo();
    expect(manifestErrors(manifest)).toEqual([]);
    const [major, minor] = manifest.manifestVersion.split('.').map(Number);
    expect(major === 1 && (minor ?? 0) >= 22).toBe(true);
  });

  it('opens the tab with ?host=teams, the bot in personal scope, and the task pane from meeting details', () => {
    const manifest = demo();
    expect(manifest.staticTabs[0]?.contentUrl).toBe('https://samtale.fjordvik.example/tab/?host=teams');
    expect(manifest.staticTabs[0]?.scopes).toEqual(['personal']);
    expect(manifest.bots[0]?.scopes).toEqual(['personal']);
    const outlook = manifest.extensions[0];
    expect(outlook?.runtimes[0]?.code.page).toBe('https://samtale.fjordvik.example/outlook/');
    expect(outlook?.ribbons[0]?.contexts.sort()).toEqual([
      'meetingDetailsAttendee',
      'meetingDetailsOrganizer',
    ]);
  });

  it('asks nested app auth for our API scope on the tab host, with the brk-multihub redirect', () => {
    const { webApplicationInfo } = demo();
    const api = `api://samtale.fjordvik.example/${webApplicationInfo.id}`;
    expect(webApplicationInfo.resource).toBe(api);
    expect(webApplicationInfo.nestedAppAuthInfo).toEqual([
      { redirectUri: 'brk-multihub://samtale.fjordvik.example', scopes: [`${api}/access_as_user`] },
    ]);
  });
});

describe('broken copies', () => {
  it('refuses a bot without scopes, naming the path', () => {
    const manifest = demo();
    delete manifest.bots[0]?.scopes;
    expect(manifestErrors(manifest)).toEqual(["/bots/0 must have required property 'scopes'"]);
  });

  it('refuses an unknown ribbon context and lists the allowed ones', () => {
    const manifest = demo();
    manifest.extensions[0]?.ribbons[0]?.contexts.push('meetingDetailsFoo');
    const [error, ...rest] = manifestErrors(manifest);
    expect(rest).toEqual([]);
    expect(error).toMatch(
      /^\/extensions\/0\/ribbons\/0\/contexts\/2 must be equal to one of the allowed values/,
    );
    expect(error).toContain('"meetingDetailsOrganizer"');
  });

  it('refuses a bot id that is no GUID and a property the schema does not know', () => {
    const manifest = demo() as DemoManifest & { favouriteColour?: string };
    (manifest.bots[0] as { botId: string }).botId = 'samtale-bot';
    manifest.favouriteColour = 'blue';
    const errors = manifestErrors(manifest);
    expect(errors).toContain('/ must NOT have additional properties ("favouriteColour")');
    expect(errors.some((e) => e.startsWith('/bots/0/botId must match pattern'))).toBe(true);
  });

  it('refuses a manifest version older than 1.22', () => {
    const manifest = { ...demo(), manifestVersion: '1.17' };
    expect(() => manifestErrors(manifest)).toThrow('/manifestVersion 1.17: Samtale needs 1.22 or later');
  });
});
