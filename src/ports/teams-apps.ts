// Reach (issue 5, item 5): Samtale's Teams app installed for a person through Microsoft Graph, so the bot can
// send the invitation card to someone who never opened the app. Where the tenant does not allow that, the
// caller sends the same content by e-mail instead (the Mailer port).

/** why Samtale cannot be installed for this person; the caller falls back to e-mail for all of them */
export type NotInstallableReason =
  /** Samtale is not published to the tenant's app catalog (Teams admin center), or the catalog has no such app */
  | 'app-not-in-catalog'
  /**
   * Graph answered 403: the tenant's app permission policy blocks Samtale for this person, custom apps are
   * not allowed, or the admin has not granted the app permission (TeamsAppInstallation / AppCatalog)
   */
  | 'forbidden'
  /** Graph does not know the person (404 on the user): no Teams in their licence, or the account is gone */
  | 'user-not-found'
  /** this server is not set up to install apps (no manifest id configured) */
  | 'not-configured';

export interface Installed {
  /**
   * the id of the person's 1:1 chat with the bot (Graph's chat id, e.g. "19:…@unq.gbl.spaces"): the Bot
   * Framework conversation id a proactive message is sent to
   */
  chatId: string;
  /**
   * true when this call installed the app; Teams then also sends the bot a conversationUpdate (with the
   * serviceUrl) for the new chat. false: it was installed already
   */
  installedNow: boolean;
}

export interface NotInstallable {
  notAllowed: true;
  reason: NotInstallableReason;
  /** what Graph said, for the log (never shown to the person) */
  detail: string;
}

export type EnsureInstalledResult = Installed | NotInstallable;

export interface TeamsApps {
  /**
   * Makes sure Samtale is installed in the personal scope of `userId` (Entra object id) and returns the
   * chat between the person and the bot. Idempotent: an existing installation is used, never a second one,
   * also when two calls race. Returns `notAllowed` for answers a retry will not change (see
   * NotInstallableReason). Throws GraphRequestError (AppError 'upstream-unavailable') when Graph is
   * throttling, unavailable or not answering after its retries: the caller tries again later.
   */
  ensureInstalled(userId: string): Promise<EnsureInstalledResult>;
}

/** narrows a result to the not-installable case */
export function isNotInstallable(result: EnsureInstalledResult): result is NotInstallable {
  return 'notAllowed' in result;
}
