import type { Context } from 'hono';
import { ZSurface, type Surface } from '../../core/audit';

/** Which front end made the call (the tab and the add-in say so in a header); anything else counts as the API. */
export function surfaceOf(c: Context): Surface {
  const parsed = ZSurface.safeParse(c.req.header('x-samtale-surface'));
  return parsed.success ? parsed.data : 'api';
}
