// Names for the fictional municipality. Norwegian names with æ, ø and å on purpose: they must survive
// every layer (Graph, storage, PDF, e-mail addresses), so the demo shows them everywhere.
import type { Random } from './random';

const GIVEN_NAMES = (
  'Åse Bjørn Sølvi Øyvind Kåre Ingrid Ole Kari Lars Marit Per Anne Jørgen Ragnhild Håkon Solveig Nils ' +
  'Tone Eirik Liv Sigurd Hege Torbjørn Gunnhild Trond Bodil Geir Randi Stein Synnøve Jon Åsmund Siri ' +
  'Magnus Ingvild Knut Mari Erlend Astrid Harald Guro Sverre Tove Øystein Hilde Rune Nora Audun Berit ' +
  'Emil Sunniva Tor Ellinor Vegard Ragnar Kjersti Halvard Åshild Frode Mette Jørn Ida Sindre Grethe ' +
  'Fredrik Kristin'
).split(' ');

const SURNAMES = (
  'Mæhlum Sæther Løvås Bråten Haugen Dahl Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen ' +
  'Kristiansen Berg Halvorsen Strand Moen Solberg Ødegård Bakken Lie Nygård Rønning Søreide Aas Fjærli ' +
  'Hågensen Lunde Sørensen Eide Brekke Vik Holm Myrvold Kvåle Græsdal Tøndel Østby Aune Jørgensen ' +
  'Sandvik Næss Wold Hovland Skår Tveit Bøe Rød Ås'
).split(' ');

/** Colleagues who came from abroad; they tend to prefer English in the app. Given name and surname are
 * drawn separately, so a handful of names does not turn into four people with the same full name. */
const INTERNATIONAL_GIVEN = 'Anna Tomasz Maria Ahmed Sarah Linh Daniel Amina Jonas Elena'.split(' ');
const INTERNATIONAL_SURNAMES =
  'Kowalska Nowak Santos Hassan Mitchell Nguyen Schmidt Yusuf Petrauskas Popescu'.split(' ');

export interface PersonName {
  givenName: string;
  surname: string;
  /** true for the international names: they get English as preferred language */
  international: boolean;
}

export function pickName(random: Random, internationalShare: number): PersonName {
  if (random.chance(internationalShare)) {
    return {
      givenName: random.pick(INTERNATIONAL_GIVEN),
      surname: random.pick(INTERNATIONAL_SURNAMES),
      international: true,
    };
  }
  return { givenName: random.pick(GIVEN_NAMES), surname: random.pick(SURNAMES), international: false };
}

const ASCII_FOR: Record<string, string> = { æ: 'ae', ø: 'o', å: 'aa', é: 'e', ü: 'u', ö: 'o', ä: 'a' };

/** The mail local part as Norwegian IT departments write it: "Kåre Mæhlum" → "kare.maehlum" style, ASCII only. */
export function mailLocalPart(name: PersonName): string {
  const ascii = (s: string) =>
    s
      .toLowerCase()
      .replace(/[æøåéüöä]/g, (c) => ASCII_FOR[c] ?? '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${ascii(name.givenName)}.${ascii(name.surname)}`;
}
