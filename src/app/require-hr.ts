// DESIGN §1, §6: HR sees counts and shared needs, never content — and only HR sees them. The check lives in
// the use cases, so a new route or a bot command cannot forget it.
import { AppError } from '../core/errors';

/** forbidden unless the caller's token carries the deployment's HR app role */
export function requireHr(principalAppRoles: readonly string[], hrAppRole: string): void {
  if (!principalAppRoles.includes(hrAppRole)) throw new AppError('forbidden', 'reports are for HR only');
}
