import { describe } from 'vitest';
import { probeTests, type Want } from './probe.js';

// Stop 51's open wrong probes (issue 12, branch h/open71): each fix's paraphrases in other bodies' phrasing (the review
// files' own probes now run there: review70c ap2, ap2b; review70d lo3, lc1, lc2, rd2b) and counter-probes that must keep
// the reading the fix must not take away. Every text is constructed.

type Probe = { id: string; fix: string; field: string; want: Want; text: string; wrong?: string };
const BODY = '\n\nBidraget får användas till kostnader för verksamheten.';

const PROBES: Probe[] = [
  // ── year: a closed round's year beside a later round's closing day (cues/year.ts CLOSED_ROUND_YEAR, fields/title.ts findYear)
  { id: 'y1', fix: 'closed round, a later deadline (a foundation)', field: 'year', want: { not: 2022 },
    text: 'Ungdomsstipendium\nAnsökningsomgången för ungdomsstipendier 2022 är nu stängd. Nästa omgång: sista ansökningsdag är den 30 april 2023.' + BODY },
  { id: 'y2', fix: 'closed round, a later deadline (a region)', field: 'year', want: { not: 2024 },
    text: 'Bidrag till litteraturprojekt\nAnsökningsperioden för litteraturstöd 2024 har stängt. Ansökan för nästa år kan lämnas in senast den 15 februari 2025.' + BODY },
  // keeps: a closed round alone (dev 1874's shape), its own past closing day, and an open round
  { id: 'y1k', fix: 'keeps a closed round alone', field: 'year', want: 2025,
    text: 'Projektbidrag\nAnsökningsperioden för projektbidrag 2025 är nu stängd, och öppnar igen i början av 2026.\nFöreningar kan söka projektbidrag.' },
  { id: 'y2k', fix: 'keeps a closed round whose own day lies in the year before', field: 'year', want: 2025,
    text: 'Projektbidrag\nAnsökningsperioden för projektbidrag 2025 är nu stängd. Sista ansökningsdag var den 15 oktober 2024.\nFöreningar kan söka projektbidrag.' },
  { id: 'y3k', fix: 'an open round is no closed one', field: 'year', want: 2024,
    text: 'Verksamhetsstöd\nAnsökningstiden för verksamhetsstöd 2024 är öppen. Ansök senast den 15 januari 2024.\nFöreningar kan söka verksamhetsstöd.' },

  // ── window labels under a job's, a course's or a place's heading (cues/dates.ts OTHER_APPLICATION_HEAD, ROLLING_PAGE, FACILITY_HEAD)
  { id: 'l1', fix: 'a job ad on a rolling grant page', field: 'requisition.closes', want: null,
    text: 'Projektstöd\nProjektstöd kan sökas året om.\n\nJobba hos oss\nVi söker en bidragshandläggare\nSista ansökningsdag: 15 maj 2025' + BODY },
  { id: 'l2', fix: 'a course on a rolling grant page', field: 'requisition.closes', want: null,
    text: 'Aktivitetsbidrag\nFöreningar kan söka aktivitetsbidrag när som helst under året.\n\nKurs i föreningsekonomi\nKursen är gratis för medlemsföreningar.\nSista ansökningsdag: 20 mars 2025' + BODY },
  { id: 'l3', fix: 'a library\'s opening day', field: 'requisition.opens', want: null,
    text: 'Kulturbidrag\nKulturbidrag kan sökas löpande.\n\nStadsbiblioteket\nÖppnar: 2 januari 2026 efter ombyggnaden' + BODY },
  { id: 'l4', fix: 'a youth centre\'s closing day', field: 'requisition.closes', want: null,
    text: 'Fritidsbidrag\nFöreningar kan söka fritidsbidrag.\n\nFritidsgården Kupolen\nStänger: 20 december 2025 för jullovet' + BODY },
  // keeps: a course heading on a page with a window of its own, a label naming the grant, a place's heading over the application
  { id: 'l1k', fix: 'keeps a course section\'s day when the grant is not applied for any time', field: 'requisition.closes', want: '2025-04-15',
    text: 'Utbildningsbidrag\nFöreningar kan söka bidrag till utbildningar för sina ledare.\n\nUtbildning för ledare\nAnsök senast: 15 april 2025' + BODY },
  { id: 'l2k', fix: 'keeps a place\'s heading over the application\'s own label', field: 'requisition.opens', want: '2025-09-01',
    text: 'Bidrag till kulturhuset\nFöreningar kan söka bidrag för arrangemang.\n\nKulturhuset\nAnsökan öppnar: 1 september 2025\nAnsökan stänger: 30 september 2025' + BODY },

  // ── a report day of last year's grant (cues/dates.ts LAST_YEARS_GRANT on reporting-closes and reporting-last-day,
  //    cues/reporting.ts sista-dag-att-redovisa)
  { id: 'r1', fix: 'last year\'s grant, the sentence form', field: 'reporting.due', want: { not: '2025-01-31' },
    text: 'Föreningsbidrag 2025\nAnsök senast 1 mars 2025.\n\nSista dag att redovisa föregående års bidrag är den 31 januari 2025.' + BODY },
  { id: 'r2', fix: 'last year\'s granted money, a label', field: 'reporting.due', want: { not: '2025-02-15' },
    text: 'Kulturstöd 2025\nAnsök senast 1 mars 2025.\n\nSista dag för återrapportering: 15 februari 2025 (avser förra årets beviljade medel)' + BODY },
  { id: 'r1k', fix: 'keeps the report day of the page\'s own grant', field: 'reporting.due', want: '2026-03-01',
    text: 'Föreningsbidrag 2025\nAnsök senast 1 mars 2025.\n\nSista dag för redovisning: 1 mars 2026' + BODY },

  // ── recipients: an event's audience and the members of an organisation (cues/recipients.ts subject-organisations,
  //    riktat-till-organisationer unless guards); `wrong` is the type whose presence is the wrong value
  { id: 'o1', fix: 'an information meeting\'s audience', field: 'recipients.types', want: { not: 'organisation' }, wrong: 'organisation',
    text: 'Kulturpris 2025\n\nPriset delas ut till en kulturskapare. Informationsmötet den 10 februari riktar sig till föreningar som vill lämna förslag. Förslag ska lämnas senast 1 mars 2025.' },
  { id: 'o2', fix: 'children in a förening as the ones the money is for', field: 'recipients.types', want: { not: 'organisation' }, wrong: 'organisation',
    text: 'Minnesfonden\n\nMedlen är avsedda för barn i idrottsföreningar som saknar råd att delta i läger. Ansök senast 1 maj 2025.' },
  { id: 'o1k', fix: 'keeps a grant aimed at föreningar', field: 'recipients.types', want: ['organisation'],
    text: 'Föreningsstöd\n\nStödet är riktat till föreningar med barn- och ungdomsverksamhet. Ansök senast 1 mars 2025.' + BODY },
  { id: 'o2k', fix: 'keeps a grant that turns to föreningar', field: 'recipients.types', want: ['organisation'],
    text: 'Projektbidrag\n\nBidraget riktar sig till föreningar som arbetar med unga. Ansök senast 1 mars 2025.' + BODY },
];

describe('open71: stop 51\'s open wrong probes, paraphrased, and the readings their fixes keep', () => {
  probeTests(PROBES, (p) => `${p.id} ${p.field} [${p.fix}]`, undefined, (p) => p.id);
});
