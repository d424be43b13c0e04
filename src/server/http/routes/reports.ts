// HR's reports: GET /api/reports/compliance?year=2026[&format=csv] and /api/reports/needs?year=…
// Thin handlers: parse the query, call the use case (which checks the HR role), answer JSON or CSV.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { getComplianceReport } from '../../../app/compliance-report';
import type { ReportDeps } from '../../../app/report-people';
import { getSharedNeedsReport } from '../../../app/shared-needs-report';
import { AppError } from '../../../core/errors';
import { complianceCsv, sharedNeedsCsv } from '../../../core/reports/csv';
import type { Store } from '../../../ports/store';
import type { AuthEnv } from '../auth';

const ZReportQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  format: z.enum(['json', 'csv']).default('json'),
});

function parseQuery(c: Context<AuthEnv>) {
  const parsed = ZReportQuery.safeParse(c.req.query());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = ['query', ...(issue?.path ?? []).map(String)].join('.');
    throw new AppError('bad-request', issue?.message ?? 'invalid query', field);
  }
  return parsed.data;
}

function csv(c: Context<AuthEnv>, body: string, filename: string) {
  return c.body(body, 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename}"`,
    // counts per unit are for HR: no shared cache keeps a copy
    'cache-control': 'no-store',
  });
}

export function reportRoutes(deps: ReportDeps & { store: Store; hrAppRole: string }) {
  const api = new Hono<AuthEnv>();
  const caller = (c: Context<AuthEnv>, year: number) => ({
    appRoles: c.get('principal').appRoles,
    hrAppRole: deps.hrAppRole,
    year,
  });

  api.get('/reports/compliance', async (c) => {
    const { year, format } = parseQuery(c);
    const report = await getComplianceReport(deps, caller(c, year));
    return format === 'csv' ? csv(c, complianceCsv(report), `samtaler-${year}.csv`) : c.json(report);
  });

  api.get('/reports/needs', async (c) => {
    const { year, format } = parseQuery(c);
    const report = await getSharedNeedsReport(deps, caller(c, year));
    return format === 'csv' ? csv(c, sharedNeedsCsv(report), `felles-behov-${year}.csv`) : c.json(report);
  });
  return api;
}
