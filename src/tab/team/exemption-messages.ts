// Texts of the exemption dialog (000: a recorded reason to skip a year) in bokmål, nynorsk and English.
import { defineMessages } from '../i18n/feature-messages';

export const exemptionMessages = defineMessages({
  nb: {
    title: (name: string) => `Fritak for ${name}`,
    loading: 'Henter fritak …',
    current: 'Registrerte fritak',
    none: 'Ingen fritak er registrert.',
    item: (kind: string, year: number, byEmployee: boolean) =>
      `${kind} ${year}: ${byEmployee ? 'den ansatte ba om det' : 'leders beslutning'}`,
    recorded: (name: string, date: string) => `Registrert av ${name} ${date}`,
    withdrawnBy: (name: string, date: string) => `Trukket tilbake av ${name} ${date}`,
    withdraw: 'Trekk tilbake',
    withdrawLabel: (what: string) => `Trekk tilbake fritaket: ${what}`,
    withdrawConfirm: (what: string) =>
      `Trekke tilbake fritaket (${what})? Samtalen må da planlegges som vanlig.`,
    withdrawYes: 'Ja, trekk tilbake',
    newHeading: 'Registrer et fritak',
    kind: 'Samtale',
    year: 'År',
    by: 'Hvem ønsket det?',
    byEmployee: 'Den ansatte ba om å stå over',
    byLeader: 'Leders beslutning',
    byEmployeeHint:
      'Rutinen: en ansatt kan be om å stå over én gang, ikke for godt. Fritaket gjelder ett år.',
    byLeaderHint:
      'Rutinen: en leder kan ikke la være å holde samtalen uten at det er begrunnet overfor kommunedirektøren, og den ansatte skal informeres.',
    reason: 'Begrunnelse',
    reasonHint: 'Påkrevd. Lederen ser den; HR ser bare hvor mange som er fritatt.',
    reasonMissing: 'Skriv en begrunnelse (minst tre tegn).',
    next: 'Neste',
    back: 'Tilbake',
    cancel: 'Avbryt',
    save: 'Registrer fritaket',
    close: 'Lukk',
    confirmTitle: 'Dette blir registrert',
    confirmation: (name: string, kind: string, year: number, byEmployee: boolean, reason: string) =>
      `${name} er fritatt fra ${kind.toLowerCase()} i ${year}, ${
        byEmployee ? 'etter eget ønske' : 'etter din beslutning'
      }. Begrunnelse: «${reason}». Samtale sender ingen melding; snakk med den ansatte selv. HR ser bare antallet fritatte.`,
    saving: 'Registrerer …',
    saved: (name: string, year: number) => `Fritaket for ${name} i ${year} er registrert.`,
    withdrawn: 'Fritaket er trukket tilbake.',
    duplicate: 'Det er allerede registrert et fritak for det året.',
    failed: 'Det ble ikke lagret. Prøv igjen.',
  },
  nn: {
    title: (name: string) => `Fritak for ${name}`,
    loading: 'Hentar fritak …',
    current: 'Registrerte fritak',
    none: 'Ingen fritak er registrerte.',
    item: (kind: string, year: number, byEmployee: boolean) =>
      `${kind} ${year}: ${byEmployee ? 'den tilsette bad om det' : 'avgjerd frå leiar'}`,
    recorded: (name: string, date: string) => `Registrert av ${name} ${date}`,
    withdrawnBy: (name: string, date: string) => `Trekt tilbake av ${name} ${date}`,
    withdraw: 'Trekk tilbake',
    withdrawLabel: (what: string) => `Trekk tilbake fritaket: ${what}`,
    withdrawConfirm: (what: string) =>
      `Trekkje tilbake fritaket (${what})? Samtalen må då planleggjast som vanleg.`,
    withdrawYes: 'Ja, trekk tilbake',
    newHeading: 'Registrer eit fritak',
    kind: 'Samtale',
    year: 'År',
    by: 'Kven ønskte det?',
    byEmployee: 'Den tilsette bad om å stå over',
    byLeader: 'Avgjerd frå leiar',
    byEmployeeHint:
      'Rutinen: ein tilsett kan be om å stå over éin gong, ikkje for godt. Fritaket gjeld eitt år.',
    byLeaderHint:
      'Rutinen: ein leiar kan ikkje la vere å halde samtalen utan at det er grunngitt overfor kommunedirektøren, og den tilsette skal informerast.',
    reason: 'Grunngiving',
    reasonHint: 'Påkravd. Leiaren ser ho; HR ser berre kor mange som er fritatte.',
    reasonMissing: 'Skriv ei grunngiving (minst tre teikn).',
    next: 'Neste',
    back: 'Tilbake',
    cancel: 'Avbryt',
    save: 'Registrer fritaket',
    close: 'Lukk',
    confirmTitle: 'Dette blir registrert',
    confirmation: (name: string, kind: string, year: number, byEmployee: boolean, reason: string) =>
      `${name} er fritatt frå ${kind.toLowerCase()} i ${year}, ${
        byEmployee ? 'etter eige ønske' : 'etter avgjerda di'
      }. Grunngiving: «${reason}». Samtale sender inga melding; snakk med den tilsette sjølv. HR ser berre talet på fritatte.`,
    saving: 'Registrerer …',
    saved: (name: string, year: number) => `Fritaket for ${name} i ${year} er registrert.`,
    withdrawn: 'Fritaket er trekt tilbake.',
    duplicate: 'Det er alt registrert eit fritak for det året.',
    failed: 'Det vart ikkje lagra. Prøv igjen.',
  },
  en: {
    title: (name: string) => `Exemption for ${name}`,
    loading: 'Loading exemptions …',
    current: 'Recorded exemptions',
    none: 'No exemption is recorded.',
    item: (kind: string, year: number, byEmployee: boolean) =>
      `${kind} ${year}: ${byEmployee ? 'the employee asked' : 'leader’s decision'}`,
    recorded: (name: string, date: string) => `Recorded by ${name} on ${date}`,
    withdrawnBy: (name: string, date: string) => `Withdrawn by ${name} on ${date}`,
    withdraw: 'Withdraw',
    withdrawLabel: (what: string) => `Withdraw the exemption: ${what}`,
    withdrawConfirm: (what: string) =>
      `Withdraw the exemption (${what})? The conversation must then be planned as usual.`,
    withdrawYes: 'Yes, withdraw',
    newHeading: 'Record an exemption',
    kind: 'Conversation',
    year: 'Year',
    by: 'Whose wish was it?',
    byEmployee: 'The employee asked to skip',
    byLeader: 'Leader’s decision',
    byEmployeeHint:
      'The routine: an employee may ask to skip once, not for good. The exemption covers one year.',
    byLeaderHint:
      'The routine: a leader cannot skip the conversation without a reason accepted by the chief executive, and the employee must be told.',
    reason: 'Reason',
    reasonHint: 'Required. The leader sees it; HR only sees how many are exempt.',
    reasonMissing: 'Write a reason (at least three characters).',
    next: 'Next',
    back: 'Back',
    cancel: 'Cancel',
    save: 'Record the exemption',
    close: 'Close',
    confirmTitle: 'This will be recorded',
    confirmation: (name: string, kind: string, year: number, byEmployee: boolean, reason: string) =>
      `${name} is exempt from the ${kind.toLowerCase()} in ${year}, ${
        byEmployee ? 'at their own wish' : 'by your decision'
      }. Reason: “${reason}”. Samtale sends no message; talk to the employee yourself. HR only sees the number exempt.`,
    saving: 'Recording …',
    saved: (name: string, year: number) => `The exemption for ${name} in ${year} is recorded.`,
    withdrawn: 'The exemption is withdrawn.',
    duplicate: 'An exemption is already recorded for that year.',
    failed: 'It was not saved. Please try again.',
  },
});
