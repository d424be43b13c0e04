import type { Context } from 'hono';
import { ZRequestSurface, type Surface } from '../../core/audit';

/** Which front end made the call (the tab and the add-in say so in a header); anything else counts as the API. */
export function surfaceOf(c: Context): Surface {
  const parsed = ZRequestSurface.safeParse(c.req.header('x-samtale-surface'));
  return parsed.success ? parsed.data : 'api';
}
