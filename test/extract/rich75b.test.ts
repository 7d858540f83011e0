import { describe, expect, it } from 'vitest';
import { probeField } from './probe.js';

// Rich gold for the fields the change report compares (helper rich75b, stop 54, issue 14 via issue 12): the purpose, the
// requisition's requirements and the report's content. Each fix is read here in its batch's phrasing (the dev text named),
// two paraphrases in other bodies' phrasing, and at least two counter-probes with the same words in another role that must
// give no value. Every text is constructed.
//
// `has`: some item (or the value) holds the words; `none`: no value, or no item holds them; `empty`: no value at all.

type Probe = { id: string; field: string; has?: string; none?: string; empty?: true; text: string };
const ctx = (title: string, line: string): string => `${title}\nIdeella föreningar kan söka bidraget.\n${line}\n`;

const PROBES: Probe[] = [
  // purpose: a lead ending in a colon takes the line after it (fields/title.ts findPurpose, dev 2159)
  { id: 'P1', field: 'purpose', has: 'Stödja kommuner att genomföra smittsäkra aktiviteter', text: 'Lovaktiviteter för barn\nSyftet med bidraget är att:\n-Stödja kommuner att genomföra smittsäkra aktiviteter under lovet.\nKommuner kan söka bidraget.\n' },
  { id: 'P2', field: 'purpose', has: 'främja ett rikt kulturliv', text: 'Kulturbidrag\nSyftet med stödet är att:\n\n• främja ett rikt kulturliv i hela länet.\n\nFöreningar kan söka stödet.\n' },
  { id: 'P3', field: 'purpose', has: 'Stärka vårdkapaciteten', text: 'Statsbidrag till regioner\nSyftet med statsbidraget är att:\n\nStärka vårdkapaciteten i regionerna under 2025.\n\nRegionerna kan rekvirera medlen.\n' },
  { id: 'Px1', field: 'purpose', empty: true, text: 'Föreningsbidrag\nIdeella föreningar kan söka bidraget.\nSyftet med bidraget är att:\n' },
  { id: 'Px3', field: 'purpose', has: 'främja hållbara stadsmiljöer', text: 'Stadsmiljöavtal\nSyftet med satsningen är att främja hållbara stadsmiljöer genom att ge stöd som leder till:\n\n• en ökad andel persontransporter med kollektivtrafik.\n\nKommuner och regioner kan söka stödet.\n' },
  { id: 'Px2', field: 'purpose', none: 'Vem kan söka', text: 'Föreningsbidrag\nSyftet med bidraget är att:\n\nVem kan söka?\n\nIdeella föreningar kan söka bidraget.\n' },

  // report content: a sentence naming what the report holds (cues/reporting.ts redovisningen-ska-innehalla-sentence, dev 1613, 2159, 1725)
  { id: 'S1', field: 'reporting.content', has: 'kortfattad verksamhetsberättelse', text: ctx('Sommarlovsbidrag 2019', 'Redovisning\nBidraget ska redovisas senast 45 dagar efter avslutad verksamhet. Redovisningen ska innehålla en kortfattad verksamhetsberättelse och några bilder från verksamheten.') },
  { id: 'S2', field: 'reporting.content', has: 'vilka målgrupper som nåtts', text: ctx('Projektbidrag', 'Slutrapporten ska även innehålla en beskrivning av vilka målgrupper som nåtts.') },
  { id: 'S3', field: 'reporting.content', has: 'hur många barn som deltagit', text: ctx('Bidrag till lovaktiviteter', 'Av återrapporteringen ska framgå hur många barn som deltagit.') },
  { id: 'Sx1', field: 'reporting.content', empty: true, text: ctx('Projektbidrag', 'Ansökan ska innehålla en budget för projektet.') },
  { id: 'Sx2', field: 'reporting.content', empty: true, text: ctx('Uppdrag att fördela medel', 'Socialstyrelsens redovisning till regeringen ska innehålla en analys av utfallet.') },
  { id: 'Sx4', field: 'reporting.content', empty: true, text: ctx('Stipendier', 'Slutrapporten skall innehålla följande:') },
  { id: 'Sx5', field: 'reporting.content', empty: true, text: ctx('Statsbidrag till organisationer', 'Socialstyrelsen ska årligen till regeringen lämna en samlad redovisning av bidragen. Redovisningen ska innehålla uppgifter om vilka som har fått statsbidrag.') },
  { id: 'Sx3', field: 'reporting.content', empty: true, text: ctx('Projektbidrag', 'Av ansökan ska framgå hur medlen ska användas.') },

  // report content: the recipient addressed, the day before the verb (ni-ska-redovisa-hur-anvants, dev 595)
  { id: 'N1', field: 'reporting.content', has: 'hur beviljade medel för 2022 har använts', text: ctx('Pilotprojekt 2022', 'Ni ska senast den 1 mars 2023 redovisa hur beviljade medel för 2022 har använts.') },
  { id: 'N2', field: 'reporting.content', has: 'hur bidraget har använts', text: ctx('Föreningsbidrag', 'Du ska redovisa till kommunen hur bidraget har använts.') },
  { id: 'N3', field: 'reporting.content', has: 'hur medlen använts', text: ctx('Kulturbidrag 2025', 'Ni ska senast 31 januari 2026 återrapportera hur medlen använts.') },
  { id: 'Nx1', field: 'reporting.content', empty: true, text: ctx('Projektbidrag', 'Ni ska redovisa hur projektet ska genomföras.') },
  { id: 'Nx2', field: 'reporting.content', empty: true, text: ctx('Projektbidrag', 'Ni ska i ansökan redovisa hur medlen har använts tidigare år.') },

  // report content: each recipient, the day by "senast den" (varje-mottagare-ska-aterrapportera-hur widened, dev 317)
  { id: 'V1', field: 'reporting.content', has: 'hur stimulansmedlen har använts', text: ctx('Stimulansmedel 2020', 'Varje kommun ska senast den 28 februari 2021 återrapportera hur stimulansmedlen har använts.') },
  { id: 'V2', field: 'reporting.content', has: 'vilka aktiviteter som genomförts', text: ctx('Aktivitetsbidrag 2024', 'Varje förening ska senast den 15 januari 2025 redovisa vilka aktiviteter som genomförts.') },
  { id: 'Vx1', field: 'reporting.content', empty: true, text: ctx('Stimulansmedel 2020', 'Socialstyrelsen ska senast den 28 februari 2021 återrapportera hur medlen har använts.') },
  { id: 'Vx2', field: 'reporting.content', empty: true, text: ctx('Stimulansmedel 2020', 'Varje kommun ska senast den 28 februari 2021 rekvirera medlen.') },

  // report content: the report's rules under their own heading are no content (report-conditions, dev 681)
  { id: 'C1', field: 'reporting.content', none: 'avse år 2023', text: 'Redovisning av bidrag\nVillkor för redovisning\n\n • Redovisningen ska avse år 2023.\n\n • Redovisningen ska inkomma mellan 1 maj och 1 juni 2024.\n\nVad ska redovisningen innehålla\n\n • Verksamhetsberättelse från 2023.\n\n • Ekonomisk redovisning för 2023.\n' },
  { id: 'C2', field: 'reporting.content', none: 'senast tre månader', text: 'Redovisning\nRegler för återrapporteringen:\n • Återrapporteringen ska lämnas senast tre månader efter projektets slut.\n • Återrapporteringen ska undertecknas av ordföranden.\n\nÅterrapporteringen ska innehålla:\n • En ekonomisk redovisning.\n' },
  { id: 'Cx1', field: 'reporting.content', has: 'Verksamhetsberättelse', text: 'Redovisning av bidrag\nVillkor för redovisning\n\n • Redovisningen ska avse år 2023.\n\nVad ska redovisningen innehålla\n\n • Verksamhetsberättelse från 2023.\n' },
  { id: 'Cx2', field: 'reporting.content', has: 'ekonomisk redovisning', text: 'Redovisning\nRedovisningen ska innehålla:\n • En ekonomisk redovisning.\n • En beskrivning av hur villkoren för bidraget har uppfyllts.\n' },

  // requisition requirements: what is attached to the application (cues/requisition.ts ska-bifogas-ansokan, dev 1251, 2055)
  { id: 'B1', field: 'requisition.requires', has: 'Projektbeskrivning och kostnadsbudget', text: ctx('Projektfinansiering', 'Ansökan bör lämnas in i god tid före projektet startas. Projektbeskrivning och kostnadsbudget ska bifogas ansökan.') },
  { id: 'B2', field: 'requisition.requires', has: 'budget för evenemanget', text: ctx('Evenemangsbidrag', 'Till ansökan ska budget för evenemanget bifogas.') },
  { id: 'B3', field: 'requisition.requires', has: 'senaste årsredovisning', text: ctx('Verksamhetsbidrag', 'Föreningens senaste årsredovisning måste bifogas till ansökan.') },
  { id: 'B4', field: 'requisition.requires', has: 'intyg från revisorn', text: ctx('Statsbidrag till kommuner', 'Till rekvisitionen ska ett intyg från revisorn bifogas.') },
  { id: 'Bx1', field: 'requisition.requires', empty: true, text: ctx('Projektbidrag', 'Till ansökan om slututbetalning ska kopior av fakturor bifogas.') },
  { id: 'Bx2', field: 'requisition.requires', empty: true, text: ctx('Projektbidrag', 'Till ansökan ska inga bilagor bifogas.') },
  { id: 'Bx4', field: 'requisition.requires', empty: true, text: ctx('Forskningsbidrag', 'Av ansökningsblanketten framgår vilka uppgifter som ska lämnas och vilka handlingar som ska bifogas ansökan.') },
  { id: 'Bx3', field: 'requisition.requires', empty: true, text: ctx('Projektbidrag', 'Kvitton ska bifogas redovisningen.') },
];

const texts = (v: unknown): string[] => (v === undefined || v === null || v === 'refused' ? [] : (Array.isArray(v) ? v : [v]).map((x) => (typeof x === 'string' ? x : String((x as { text?: string }).text ?? ''))));

describe('rich75b: purpose, report content and requisition requirements by shape; counter-probes give nothing', () => {
  for (const p of PROBES) {
    it(`${p.id} ${p.field}: ${p.text.split('\n').slice(1).join(' ').slice(0, 90)}`, async () => {
      const got = texts(await probeField(p.text, p.field));
      if (p.empty) expect(got).toEqual([]);
      if (p.has) expect(got.some((t) => t.toLowerCase().includes(p.has!.toLowerCase())), JSON.stringify(got)).toBe(true);
      if (p.none) expect(got.some((t) => t.toLowerCase().includes(p.none!.toLowerCase())), JSON.stringify(got)).toBe(false);
    });
  }
});
