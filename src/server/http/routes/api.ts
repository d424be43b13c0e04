// Thin handlers: parse, call one use case, return its result. Errors go to the one error mapper.
import { Hono } from 'hono';
import { getMyProfile } from '../../../app/get-my-profile';
import { listConductingForOthers } from '../../../app/list-conducting-for-others';
import { listMyTeam } from '../../../app/list-my-team';
import type { SchedulingDeps } from '../../../app/scheduling-deps';
import type { TokenVerifier } from '../../auth/verify-token';
import { requireUser, type AuthEnv } from '../auth';
import { refuseUnstorableIds } from '../storable-ids';
import { actionRoutes } from './actions';
import { checklistRoutes } from './checklists';
import { delegationRoutes } from './delegation';
import { exemptionRoutes } from './exemptions';
import { archiveRoutes } from './archive';
import { outlookRoutes } from './outlook';
import { policyRoutes } from './policy';
import { reportRoutes } from './reports';
import { roomRoutes } from './rooms';
import { auditRoutes } from './audit';
import { preparationRoutes } from './preparation';
import { previousPlanRoutes } from './previous-plan';
import { referatRoutes } from './referat';
import { schedulingRoutes } from './scheduling';
import { templateRoutes } from './templates';

export interface ApiDeps extends SchedulingDeps {
  verify: TokenVerifier;
  hrAppRole: string;
}

export function apiRoutes(deps: ApiDeps) {
  const api = new Hono<AuthEnv>();
  api.use('*', requireUser(deps.verify));
  api.use('*', refuseUnstorableIds());

  api.get('/me', async (c) => {
    const principal = c.get('principal');
    const profile = await getMyProfile(deps, {
      userId: principal.userId,
      appRoles: principal.appRoles,
      hrAppRole: deps.hrAppRole,
    });
    return c.json(profile);
  });

  api.get('/team', async (c) => {
    const leaderId = c.get('principal').userId;
    const members = await listMyTeam(deps, { leaderId });
    const teamIds = members.map((m) => m.id);
    return c.json({
      members,
      conductingForOthers: await listConductingForOthers(deps, { leaderId, teamIds }),
    });
  });

  api.route('/', schedulingRoutes(deps));
  api.route('/', reportRoutes(deps));
  api.route('/', archiveRoutes(deps));
  api.route('/', referatRoutes(deps));
  api.route('/', outlookRoutes(deps));
  api.route('/', preparationRoutes(deps));
  api.route('/', auditRoutes(deps));
  api.route('/', previousPlanRoutes(deps));
  api.route('/', roomRoutes(deps));
  api.route('/', policyRoutes(deps));
  api.route('/', templateRoutes(deps));
  api.route('/', actionRoutes(deps));
  api.route('/', checklistRoutes(deps));
  api.route('/', delegationRoutes(deps));
  api.route('/', exemptionRoutes(deps));
  return api;
}
