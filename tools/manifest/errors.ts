/** A problem with the manifest or its inputs; exitCode 1: the schema refused it, 2: bad input (env, file). */
export class ManifestError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'ManifestError';
  }
}
