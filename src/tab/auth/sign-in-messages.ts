// Texts of the production sign-in (Teams/Outlook through the host, or a normal sign-in in a browser).
import { defineMessages } from '../i18n/feature-messages';

export const signInMessages = defineMessages({
  nb: {
    heading: 'Logg inn i Samtale',
    working: 'Logger inn …',
    standaloneIntro: 'Logg inn med kontoen du bruker på jobb.',
    signIn: 'Logg inn',
    signInHere: 'Logg inn i dette vinduet',
    tryAgain: 'Prøv igjen',
    consentTitle: 'Samtale trenger ditt samtykke',
    consentBody:
      'Samtale må få lov til å logge deg inn. Trykk «Prøv igjen» og godta i vinduet som åpnes. Får du ikke lov, ber du IT om å gi samtykke for hele kommunen.',
    popupTitle: 'Innloggingsvinduet ble blokkert',
    popupBody:
      'Nettleseren stoppet vinduet der du logger inn. Trykk «Prøv igjen», eller tillat popup-vinduer for denne siden.',
    popupBodyHere:
      'Nettleseren stoppet vinduet der du logger inn. Trykk «Prøv igjen», tillat popup-vinduer for denne siden, eller logg inn i dette vinduet.',
    cancelledTitle: 'Du ble ikke logget inn',
    cancelledBody: 'Innloggingen ble avbrutt. Trykk «Prøv igjen» når du er klar.',
    configTitle: 'Innloggingen er ikke satt opp',
    configBody:
      'Serveren mangler app-registreringen i Entra ID (klient-ID og API-omfang). Be IT følge docs/deploy.md.',
    failedTitle: 'Innloggingen mislyktes',
    failedBody: 'Noe gikk galt under innloggingen. Prøv igjen om litt.',
  },
  nn: {
    heading: 'Logg inn i Samtale',
    working: 'Loggar inn …',
    standaloneIntro: 'Logg inn med kontoen du brukar på jobb.',
    signIn: 'Logg inn',
    signInHere: 'Logg inn i dette vindauget',
    tryAgain: 'Prøv igjen',
    consentTitle: 'Samtale treng samtykket ditt',
    consentBody:
      'Samtale må få lov til å logge deg inn. Trykk «Prøv igjen» og godta i vindauget som opnar seg. Får du ikkje lov, ber du IT om å gi samtykke for heile kommunen.',
    popupTitle: 'Innloggingsvindauget vart blokkert',
    popupBody:
      'Nettlesaren stoppa vindauget der du loggar inn. Trykk «Prøv igjen», eller tillat sprettoppvindauge for denne sida.',
    popupBodyHere:
      'Nettlesaren stoppa vindauget der du loggar inn. Trykk «Prøv igjen», tillat sprettoppvindauge for denne sida, eller logg inn i dette vindauget.',
    cancelledTitle: 'Du vart ikkje logga inn',
    cancelledBody: 'Innlogginga vart avbroten. Trykk «Prøv igjen» når du er klar.',
    configTitle: 'Innlogginga er ikkje sett opp',
    configBody:
      'Serveren manglar app-registreringa i Entra ID (klient-ID og API-omfang). Be IT følgje docs/deploy.md.',
    failedTitle: 'Innlogginga mislukkast',
    failedBody: 'Noko gjekk gale under innlogginga. Prøv igjen om litt.',
  },
  en: {
    heading: 'Sign in to Samtale',
    working: 'Signing in …',
    standaloneIntro: 'Sign in with the account you use at work.',
    signIn: 'Sign in',
    signInHere: 'Sign in in this window',
    tryAgain: 'Try again',
    consentTitle: 'Samtale needs your consent',
    consentBody:
      'Samtale must be allowed to sign you in. Press “Try again” and accept in the window that opens. If you are not allowed to, ask IT to consent for the whole municipality.',
    popupTitle: 'The sign-in window was blocked',
    popupBody:
      'The browser stopped the window you sign in with. Press “Try again”, or allow pop-ups for this page.',
    popupBodyHere:
      'The browser stopped the window you sign in with. Press “Try again”, allow pop-ups for this page, or sign in in this window.',
    cancelledTitle: 'You were not signed in',
    cancelledBody: 'Sign-in was cancelled. Press “Try again” when you are ready.',
    configTitle: 'Sign-in is not set up',
    configBody:
      'The server lacks its Entra ID app registration (client id and API scope). Ask IT to follow docs/deploy.md.',
    failedTitle: 'Sign-in failed',
    failedBody: 'Something went wrong while signing in. Try again in a moment.',
  },
});
