// The query-option and @odata.bind checks must fail, and say where, when a request names what Graph lacks.
import { describe, expect, it } from 'vitest';
import { checkBinds } from './csdl-bind';
import { checkQueryOptions } from './csdl-query';
import { checkExchange } from './recorder';

const INSTALLATIONS = 'Collection(microsoft.graph.userScopeTeamsAppInstallation)';
const INSTALLATION = 'microsoft.graph.userScopeTeamsAppInstallation';
const q = (options: string) => `/v1.0/users/u/teamwork/installedApps?${options}`;

describe('checkQueryOptions', () => {
  it("accepts the installed-apps listing of Microsoft's proactive installation guide", () => {
    const url = q(`$expand=teamsApp&$filter=${encodeURIComponent("teamsApp/externalId eq 'a''b'")}`);
    expect(checkQueryOptions(url, INSTALLATIONS)).toEqual([]);
    expect(checkQueryOptions(q('$expand=teamsApp,teamsAppDefinition&$top=5'), INSTALLATIONS)).toEqual([]);
  });

  it('names a $filter path, an $expand and a $select that the type lacks', () => {
    const url = q(
      `$expand=teamsApps&$select=id,chatId&$filter=${encodeURIComponent("teamsApp/externalID eq 'x'")}`,
    );
    expect(checkQueryOptions(url, INSTALLATIONS)).toEqual([
      "$select: userScopeTeamsAppInstallation has no 'chatId'",
      "$expand: userScopeTeamsAppInstallation has no navigation property 'teamsApps'",
      "$filter: userScopeTeamsAppInstallation has no 'teamsApp/externalID'",
    ]);
  });

  it('follows lambda variables and nested $expand options', () => {
    const lambda = "singleValueExtendedProperties/Any(ep: ep/id eq 'x' and ep/value eq 'y')";
    expect(checkQueryOptions(`/e?$filter=${encodeURIComponent(lambda)}`, 'microsoft.graph.event')).toEqual(
      [],
    );
    const typo = "singleValueExtendedProperties/any(ep: ep/idd eq 'x')";
    expect(checkQueryOptions(`/e?$filter=${encodeURIComponent(typo)}`, 'microsoft.graph.event')).toEqual([
      "$filter: event has no 'ep/idd'",
    ]);
    const nested = "$expand=singleValueExtendedProperties($filter=nam eq 'x')";
    expect(checkQueryOptions(`/e?${nested}`, 'Collection(microsoft.graph.event)')).toEqual([
      "$expand(singleValueExtendedProperties) $filter: singleValueLegacyExtendedProperty has no 'nam'",
    ]);
    expect(checkQueryOptions('/d?$expand=listItem($expand=fields)', 'microsoft.graph.driveItem')).toEqual([]);
  });

  it("lets $select name a derived type's property on a base-typed path, as Graph does", () => {
    const manager = 'microsoft.graph.directoryObject';
    expect(checkQueryOptions('/me/manager?$select=displayName,department', manager)).toEqual([]);
    expect(checkQueryOptions('/me/manager?$select=stillingsprosent', manager)).toEqual([
      "$select: directoryObject has no 'stillingsprosent'",
    ]);
  });
});

describe('checkBinds', () => {
  const bind = (link: unknown) => ({ 'teamsApp@odata.bind': link });

  it('accepts a bind to a catalog app, absolute on any Graph host or relative', () => {
    expect(
      checkBinds(INSTALLATION, bind('https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/abc')),
    ).toEqual([]);
    expect(checkBinds(INSTALLATION, bind('http://127.0.0.1:4000/v1.0/appCatalogs/teamsApps/abc'))).toEqual(
      [],
    );
    expect(checkBinds(INSTALLATION, bind('appCatalogs/teamsApps/abc'))).toEqual([]);
  });

  it('names a bind to the wrong kind of entity, to a collection, or of the wrong shape', () => {
    const at = `${INSTALLATION}.teamsApp@odata.bind`;
    expect(checkBinds(INSTALLATION, bind('https://graph.microsoft.com/v1.0/users/abc'))).toEqual([
      `${at}: https://graph.microsoft.com/v1.0/users/abc addresses microsoft.graph.user, not microsoft.graph.teamsApp`,
    ]);
    expect(checkBinds(INSTALLATION, bind('/v1.0/appCatalogs/teamsApps'))).toEqual([
      `${at}: /v1.0/appCatalogs/teamsApps: addresses a collection, not one entity`,
    ]);
    expect(checkBinds(INSTALLATION, bind(['/v1.0/appCatalogs/teamsApps/abc']))).toEqual([
      `${at}: expected one entity URL`,
    ]);
    expect(
      checkBinds(INSTALLATION, { 'consentedPermissionSet@odata.bind': '/v1.0/appCatalogs/teamsApps/a' }),
    ).toEqual([
      `${INSTALLATION}.consentedPermissionSet@odata.bind: consentedPermissionSet is not a navigation property, so it cannot be bound`,
    ]);
  });

  it('is part of every recorded exchange: a POST binding the manifest id instead fails', () => {
    const exchange = {
      method: 'POST',
      path: '/v1.0/users/{id}/teamwork/installedApps',
      url: '/v1.0/users/u/teamwork/installedApps',
      status: 201,
      requestType: INSTALLATION,
      requestBody: bind('https://graph.microsoft.com/v1.0/teamsApps/5a3f1c2e'),
      responseType: null,
      responseBody: null,
    };
    expect(checkExchange(exchange)).toEqual([
      expect.stringMatching(
        /^POST \/v1\.0\/users\/u\/teamwork\/installedApps: .*teamsApp@odata\.bind: .*'teamsApps' is not an entity set or singleton/,
      ),
    ]);
  });
});
