// A Graph call that failed, as the product's one error type: the user is told Microsoft 365 is not
// answering; the log gets the status, Graph's error code and the path.
import { GraphError } from '@microsoft/microsoft-graph-client';
import { ZodError } from 'zod';
import { AppError } from '../../core/errors';

export class GraphRequestError extends AppError {
  constructor(
    /** HTTP status from Graph; 0 when no answer came (network) or the answer was not what Graph promises */
    readonly status: number,
    /** Graph's error code, e.g. 'InvalidAuthenticationToken', 'Request_ResourceNotFound' */
    readonly graphCode: string,
    /** the Graph path asked for, e.g. '/users/{id}/directReports' */
    readonly path: string,
    detail: string,
  ) {
    super('upstream-unavailable', `Graph ${path}: ${status} ${graphCode}: ${detail}`);
    this.name = 'GraphRequestError';
  }
}

export function toGraphRequestError(error: unknown, path: string): GraphRequestError {
  if (error instanceof GraphRequestError) return error;
  if (error instanceof GraphError) {
    const status = error.statusCode > 0 ? error.statusCode : 0;
    return new GraphRequestError(status, error.code ?? 'unknown', path, error.message);
  }
  if (error instanceof ZodError) {
    const where = error.issues.map((i) => i.path.join('.')).join(', ');
    return new GraphRequestError(0, 'UnexpectedResponse', path, `response does not match: ${where}`);
  }
  return new GraphRequestError(0, 'NoResponse', path, error instanceof Error ? error.message : String(error));
}
