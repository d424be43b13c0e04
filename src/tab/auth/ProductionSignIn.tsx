// Production sign-in. In Teams (nested app authentication) the host signs the person in: a silent token,
// else the host's own prompt; in a browser, a normal Entra sign-in by popup, or in this window when popups
// are blocked. Any failure says what happened and offers a button: never a blank tab.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { AccessToken, ClientConfig } from '../api/schemas';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { useMessages } from '../i18n/feature-messages';
import { createMsalSession, type MsalSession } from './msal-token';
import { needsInteraction, stateAfterFailure, type SignInProblem, type SignInState } from './sign-in-flow';
import { signInMessages } from './sign-in-messages';

export type ProductionSignInProps = {
  config: ClientConfig;
  flow: 'nested' | 'standalone';
  /** false after the person signed out: wait for their click instead of signing them straight back in */
  auto: boolean;
  onSignedIn: (token: AccessToken) => void;
};

export function ProductionSignIn({ config, flow, auto, onSignedIn }: ProductionSignInProps) {
  const m = useMessages(signInMessages);
  const [state, setState] = useState<SignInState>(auto ? { status: 'working' } : { status: 'ask' });
  const session = useRef<Promise<MsalSession> | null>(null);
  const sessionFor = useCallback(
    () =>
      (session.current ??= createMsalSession(config, flow).catch((error: unknown) => {
        session.current = null; // msal did not load: the next try starts over
        throw error;
      })),
    [config, flow],
  );

  const attempt = useCallback(
    async (how: 'silent' | 'interactive') => {
      setState({ status: 'working' });
      try {
        const msal = await sessionFor();
        onSignedIn(how === 'silent' ? await silentOrHostPrompt(msal, flow) : await msal.interactive());
      } catch (error) {
        setState(stateAfterFailure(error, flow, how === 'silent'));
      }
    },
    [sessionFor, flow, onSignedIn],
  );

  useEffect(() => {
    if (auto) void attempt('silent');
  }, [auto, attempt]);

  const redirect = async () => {
    setState({ status: 'working' });
    try {
      await (await sessionFor()).redirect?.();
    } catch (error) {
      setState(stateAfterFailure(error, flow, false));
    }
  };

  return (
    <>
      <PageHeading title={m.heading} />
      {state.status === 'working' && <LoadingState label={m.working} />}
      {state.status === 'ask' && (
        <>
          <Body1 as="p" block>
            {m.standaloneIntro}
          </Body1>
          <div>
            <Button appearance="primary" onClick={() => void attempt('interactive')}>
              {m.signIn}
            </Button>
          </div>
        </>
      )}
      {state.status === 'problem' && (
        <ProblemBar
          problem={state.problem}
          canRedirect={flow === 'standalone'}
          onRetry={() => void attempt(state.problem === 'not-configured' ? 'silent' : 'interactive')}
          onRedirect={() => void redirect()}
        />
      )}
    </>
  );
}

/** nested: the host's prompt may open at once (it brokers the popup); standalone waits for a click */
async function silentOrHostPrompt(msal: MsalSession, flow: 'nested' | 'standalone'): Promise<AccessToken> {
  try {
    return await msal.silent();
  } catch (error) {
    if (flow === 'nested' && needsInteraction(error)) return msal.interactive();
    throw error;
  }
}

type ProblemBarProps = {
  problem: SignInProblem;
  canRedirect: boolean;
  onRetry: () => void;
  onRedirect: () => void;
};

function ProblemBar({ problem, canRedirect, onRetry, onRedirect }: ProblemBarProps) {
  const m = useMessages(signInMessages);
  const text: Record<SignInProblem, [string, string]> = {
    'consent-needed': [m.consentTitle, m.consentBody],
    'popup-blocked': [m.popupTitle, canRedirect ? m.popupBodyHere : m.popupBody],
    cancelled: [m.cancelledTitle, m.cancelledBody],
    'not-configured': [m.configTitle, m.configBody],
    failed: [m.failedTitle, m.failedBody],
  };
  const [title, body] = text[problem];
  return (
    <MessageBar intent={problem === 'cancelled' ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{m.tryAgain}</Button>
        {problem === 'popup-blocked' && canRedirect && <Button onClick={onRedirect}>{m.signInHere}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
