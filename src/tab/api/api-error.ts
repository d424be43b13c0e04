// One error type for everything the API client can meet, so a view only has to look at `code`.
// status 0 means the request never got an answer (offline, server down).

export const NETWORK_ERROR = 'network';
export const BAD_RESPONSE = 'bad-response';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
