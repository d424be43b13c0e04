// The kinds of workplaces a kommune runs, with the titles and terms typical of each. Care services run
// on part-time shifts and many temporary staff; schools and the town hall mostly on full positions.

export type Sector = 'administrasjon' | 'helse og omsorg' | 'oppvekst' | 'teknisk';

export interface UnitKind {
  key: string;
  sector: Sector;
  /** relative headcount: a nursing home is about twice a kindergarten */
  weight: number;
  unitName(place: string): string;
  leaderTitle: string;
  /** title of an assistant leader when the unit is too big for one leader */
  deputyTitle: string;
  titles: readonly (readonly [string, number])[];
  percents: readonly (readonly [number, number])[];
  temporaryShare: number;
}

/** "lærer 10, lektor 3" → [['lærer', 10], ['lektor', 3]] */
function weights(spec: string): [string, number][] {
  return spec.split(', ').map((entry) => {
    const cut = entry.lastIndexOf(' ');
    return [entry.slice(0, cut), Number(entry.slice(cut + 1))];
  });
}

const percents = (spec: string) =>
  weights(spec).map(([percent, weight]): [number, number] => [Number(percent), weight]);

// Stillingsprosent and how common it is: shift work has many small positions (some under 50 %).
const FULL_TIME = percents('100 80, 80 10, 60 4, 50 3, 40 2, 20 1');
const SHIFTS = percents('100 30, 80 18, 75 16, 60 12, 50 10, 40 8, 20 6');

export const ADMINISTRATION: UnitKind = {
  key: 'administrasjon',
  sector: 'administrasjon',
  weight: 0.8,
  unitName: () => 'Rådhuset – administrasjon',
  leaderTitle: 'kommunedirektør',
  deputyTitle: 'avdelingsleder',
  titles: weights(
    'rådgiver 4, seniorrådgiver 2, konsulent 3, økonomikonsulent 2, lønnskonsulent 1, arkivleder 1, IT-konsulent 1',
  ),
  percents: FULL_TIME,
  temporaryShare: 0.08,
};

export const UNIT_KINDS: readonly UnitKind[] = [
  {
    key: 'sykehjem',
    sector: 'helse og omsorg',
    weight: 1.6,
    unitName: (place) => `${place} sykehjem`,
    leaderTitle: 'enhetsleder sykehjem',
    deputyTitle: 'avdelingsleder',
    titles: weights(
      'sykepleier 6, helsefagarbeider 8, assistent 3, spesialsykepleier 1, ergoterapeut 1, aktivitør 1, kokk 1, renholder 1',
    ),
    percents: SHIFTS,
    temporaryShare: 0.2,
  },
  {
    key: 'skole',
    sector: 'oppvekst',
    weight: 1.1,
    unitName: (place) => `${place} skole`,
    leaderTitle: 'rektor',
    deputyTitle: 'inspektør',
    titles: weights(
      'lærer 10, lektor 3, spesialpedagog 2, barne- og ungdomsarbeider 2, miljøterapeut 1, renholder 1',
    ),
    percents: FULL_TIME,
    temporaryShare: 0.1,
  },
  {
    key: 'hjemmetjenesten',
    sector: 'helse og omsorg',
    weight: 0.9,
    unitName: (place) => `Hjemmetjenesten ${place}`,
    leaderTitle: 'enhetsleder hjemmetjenesten',
    deputyTitle: 'avdelingsleder',
    titles: weights('sykepleier 5, helsefagarbeider 6, vernepleier 2, assistent 2, fysioterapeut 1'),
    percents: SHIFTS,
    temporaryShare: 0.15,
  },
  {
    key: 'barnehage',
    sector: 'oppvekst',
    weight: 0.8,
    unitName: (place) => `${place} barnehage`,
    leaderTitle: 'styrer',
    deputyTitle: 'pedagogisk leder',
    titles: weights('barnehagelærer 4, fagarbeider 4, assistent 3, kokk 1'),
    percents: SHIFTS,
    temporaryShare: 0.15,
  },
  {
    key: 'helsestasjon',
    sector: 'helse og omsorg',
    weight: 0.5,
    unitName: (place) => `${place} helsestasjon`,
    leaderTitle: 'leder helsestasjon',
    deputyTitle: 'fagleder',
    titles: weights('helsesykepleier 5, jordmor 2, fysioterapeut 1, merkantil konsulent 1'),
    percents: FULL_TIME,
    temporaryShare: 0.1,
  },
  {
    key: 'teknisk',
    sector: 'teknisk',
    weight: 0.7,
    unitName: (place) => `Teknisk drift ${place}`,
    leaderTitle: 'driftsleder',
    deputyTitle: 'formann',
    titles: weights('vaktmester 4, driftsoperatør 3, ingeniør 2, renholder 3, maskinfører 1'),
    percents: FULL_TIME,
    temporaryShare: 0.08,
  },
];

/** The order units are added in: the default demo (four units) gets the town hall, a nursing home, a school and home care. */
export const UNIT_CYCLE = [
  'sykehjem',
  'skole',
  'hjemmetjenesten',
  'barnehage',
  'skole',
  'helsestasjon',
  'sykehjem',
  'teknisk',
  'barnehage',
];

/** Place names for units; "Fjordvik" first so the default demo reads "Fjordvik sykehjem". */
export const PLACES = (
  'Fjordvik Solheim Bakkely Åsen Strand Lia Nesset Bjørkelund Furuly Vika Øvrebygd Sætre Haugland ' +
  'Løkka Elvebakken Sjøsiden Fjellheim Bråtan Myra Nordbygda Kvernhusvika Gården Sørbygda Engen'
).split(' ');
