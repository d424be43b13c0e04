// The tenant app catalog and apps in a person's personal scope, as Graph v1.0 answers them:
// GET /appCatalogs/teamsApps[/{id}], GET/POST /users/{id}/teamwork/installedApps,
// GET /users/{id}/teamwork/installedApps/{id} and .../chat. Installing is refused (403) where the app
// permission policy blocks it, and answered 409 when the app is there already; 201 carries no body.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { graphError, notFound } from './errors';
import type { EmulatorEnv } from './exchange';
import { contextUrl, pageOf, readQuery } from './odata';
import type { Tenant } from './tenant';
import type { AppInstallation, CatalogApp, TeamworkControl } from './teamwork-store';

type C = Context<EmulatorEnv>;
const APP = 'microsoft.graph.teamsApp';
const INSTALLATION = 'microsoft.graph.userScopeTeamsAppInstallation';
const APP_PROPERTIES = new Set(['id', 'externalId', 'displayName', 'distributionMethod']);
const EXPANDABLE = new Set(['teamsApp', 'teamsAppDefinition']);
const INSTALLED = '/v1.0/users/{id}/teamwork/installedApps';

const ZInstall = z.strictObject({ 'teamsApp@odata.bind': z.string().min(1) });
// "https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/{id}", on any Graph host, or relative
const BIND = /^(?:[a-z]+:\/\/[^/]+)?(?:\/v1\.0)?\/?appCatalogs\/teamsApps\/([^/?#]+)$/;

export function registerTeamworkRoutes(app: Hono<EmulatorEnv>, tenant: Tenant, teamwork: TeamworkControl) {
  app.get('/v1.0/appCatalogs/teamsApps', (c) => {
    c.set('route', { path: '/v1.0/appCatalogs/teamsApps', responseType: `Collection(${APP})` });
    const query = readQuery(c, APP, APP_PROPERTIES);
    if (!query.ok) return query.response;
    const clauses = parseFilter(query.filter, APP_PROPERTIES);
    if (!clauses) return badFilter(c, query.filter);
    const apps = teamwork
      .catalog()
      .filter((a) => clauses.every(([name, value]) => String(appJson(a)[name]) === value))
      .map((a) => pick(appJson(a), query.select));
    return c.json(pageOf(c, apps, query, contextUrl(c, 'appCatalogs/teamsApps', query.select, false)));
  });

  app.get('/v1.0/appCatalogs/teamsApps/:appId', (c) => {
    c.set('route', { path: '/v1.0/appCatalogs/teamsApps/{id}', responseType: APP });
    const query = readQuery(c, APP, APP_PROPERTIES);
    if (!query.ok) return query.response;
    const found = teamwork.catalog().find((a) => a.id === c.req.param('appId'));
    if (!found) return notFound(c, c.req.param('appId'));
    const context = contextUrl(c, 'appCatalogs/teamsApps', query.select, true);
    return c.json({ '@odata.context': context, ...pick(appJson(found), query.select) });
  });

  app.get('/v1.0/users/:id/teamwork/installedApps', (c) => {
    c.set('route', { path: INSTALLED, responseType: `Collection(${INSTALLATION})` });
    const userId = personId(c, tenant);
    if (userId instanceof Response) return userId;
    const expand = readExpand(c);
    if (expand instanceof Response) return expand;
    const query = readQuery(c, INSTALLATION, new Set(['id']));
    if (!query.ok) return query.response;
    const filterable = new Set([...APP_PROPERTIES].map((p) => `teamsApp/${p}`));
    const clauses = parseFilter(query.filter, filterable);
    if (!clauses) return badFilter(c, query.filter);
    const items = teamwork
      .installations(userId)
      .filter((i) => {
        const json = appJson(catalogApp(teamwork, i));
        return clauses.every(([name, value]) => String(json[name.slice('teamsApp/'.length)]) === value);
      })
      .map((i) => installationJson(teamwork, i, expand));
    const context = `${origin(c)}/v1.0/$metadata#users('${userId}')/teamwork/installedApps${expandShape(expand)}`;
    return c.json(pageOf(c, items, query, context));
  });

  app.post('/v1.0/users/:id/teamwork/installedApps', async (c) => {
    c.set('route', { path: INSTALLED, requestType: INSTALLATION, responseType: null });
    const userId = personId(c, tenant);
    if (userId instanceof Response) return userId;
    const body = ZInstall.safeParse(await c.req.json().catch(() => null));
    if (!body.success)
      return graphError(c, 400, 'BadRequest', 'The request body must bind teamsApp@odata.bind, and only it.');
    const appId = BIND.exec(body.data['teamsApp@odata.bind'])?.[1];
    if (!appId)
      return graphError(
        c,
        400,
        'BadRequest',
        'teamsApp@odata.bind must be an /appCatalogs/teamsApps/{id} link.',
      );
    const target = teamwork.catalog().find((a) => a.id === decodeURIComponent(appId));
    if (!target)
      return graphError(c, 404, 'NotFound', `The app '${appId}' was not found in the org-wide app catalog.`);
    if (teamwork.installations(userId).some((i) => i.teamsAppId === target.id))
      return graphError(c, 409, 'Conflict', 'The app is already installed for this user.');
    if (teamwork.isBlocked(userId))
      return graphError(
        c,
        403,
        'Forbidden',
        'The app permission policy assigned to this user does not allow this app to be installed.',
      );
    teamwork.install(userId, target.id);
    return c.body(null, 201);
  });

  app.get('/v1.0/users/:id/teamwork/installedApps/:installationId', (c) => {
    c.set('route', { path: `${INSTALLED}/{id}`, responseType: INSTALLATION });
    const found = installationOf(c, tenant, teamwork);
    if (found instanceof Response) return found;
    const expand = readExpand(c);
    if (expand instanceof Response) return expand;
    const context = `${origin(c)}/v1.0/$metadata#users('${found.userId}')/teamwork/installedApps${expandShape(expand)}/$entity`;
    return c.json({ '@odata.context': context, ...installationJson(teamwork, found, expand) });
  });

  app.get('/v1.0/users/:id/teamwork/installedApps/:installationId/chat', (c) => {
    c.set('route', { path: `${INSTALLED}/{id}/chat`, responseType: 'microsoft.graph.chat' });
    const found = installationOf(c, tenant, teamwork);
    if (found instanceof Response) return found;
    return c.json({
      '@odata.context': `${origin(c)}/v1.0/$metadata#chats/$entity`,
      id: found.chatId,
      topic: null,
      createdDateTime: found.createdDateTime,
      lastUpdatedDateTime: found.createdDateTime,
      chatType: 'oneOnOne',
      webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(found.chatId)}/0?tenantId=${tenant.municipality.tenantId}`,
      tenantId: tenant.municipality.tenantId,
      onlineMeetingInfo: null,
      isHiddenForAllMembers: false,
    });
  });
}

function personId(c: C, tenant: Tenant): string | Response {
  const raw = c.req.param('id') ?? '';
  return tenant.find(raw)?.id ?? notFound(c, raw);
}

function installationOf(c: C, tenant: Tenant, teamwork: TeamworkControl): AppInstallation | Response {
  const userId = personId(c, tenant);
  if (userId instanceof Response) return userId;
  const id = c.req.param('installationId') ?? '';
  return teamwork.installations(userId).find((i) => i.id === id) ?? notFound(c, id);
}

function catalogApp(teamwork: TeamworkControl, i: AppInstallation): CatalogApp {
  // An app taken out of the catalog stays installed where it was; Graph still names it.
  return (
    teamwork.catalog().find((a) => a.id === i.teamsAppId) ?? {
      id: i.teamsAppId,
      externalId: i.teamsAppId,
      displayName: '',
      distributionMethod: 'organization',
      version: '1.0.0',
      botId: null,
    }
  );
}

function appJson(a: CatalogApp): Record<string, string> {
  return {
    id: a.id,
    externalId: a.externalId,
    displayName: a.displayName,
    distributionMethod: a.distributionMethod,
  };
}

function installationJson(teamwork: TeamworkControl, i: AppInstallation, expand: string[]) {
  const a = catalogApp(teamwork, i);
  return {
    id: i.id,
    ...(expand.includes('teamsApp') ? { teamsApp: appJson(a) } : {}),
    ...(expand.includes('teamsAppDefinition')
      ? {
          teamsAppDefinition: {
            id: Buffer.from(`${a.id}##${a.version}`).toString('base64'),
            teamsAppId: a.id,
            displayName: a.displayName,
            version: a.version,
            publishingState: 'published',
          },
        }
      : {}),
  };
}

function readExpand(c: C): string[] | Response {
  const names = (c.req.query('$expand') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = names.find((n) => !EXPANDABLE.has(n));
  if (unknown === undefined) return names;
  return graphError(
    c,
    400,
    'BadRequest',
    `Could not find a property named '${unknown}' on type '${INSTALLATION}'.`,
  );
}

function expandShape(expand: string[]): string {
  return expand.length === 0 ? '' : `(${expand.map((e) => `${e}()`).join(',')})`;
}

/**
 * "externalId eq 'x' and distributionMethod eq 'organization'" -> [[name, value], ...]; null when a clause
 * is not `name eq 'value'` over an allowed name. OData doubles a quote inside a string.
 */
function parseFilter(filter: string | null, allowed: ReadonlySet<string>): Array<[string, string]> | null {
  if (filter === null) return [];
  const clauses: Array<[string, string]> = [];
  for (const part of filter.split(/\s+and\s+/i)) {
    const match = /^\s*([\w/]+)\s+eq\s+'((?:[^']|'')*)'\s*$/.exec(part);
    if (!match?.[1] || match[2] === undefined || !allowed.has(match[1])) return null;
    clauses.push([match[1], match[2].replace(/''/g, "'")]);
  }
  return clauses;
}

function badFilter(c: C, filter: string | null): Response {
  return graphError(c, 400, 'BadRequest', `Invalid filter clause: '${filter ?? ''}'.`);
}

function pick(json: Record<string, string>, select: string[] | null): Record<string, string> {
  if (!select) return json;
  return Object.fromEntries(Object.entries(json).filter(([k]) => k === 'id' || select.includes(k)));
}

function origin(c: C): string {
  return new URL(c.req.url).origin;
}
