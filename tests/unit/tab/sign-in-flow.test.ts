// The tab's production sign-in (issue 6: NAA in Teams, a normal sign-in outside a host, the demo's own in the
// demo): which flow runs, and what each of msal-browser's own errors leads to, so a failure always says what
// happened and offers a button instead of leaving the tab blank.
import { BrowserAuthError, InteractionRequiredAuthError, ServerError } from '@azure/msal-browser';
import { describe, expect, it } from 'vitest';
import type { ClientConfig } from '../../../src/tab/api/schemas';
import { createMsalSession } from '../../../src/tab/auth/msal-token';
import {
  MissingConfigError,
  chooseSignInFlow,
  needsInteraction,
  signInProblem,
  stateAfterFailure,
} from '../../../src/tab/auth/sign-in-flow';

const production: ClientConfig = {
  mode: 'production',
  tenantId: '4a5b6c7d-0000-4000-8000-000000000001',
  clientId: '9f8e7d6c-0000-4000-8000-000000000002',
  apiScope: 'api://samtale.kommune.no/9f8e7d6c-0000-4000-8000-000000000002/access_as_user',
};

describe('chooseSignInFlow', () => {
  it('keeps the demo sign-in in the demo, in a host or not', () => {
    const demo = { ...production, mode: 'demo' as const };
    expect(chooseSignInFlow(demo, true)).toBe('demo');
    expect(chooseSignInFlow(demo, false)).toBe('demo');
  });

  it('uses nested app authentication in Teams and a normal sign-in in a browser', () => {
    expect(chooseSignInFlow(production, true)).toBe('nested');
    expect(chooseSignInFlow(production, false)).toBe('standalone');
  });

  it('says a production server without client id or API scope is not set up', () => {
    expect(chooseSignInFlow({ ...production, clientId: null }, true)).toBe('not-configured');
    expect(chooseSignInFlow({ ...production, apiScope: null }, false)).toBe('not-configured');
  });
});

describe('createMsalSession', () => {
  it('refuses before loading msal when the server gave no client id', async () => {
    await expect(createMsalSession({ ...production, clientId: null }, 'nested')).rejects.toBeInstanceOf(
      MissingConfigError,
    );
  });
});

describe('what a failed sign-in means', () => {
  it('asks the person when silent sign-in needs them, and only then', () => {
    expect(needsInteraction(new InteractionRequiredAuthError('login_required', 'corr'))).toBe(true);
    expect(needsInteraction(new InteractionRequiredAuthError('interaction_required', 'corr'))).toBe(true);
    expect(needsInteraction(new InteractionRequiredAuthError('consent_required', 'corr'))).toBe(true);
    expect(needsInteraction(new BrowserAuthError('popup_window_error', 'corr'))).toBe(false);
    expect(needsInteraction(new Error('network down'))).toBe(false);
  });

  it('tells consent apart, by code, sub-error or Entra ID’s error number 65001 (AADSTS65001)', () => {
    expect(signInProblem(new InteractionRequiredAuthError('consent_required', 'corr'))).toBe(
      'consent-needed',
    );
    expect(
      signInProblem(new InteractionRequiredAuthError('invalid_grant', 'corr-0', '', 'consent_required')),
    ).toBe('consent-needed');
    const server = new ServerError('invalid_grant', 'corr-1', 'not consented', '', '65001', 400);
    expect(signInProblem(server)).toBe('consent-needed');
    expect(signInProblem(new ServerError('invalid_grant', 'corr-2', 'expired', '', '70008', 400))).toBe(
      'failed',
    );
  });

  it('tells a blocked popup and a cancelled one apart from other failures', () => {
    expect(signInProblem(new BrowserAuthError('popup_window_error', 'corr'))).toBe('popup-blocked');
    expect(signInProblem(new BrowserAuthError('empty_window_error', 'corr'))).toBe('popup-blocked');
    expect(signInProblem(new BrowserAuthError('user_cancelled', 'corr'))).toBe('cancelled');
    expect(signInProblem(new MissingConfigError())).toBe('not-configured');
    expect(signInProblem(new BrowserAuthError('interaction_in_progress', 'corr'))).toBe('failed');
    expect(signInProblem('something odd')).toBe('failed');
  });

  it('shows a sign-in button in a browser where nobody has signed in yet', () => {
    const none = new InteractionRequiredAuthError('login_required', 'corr');
    expect(stateAfterFailure(none, 'standalone', true)).toEqual({ status: 'ask' });
    // after the person's own click, the same error is a problem with a try-again button
    expect(stateAfterFailure(none, 'standalone', false)).toEqual({ status: 'problem', problem: 'failed' });
  });

  it('names consent and a blocked popup, in Teams and in a browser', () => {
    const consent = new InteractionRequiredAuthError('consent_required', 'corr');
    expect(stateAfterFailure(consent, 'standalone', true)).toEqual({
      status: 'problem',
      problem: 'consent-needed',
    });
    expect(stateAfterFailure(consent, 'nested', true)).toEqual({
      status: 'problem',
      problem: 'consent-needed',
    });
    const blocked = new BrowserAuthError('popup_window_error', 'corr');
    expect(stateAfterFailure(blocked, 'nested', true)).toEqual({
      status: 'problem',
      problem: 'popup-blocked',
    });
    expect(stateAfterFailure(blocked, 'standalone', false)).toEqual({
      status: 'problem',
      problem: 'popup-blocked',
    });
  });
});
