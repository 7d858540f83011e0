import { describe, it } from 'vitest';
import { expectWant, probeField, type Want } from './probe.js';

// Issue 12 (helper left66): the wrong values review65 left open, fixed by class. For each class: the review's shape,
// paraphrases in another body's phrasing and a keeps-probe (x/y ids) that must keep its value. Every text is constructed.
// LEFT_OPEN holds the probes not fixed safely, each with its reason. A missing value beats a wrong one.
//
// 23 probes, right / missing / wrong on main d7ab6ced → this branch: label under another event 2/0/3 → 5/0/0; granted
// projects' day 3/0/2 → 5/0/0; call statement 1/1/3 → 5/0/0; job-ad head 1/0/5 → 5/0/1 (J4y LEFT_OPEN); form returns
// itself 1/0/1 → 2/0/0; all 8/1/14 → 22/0/1. forms65's other fragile form, dev 1995 (Perkins), stays at exactly the line:
// no second safe form mark was found in it (its burden statement is read already; its contents list of "Cover Sheet" and
// "Data Tables" an instructions package prints too).

type Probe = { id: string; cls: string; field: string; want: Want; text: string };
const P = (id: string, cls: string, field: string, want: Want, ...lines: string[]): Probe => ({ id, cls, field, want, text: lines.join('\n') });

