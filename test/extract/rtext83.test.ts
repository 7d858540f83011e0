import { describe, expect, it } from 'vitest';
import { anvisningOf } from './probe.js';
import { findRecipientsText } from '../../extract/fields/recipients-text.js';
import { readText } from '../../extract/read/text.js';

// recipients.text (contract addition 1.1, helper rtext83, issues 12 and 14): the sentence, at most two in a row, in which a
// text says who may requisition, apply for or receive the grant, verbatim (extract/fields/recipients-text.ts, rows in
// extract/cues/recipients-text.ts). Every probe is constructed, in the way a state agency, a region, a kommun, a
// länsstyrelse or a foundation writes it; `want: null` asks for no sentence (an agency's own duty, a denial only, a past
// round, a menu, a question, a target group of people, a use). The evidence entry must quote exactly the value.

type Probe = { id: string; want: string | null; text: string };
const PAGE = (title: string, body: string): string => `${title}\n\n${body}\n`;

const PROBES: Probe[] = [
  // state agencies (Socialstyrelsen, Skolverket, Boverket style)
  { id: 'S1', want: 'Statsbidraget kan rekvireras av samtliga kommuner.',
    text: PAGE('Statsbidrag för förstärkt äldreomsorg 2026', 'Syftet med statsbidraget är att stärka äldreomsorgen. Statsbidraget kan rekvireras av samtliga kommuner. Sista dag att rekvirera är den 15 april 2026.') },
  { id: 'S2', want: 'Bidrag får lämnas till huvudmän för förskoleklass och grundskola.',
    text: PAGE('Statsbidrag för läxhjälp', 'Bidrag får lämnas till huvudmän för förskoleklass och grundskola. Ansökan görs i Skolverkets e-tjänst.') },
  { id: 'S3', want: 'Statsbidrag får ges till kommuner som har tecknat en överenskommelse med staten.',
    text: PAGE('Statsbidrag till kommuner för bostadsbyggande', 'Statsbidrag får ges till kommuner som har tecknat en överenskommelse med staten. Boverket beslutar om bidraget.') },
  { id: 'S4', want: 'Endast kommuner som tecknat överenskommelse kan rekvirera statsbidraget.',
    text: PAGE('Statsbidrag för utbyggd sommarskola', 'Endast kommuner som tecknat överenskommelse kan rekvirera statsbidraget. Rekvisitionen görs i e-tjänsten senast den 1 mars 2026.') },
  { id: 'S5', want: 'Medlen får endast rekvireras av de regioner som har tecknat överenskommelsen.',
    text: PAGE('Prestationsmedel för kortare väntetider', 'Socialstyrelsen fördelar 500 miljoner kronor. Medlen får endast rekvireras av de regioner som har tecknat överenskommelsen.') },
  { id: 'S6', want: 'Regioner och kommuner har möjlighet att söka stöd för insatserna.',
    text: PAGE('Stöd till suicidpreventivt arbete', 'Regioner och kommuner har möjlighet att söka stöd för insatserna. Ansökan ska vara inkommen senast den 30 september 2025.') },
  { id: 'S7', want: 'Stödet söks av huvudmannen för skolenheten.',
    text: PAGE('Statsbidrag för ökad jämlikhet i förskolan', 'Stödet söks av huvudmannen för skolenheten. Huvudmannen ska redovisa hur medlen har använts.') },
  // the answer under a question heading
  { id: 'H1', want: 'Kommuner och regioner.',
    text: PAGE('Statsbidrag för psykisk hälsa 2025', 'Vem kan söka?\n\nKommuner och regioner.\n\nHur mycket kan vi få?\n\nTotalt finns 200 miljoner kronor.') },
  { id: 'H2', want: 'Ideella föreningar som bedriver verksamhet i Ekby kommun.',
    text: PAGE('Föreningsbidrag', 'Vem kan söka?\n\nIdeella föreningar som bedriver verksamhet i Ekby kommun.\n\nSista ansökningsdag är den 1 mars.') },
  { id: 'H3', want: 'Bidraget kan sökas av ideella föreningar som är registrerade i kommunens föreningsregister.',
    text: PAGE('Aktivitetsbidrag', 'Vilka kan söka bidraget?\n\nBidraget kan sökas av ideella föreningar som är registrerade i kommunens föreningsregister. Föreningen ska ha minst tio medlemmar.') },
  { id: 'H4', want: 'Sökande ska vara en ideell förening med säte i Sverige.',
    text: PAGE('Bidrag till demokratiprojekt', 'Vem kan söka?\n\nSökande ska vara en ideell förening med säte i Sverige. Föreningen ska ha ett organisationsnummer.') },
  // two sentences in a row
  { id: 'T1', want: 'Kommuner kan ansöka om stödet. Även ideella föreningar och stiftelser kan söka medel.',
    text: PAGE('Stöd till lokala trygghetsinsatser', 'Kommuner kan ansöka om stödet. Även ideella föreningar och stiftelser kan söka medel. Ansökan görs i e-tjänsten.') },
  { id: 'T2', want: 'Ideella föreningar med verksamhet i länet kan söka bidraget. Nu kan även stiftelser med verksamhet i länet söka.',
    text: PAGE('Bidrag till landsbygdsutveckling', 'Ideella föreningar med verksamhet i länet kan söka bidraget. Nu kan även stiftelser med verksamhet i länet söka. Ansök senast den 15 maj.') },
  // regions and kommuner as givers
  { id: 'R1', want: 'Projektstöd kan sökas av föreningar, studieförbund och trossamfund med verksamhet i regionen.',
    text: PAGE('Projektstöd kultur', 'Region Ekby ger projektstöd till kulturprojekt. Projektstöd kan sökas av föreningar, studieförbund och trossamfund med verksamhet i regionen.') },
  { id: 'R2', want: 'Utlysningen vänder sig till ideella organisationer som arbetar med unga.',
    text: PAGE('Utlysning: mötesplatser för unga', 'Utlysningen vänder sig till ideella organisationer som arbetar med unga. Ansökan ska vara inne senast den 1 november 2025.') },
  { id: 'R3', want: 'Bidraget riktar sig till föreningar som bedriver verksamhet för äldre.',
    text: PAGE('Bidrag till seniorverksamhet', 'Bidraget riktar sig till föreningar som bedriver verksamhet för äldre. Bidraget är högst 20 000 kronor.') },
  { id: 'R4', want: 'Om er förening har verksamhet i kommunen kan ni söka bidraget.',
    text: PAGE('Lokalbidrag', 'Om er förening har verksamhet i kommunen kan ni söka bidraget. Bidraget betalas ut en gång om året.') },
  { id: 'R5', want: 'Stöd kan beviljas ideella föreningar med verksamhet i länet.',
    text: PAGE('Bidrag till fiskevård', 'Stöd kan beviljas ideella föreningar med verksamhet i länet. Stödet får täcka högst 50 procent av kostnaderna.') },
  { id: 'R6', want: 'Samtliga kommuner får rekvirera medel för 2026.',
    text: PAGE('Medel för feriejobb 2026', 'Samtliga kommuner får rekvirera medel för 2026. Länsstyrelsen betalar ut medlen i juni.') },
  { id: 'R7', want: 'Från och med i år får samtliga regioner rekvirera medel.',
    text: PAGE('Medel för ambulanssjukvård', 'Från och med i år får samtliga regioner rekvirera medel. Regionerna ska redovisa användningen senast den 31 mars.') },
  { id: 'R8', want: 'Sökanden måste vara en juridisk person.',
    text: PAGE('Innovationscheckar', 'Sökanden måste vara en juridisk person. Stödet är högst 100 000 kronor per företag.') },
  { id: 'R9', want: 'Företag inom besöksnäringen kan söka ekonomiskt stöd från kommunen.',
    text: PAGE('Stöd till besöksnäringen', 'Företag inom besöksnäringen kan söka ekonomiskt stöd från kommunen. Stödet är högst 50 000 kronor.') },
  { id: 'R10', want: 'Stipendier kan beviljas till enskilda personer.',
    text: PAGE('Stiftelsens stipendier', 'Stiftelsen delar ut stipendier varje år. Stipendier kan beviljas till enskilda personer.') },
  { id: 'R11', want: 'Statsbidraget riktar sig främst till kommuner med hög andel nyanlända.',
    text: PAGE('Statsbidrag för språkutveckling', 'Statsbidraget riktar sig främst till kommuner med hög andel nyanlända. Ansök senast den 1 april.') },
  { id: 'R12', want: 'Under 2026 kan kommuner och regioner ansöka om stöd.',
    text: PAGE('Stöd för digital vård', 'Under 2026 kan kommuner och regioner ansöka om stöd. Totalt finns 30 miljoner kronor att fördela.') },
  { id: 'R13', want: 'Arrangemangsstöd kan sökas av föreningar som vill arrangera offentliga arrangemang.',
    text: PAGE('Arrangemangsstöd', 'Arrangemangsstöd kan sökas av föreningar som vill arrangera offentliga arrangemang. Ansökan ska lämnas senast åtta veckor före arrangemanget.') },
  { id: 'R14', want: 'Projektbidrag kan även sökas av studieförbund och trossamfund.',
    text: PAGE('Projektbidrag', 'Projektbidrag kan även sökas av studieförbund och trossamfund. Bidraget är högst 30 000 kronor.') },
  { id: 'R15', want: 'Bidraget kan även beviljas kommunalförbund.',
    text: PAGE('Bidrag till vattenvård', 'Bidraget kan även beviljas kommunalförbund. Ansökan lämnas till länsstyrelsen.') },
  // a denial right after the positive sentence is not quoted with it
  { id: 'D1', want: 'Ideella föreningar kan söka bidraget.',
    text: PAGE('Bidrag till friluftsliv', 'Ideella föreningar kan söka bidraget. Privatpersoner kan inte söka. Ansök senast den 1 mars.') },
  // nothing says who may apply in a sentence
  { id: 'N1', want: null,
    text: PAGE('Statsbidrag för äldreomsorg', 'Socialstyrelsen fördelar statsbidrag till kommunerna enligt befolkningsmängd. Sista dag att rekvirera är den 15 april 2026.') },
  { id: 'N2', want: null,
    text: PAGE('Bidrag till friluftsliv', 'Bidrag får inte lämnas till politiska partier. Ansökan ska vara inne senast den 1 mars.') },
  { id: 'N3', want: null,
    text: PAGE('Bidrag till integration', 'Förra året sökte 40 föreningar bidraget. Bidraget är högst 50 000 kronor.') },
  { id: 'N4', want: null,
    text: PAGE('Stöd till föreningar', 'Vem kan söka?\n\nLäs mer om villkoren på sidan Villkor.\n\nHur ansöker vi?\n\nAnsök i e-tjänsten.') },
  { id: 'N5', want: null,
    text: PAGE('Bidrag till barn och unga', 'Bidraget riktar sig till barn och unga i hela länet. Bidraget är högst 10 000 kronor.') },
  { id: 'N6', want: null,
    text: PAGE('Bidrag till lokaler', 'Bidrag får lämnas till kostnader för lokalhyra i kommunen. Ansök senast den 1 mars.') },
  { id: 'N7', want: null,
    text: PAGE('Stöd till kulturprojekt', 'Stöd kan beviljas för projekt som pågår högst två år. Sista ansökningsdag är den 1 oktober.') },
  { id: 'N8', want: null,
    text: PAGE('Statsbidrag för lovaktiviteter', 'Länsstyrelsen kan bevilja bidrag till föreningar som arrangerar lovaktiviteter. Sista dag att ansöka är den 1 februari.') },
  { id: 'N9', want: null,
    text: PAGE('Bidrag till studieförbund', 'Vilka kan söka bidraget?\n\nStartsida\n\nKontakt') },
  { id: 'N10', want: null,
    text: PAGE('Bidrag till idrott', 'Kommunerna kan söka information hos länsstyrelsen. Bidraget är högst 20 000 kronor.') },
  { id: 'N11', want: null,
    text: PAGE('Bidrag till forskning', 'Regionerna kan ta del av rapporten på vår webbplats. Ansök senast den 1 maj.') },
  { id: 'N12', want: null,
    text: PAGE('Bidrag till föreningar', 'Föreningar kan inte söka bidraget för resor. Ansök senast den 1 maj.') },
  { id: 'N13', want: null,
    text: PAGE('Stöd till ideella föreningar', 'Sökande ska bifoga en budget. Ansökan ska vara inne senast den 1 maj.') },
  { id: 'N14', want: null,
    text: PAGE('Bidrag till kulturarv', 'Vem kan söka bidraget? Det står i förordningen. Ansök senast den 1 maj.') },
  { id: 'N15', want: null,
    text: PAGE('Statsbidrag för vårdplatser', 'Regeringen uppdrar åt Socialstyrelsen att fördela medel till regionerna. Medlen ska betalas ut senast den 30 juni 2026.') },
];

