// Demo mode only: pick a fictional person and get a demo token for them. The page says loudly that it is
// a demo with made-up data, so nobody mistakes it for a real sign-in.
import { useCallback, useState } from 'react';
import { Body1, Title3, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { Role } from '../../core/org';
import type { ApiClient } from '../api/client';
import type { AccessToken, Persona } from '../api/schemas';
import { useLoad } from '../hooks/useLoad';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';
import { PersonaButton } from './PersonaButton';

const ROLE_ORDER: Role[] = ['leader', 'employee', 'hr'];

const useStyles = makeStyles({
  intro: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

export type DemoSignInProps = { api: ApiClient; onSignedIn: (token: AccessToken) => void };

export function DemoSignIn({ api, onSignedIn }: DemoSignInProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const { state, retry } = useLoad(useCallback(() => api.personas(), [api]));
  const [signingIn, setSigningIn] = useState<Persona | null>(null);
  const [failure, setFailure] = useState<{ persona: Persona; error: unknown } | null>(null);

  const choose = (persona: Persona) => {
    setSigningIn(persona);
    setFailure(null);
    api.signIn(persona.personId).then(onSignedIn, (error: unknown) => {
      setSigningIn(null);
      setFailure({ persona, error });
    });
  };

  return (
    <>
      <section className={styles.intro} aria-labelledby="demo-heading">
        <Title3 as="h1" block id="demo-heading">
          {t.demoHeading}
        </Title3>
        <Body1>{t.demoIntro}</Body1>
      </section>
      {failure && <ErrorState error={failure.error} onRetry={() => choose(failure.persona)} />}
      {signingIn && <LoadingState label={t.demoSigningIn(signingIn.displayName)} />}
      {state.status === 'loading' && <LoadingState label={t.loading} />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'done' &&
        ROLE_ORDER.map((role) => {
          const personas = state.data.filter((p) => p.role === role);
          if (personas.length === 0) return null;
          return (
            <section key={role} className={styles.group} aria-labelledby={`personas-${role}`}>
              <Subtitle1 as="h2" block id={`personas-${role}`}>
                {t.demoPersonasLabel(role)}
              </Subtitle1>
              <ul className={styles.list}>
                {personas.map((persona) => (
                  <li key={persona.personId}>
                    <PersonaButton persona={persona} disabled={signingIn !== null} onChoose={choose} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </>
  );
}