const PROBES: Probe[] = [
  // 1. a bare closing label under the heading of another event (a survey, a consultation, a course registration): that
  //    event's day, no application's (review65 s1; cues/dates.ts OTHER_EVENT_HEAD)
  P('S1', 'label under another event', 'requisition.closes', null, 'Bidrag till föreningar', 'Enkät om föreningslivet', 'Stängs: 15 maj 2025', 'Föreningar kan söka bidraget löpande.'),
  P('S1a', 'label under another event', 'requisition.closes', null, 'Föreningsbidrag', 'Konsultation om nya regler för bidrag', 'Stänger: 30 april 2025', 'Ideella föreningar kan söka bidraget hela året.'),
  P('S1b', 'label under another event', 'requisition.closes', null, 'Kulturbidrag', 'Anmälan till kursen i projektledning', 'Sista dag att anmäla:', '10 mars 2025', 'Kulturföreningar kan söka bidraget.'),
  P('S1x', 'label under the application heading (keeps)', 'requisition.closes', '2025-03-10', 'Kulturbidrag', 'Ansökan om bidrag', 'Stänger: 10 mars 2025', 'Kulturföreningar kan söka bidraget.'),
  P('S1y', 'a label naming the application, under an event (keeps)', 'requisition.closes', '2025-03-10', 'Kulturbidrag', 'Webbinarium om bidraget', 'Ansökan stänger: 10 mars 2025', 'Kulturföreningar kan söka bidraget.'),
  // 2. a day for projects already granted: no application deadline for this call (review65 y2; granted-projects-day-*)
  P('Y2', 'day for granted projects', 'requisition.closes', null, 'Projektbidrag 2016', 'Ansökningstiden går ut 31.12.2016 för tidigare beviljade projekt.', 'Föreningar kan söka bidraget.'),
  P('Y2a', 'day for granted projects', 'requisition.closes', null, 'Verksamhetsstöd', 'För redan beviljade projekt gäller att ansökan om förlängning ska lämnas senast 30 november 2024.', 'Ideella föreningar kan söka stödet.'),
  P('Y2b', 'day for granted projects', 'requisition.closes', null, 'Projektstöd', 'Sista ansökningsdag är 1 mars 2025 för projekt som redan har beviljats stöd.', 'Ideella föreningar kan söka stödet.'),
  P('Y2x', 'day for new projects (keeps)', 'requisition.closes', '2025-03-01', 'Projektstöd', 'Sista ansökningsdag är 1 mars 2025 för nya projekt.', 'Ideella föreningar kan söka stödet.'),
  P('Y2c', 'day for granted projects, yearless', 'requisition.closes', null, 'Projektbidrag 2016', 'Ansökningstiden går ut 31.12. för tidigare beviljade projekt.', 'Föreningar kan söka bidraget.'),
  // 3. the text's own call statement names its recipients, not a state body's larger distribution before it (review65 r6;
  //    cues/recipients.ts CALL_STATEMENT)
  P('R6', 'call statement over a frame', 'recipients.types', ['organisation'], 'Uppdrag', 'Regeringen ska fördela medel om 5 miljarder kronor till kommunerna under 2025. Denna utlysning gäller bidrag till ideella föreningar.', 'Ideella föreningar kan söka bidraget.'),
  P('R6a', 'call statement over a frame', 'recipients.types', ['organisation'], 'Projektstöd', 'Socialstyrelsen ska fördela stöd om 200 miljoner kronor till regionerna 2025. Den här utlysningen riktar sig till stiftelser och ideella föreningar.', 'Ansök senast 1 maj 2025.'),
  P('R6b', 'call statement over a frame', 'recipients.types', ['organisation'], 'Utlysning', 'Myndigheten ska fördela bidrag om 40 miljoner kronor till kommuner och regioner. Årets utlysning vänder sig enbart till ideella organisationer.', 'Ansök senast 1 maj 2025.'),
  P('R6x', 'call statement naming kinds (keeps)', 'recipients.types', ['kommun', 'region'], 'Utlysning', 'Denna utlysning riktar sig till kommuner och regioner.', 'Ansök senast 1 maj 2025.'),
  P('R6y', 'a past call statement (no override)', 'recipients.types', ['kommun'], 'Utlysning', 'Förra årets utlysning gällde bidrag till ideella föreningar.', 'Kommuner kan söka bidraget.'),
  // 4. a job ad whose head is marked up or stands under a site's name or a "Lediga jobb" link (review65 j3/j4: left65's veto
  //    read the raw first line only; cues/grant-text.ts readsAsJobAd)
  P('J4', 'job ad, Markdown head', 'kind', 'refused', '# Handläggare sökes', '', 'Vi söker en handläggare till vår bidragsenhet. Du kommer att bereda ansökningar om bidrag till föreningar.', '', 'Ansök senast 1 maj 2025.'),
  P('J4a', 'job ad, emphasised head', 'kind', 'refused', '**Utredare sökes till avdelningen för statsbidrag**', 'Nu söker vi en utredare. I tjänsten ingår att handlägga ansökningar från kommuner.', 'Sista ansökningsdag 15 juni 2025.'),
  P('J4b', 'job ad under a site name', 'kind', 'refused', 'Kommunen', 'Handläggare sökes', 'Vi söker en handläggare till vår bidragsenhet. Du kommer att bereda ansökningar om bidrag.', 'Ansök senast 1 maj 2025.'),
  P('J4c', 'job ad under a "Lediga jobb" link', 'kind', 'refused', 'Lediga jobb', 'Controller sökes till bidragsenheten', 'Som controller kommer du att följa upp beviljade bidrag.', 'Välkommen med din ansökan senast 20 maj 2025.'),
  P('J4x', 'a grant head over "… sökes" (keeps)', 'kind', { not: 'refused' }, 'Bidrag till föreningar', 'Volontärer sökes', 'Du kommer att få besked om bidraget i juni.', 'Föreningar kan söka bidraget senast 1 maj 2025.'),
  P('J4y', 'job ad headed by the bare post', 'kind', 'refused', 'Projektledare', 'Vi söker en projektledare till vårt bidragsprojekt. Du kommer att leda arbetet med ansökningar om stöd.', 'Ansök senast 1 maj 2025.'),
  // 5. a form's own return command naming itself "this form" (forms65 left dev 1994 at exactly the line; genre.ts
  //    KIND_EVIDENCE submit-this-form-en): one mark more for a form, none for instructions that name "the form"
  P('F1', 'form returns itself', 'kind', 'reporting-form', 'Community Grant Follow-Up', 'If your group received a community grant last year, please complete this short report on how the money was spent. Please return this completed form to the Grants Office by mail or email.', 'Name of Organization', 'Contact Person', 'Amount of Grant Received $'),
  P('F1x', 'instructions name "the form" (keeps)', 'kind', 'anvisning', 'Community Grant Reporting', 'Grantees who received a community grant must report on how the money was spent. Submit the form to the Grants Office by 1 March 2025. The report must be submitted within 60 days of the project end.', 'The grant may only be used for the approved project.'),
];

// the probes not fixed, with the reason
// J4y was fixed by left67 (cues/grant-text.ts headIsPostSought)
const LEFT_OPEN = new Map<string, string>([]);

describe('left66: review65 left-open wrong values by class, paraphrases and keeps-probes', () => {
  for (const p of PROBES) {
    const run = LEFT_OPEN.has(p.id) ? it.skip : it;
    run(`${p.id} ${p.cls} ${p.field}: ${p.text.split('\n')[1] ?? ''}`, async () => {
      expectWant(await probeField(p.text, p.field), p.want);
    });
  }
});