describe('recipients.text: the sentence that says who may apply, verbatim', () => {
  it('has at least 40 probes, a third of them asking for none', () => {
    expect(PROBES.length).toBeGreaterThanOrEqual(40);
    expect(PROBES.filter((p) => p.want === null).length).toBeGreaterThanOrEqual(13);
  });
  for (const p of PROBES) {
    it(`${p.id}: ${p.want ?? '(none)'}`, () => {
      const spec = anvisningOf(p.text);
      expect(spec.recipients?.text ?? null).toBe(p.want);
      // grounded: the evidence quotes exactly the value
      if (p.want !== null) expect(spec.evidence['recipients.text']?.quote).toBe(p.want);
      else expect(spec.evidence['recipients.text']).toBeUndefined();
    });
  }
});

describe('recipients.text runs in linear time on hostile text', () => {
  const MB = 1 << 18;
  it.each([
    ['"föreningar " before "kan söka"', `Bidrag\n\n${'föreningar '.repeat(MB / 11)}kan söka.\n`],
    ['"kan sökas av " repeated', `Bidrag\n\n${'kan sökas av '.repeat(MB / 13)}kommuner.\n`],
    ['a compound of letters', `Bidrag\n\n${'a'.repeat(MB)}förening kan söka.\n`],
    ['short applying sentences', `Bidrag\n\n${'Kommuner kan söka. '.repeat(MB / 19)}\n`],
  ])('%s', (_name, text) => {
    const doc = readText('t.txt', text);
    const t0 = Date.now();
    findRecipientsText(doc, []);
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
