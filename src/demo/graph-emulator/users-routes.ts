// GET /users, /users/{id}, /users/{id}/manager, /users/{id}/directReports and the /me forms of them.
import type { Context, Hono } from 'hono';
import type { Person } from '../../core/org';
import { graphError, notFound } from './errors';
import type { EmulatorEnv } from './exchange';
import { contextUrl, pageOf, readQuery } from './odata';
import { selectUser } from './tenant';
import type { Tenant } from './tenant';

type C = Context<EmulatorEnv>;
const USER = 'microsoft.graph.user';
const USERS = `Collection(${USER})`;

// Graph answers eq on these without advanced query headers; the product filters on department.
const FILTERABLE = new Set([
  'department',
  'jobTitle',
  'mail',
  'userPrincipalName',
  'employeeId',
  'displayName',
]);

export function registerUserRoutes(app: Hono<EmulatorEnv>, tenant: Tenant): void {
  const subject = (c: C, fromMe: boolean): Person | Response => {
    if (fromMe) {
      const caller = c.get('caller');
      if (caller.kind !== 'delegated') {
        return graphError(
          c,
          400,
          'BadRequest',
          '/me request is only valid with delegated authentication flow.',
        );
      }
      return tenant.find(caller.oid) ?? notFound(c, caller.oid);
    }
    const id = c.req.param('id') ?? '';
    return tenant.find(id) ?? notFound(c, id);
  };

  const getUser = (fromMe: boolean) => (c: C) => {
    c.set('route', { path: fromMe ? '/v1.0/me' : '/v1.0/users/{id}', responseType: USER });
    const query = readQuery(c, USER, tenant.userProperties);
    if (!query.ok) return query.response;
    const person = subject(c, fromMe);
    if (person instanceof Response) return person;
    return c.json({
      '@odata.context': contextUrl(c, 'users', query.select, true),
      ...selectUser(tenant.toUser(person), query.select),
    });
  };

  const getManager = (fromMe: boolean) => (c: C) => {
    c.set('route', { path: `${fromMe ? '/v1.0/me' : '/v1.0/users/{id}'}/manager`, responseType: USER });
    const query = readQuery(c, USER, tenant.userProperties);
    if (!query.ok) return query.response;
    const person = subject(c, fromMe);
    if (person instanceof Response) return person;
    const manager = tenant.manager(person);
    if (!manager) return notFound(c, 'manager');
    return c.json({
      '@odata.context': contextUrl(c, 'directoryObjects', query.select, true),
      '@odata.type': `#${USER}`,
      ...selectUser(tenant.toUser(manager), query.select),
    });
  };

  const getDirectReports = (fromMe: boolean) => (c: C) => {
    c.set('route', {
      path: `${fromMe ? '/v1.0/me' : '/v1.0/users/{id}'}/directReports`,
      responseType: USERS,
    });
    const query = readQuery(c, USER, tenant.userProperties);
    if (!query.ok) return query.response;
    if (query.filter !== null) return unsupportedFilter(c, query.filter);
    const person = subject(c, fromMe);
    if (person instanceof Response) return person;
    // directReports is a collection of directoryObject: each item says which kind of object it is.
    const items = tenant
      .directReports(person)
      .map((p) => ({ '@odata.type': `#${USER}`, ...selectUser(tenant.toUser(p), query.select) }));
    return c.json(pageOf(c, items, query, contextUrl(c, 'directoryObjects', query.select, false)));
  };

  app.get('/v1.0/users', (c) => {
    c.set('route', { path: '/v1.0/users', responseType: USERS });
    const query = readQuery(c, USER, tenant.userProperties);
    if (!query.ok) return query.response;
    let people = tenant.municipality.people;
    if (query.filter !== null) {
      const clause = parseEq(query.filter);
      if (!clause || !FILTERABLE.has(clause.property)) return unsupportedFilter(c, query.filter);
      people = people.filter((p) => tenant.toUser(p)[clause.property] === clause.value);
    }
    const users = people.map((p) => selectUser(tenant.toUser(p), query.select));
    return c.json(pageOf(c, users, query, contextUrl(c, 'users', query.select, false)));
  });
  app.get('/v1.0/me', getUser(true));
  app.get('/v1.0/me/manager', getManager(true));
  app.get('/v1.0/me/directReports', getDirectReports(true));
  app.get('/v1.0/users/:id', getUser(false));
  app.get('/v1.0/users/:id/manager', getManager(false));
  app.get('/v1.0/users/:id/directReports', getDirectReports(false));
}

/** "department eq 'Helse og omsorg'" -> { property, value }; OData doubles a quote inside a string */
function parseEq(filter: string): { property: string; value: string } | null {
  const match = /^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$/.exec(filter);
  return match?.[1] && match[2] !== undefined
    ? { property: match[1], value: match[2].replace(/''/g, "'") }
    : null;
}

function unsupportedFilter(c: C, filter: string): Response {
  return graphError(
    c,
    400,
    'Request_UnsupportedQuery',
    `Unsupported or invalid query filter clause specified: '${filter}'.`,
  );
}
