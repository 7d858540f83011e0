import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import type { GrantSpec } from '../../specs/schema/index.js';
import { specOf } from './probe.js';

// How the money is split (helper parts83, issues 14 and 12): funding.parts read in the phrasings agencies use to split a total
// ("varav … till regionerna", "Av beloppet ska … fördelas till …", "Till kommunerna avsätts …", "Kommunerna kan rekvirera … och
// regionerna …", "Av medlen avser …"), in every amount format ("SEK 2,5 miljarder", "2,5 miljarder SEK", "2 500 000 SEK", "mnkr",
// number words), and never where no part may be read: a split by an annex, a cap per project or per recipient, a co-financing
// share, an example sum, last year's split, another grant's sum, parts larger than the total. Every probe is constructed (my
// own sentences, the way Socialstyrelsen's anvisningar, regeringsbeslut, calls and grant pages phrase things).
// `want` lists the parts with an amount in text order (only the keys named are compared); `null` asks for no part with an
// amount; `rates` compares the parts without one (rates and ceilings per recipient). `total` is asked too where given.

type Part = Record<string, unknown>;
interface Spec { funding?: { total?: number; parts?: Part[] } }
interface Probe { id: string; text: string; want: Part[] | null; total?: number; rates?: boolean }

const B = '\nKommuner och regioner kan rekvirera medlen i Socialstyrelsens e-tjänst. Sista dag att rekvirera är den 30 april 2026.';
const U = '\nAnsökan görs i vårt e-tjänstsystem. Sista ansökningsdag är den 15 mars 2026.';

const PROBES: Probe[] = [
  { id: 'A1', total: 200000000, want: [{ to: 'region', amount: 150000000 }, { to: 'kommun', amount: 50000000 }],
    text: '# Statsbidrag för psykisk hälsa 2026\n\nFör 2026 finns totalt 200 miljoner kronor att fördela, varav 150 miljoner kronor till regionerna och 50 miljoner kronor till kommunerna.' + B },
  { id: 'A2', total: 90000000, want: [{ to: 'kommun', amount: 60000000 }, { to: 'region', amount: 30000000 }],
    text: '# Statsbidrag till barnhälsovården 2026\n\nRegeringen har avsatt 90 miljoner kronor för 2026 (varav 60 miljoner kronor till kommunerna och 30 miljoner kronor till regionerna).' + B },
  { id: 'A3', total: 2500000000, want: [{ to: 'kommun', amount: 1750000000 }, { to: 'region', amount: 750000000 }],
    text: '# Tillfälligt stöd till kommunsektorn 2026\n\nRegeringen höjer det generella statsbidraget med SEK 2,5 miljarder, varav 1,75 miljarder kronor till kommunerna och 0,75 miljarder kronor till regionerna.' + B },
  { id: 'A4', total: 2500000000, want: [{ to: 'kommun', amount: 1750000000 }, { to: 'region', amount: 750000000 }],
    text: '# Tillfälligt stöd till kommunsektorn 2026\n\nRegeringen höjer det generella statsbidraget med 2,5 miljarder SEK, varav 1,75 miljarder SEK till kommunerna och 0,75 miljarder SEK till regionerna.' + B },
  { id: 'B1', total: 120000000, want: [{ to: 'region', amount: 100000000 }, { to: 'kommun', amount: 20000000 }],
    text: '# Uppdrag att fördela medel för suicidprevention 2026\n\nRegeringen uppdrar åt Socialstyrelsen att under 2026 fördela och betala ut 120 000 000 kronor. Av beloppet ska 100 000 000 kronor fördelas till regionerna och 20 000 000 kronor till kommunerna.' + B },
  { id: 'B2', total: 300000000, want: [{ to: 'region', amount: 200000000 }, { to: 'kommun', amount: 100000000 }],
    text: '# Anvisningar för statsbidrag till äldreomsorgen 2026\n\nStatsbidraget för 2026 uppgår till totalt 300 000 000 kronor. Av dessa fördelas 200 000 000 kronor till regionerna och 100 000 000 kronor till kommunerna.' + B },
  { id: 'B3', total: 45000000, want: [{ to: 'kommun', amount: 40000000 }, { to: 'region', amount: 5000000 }],
    text: '# Statsbidrag för ungdomsmottagningar 2026\n\nTotalt finns 45 mnkr att rekvirera. Av medlen fördelas 40 mnkr till kommunerna och 5 mnkr till regionerna.' + B },
  { id: 'B4', total: 10000000, want: [{ to: 'kommun', amount: 6000000 }, { to: 'region', amount: 4000000 }],
    text: '# Statsbidrag för förebyggande arbete 2026\n\nTotalt finns tio miljoner kronor att fördela. Av dessa fördelas sex miljoner kronor till kommunerna och fyra miljoner kronor till regionerna.' + B },
  { id: 'B5', total: 2500000, want: [{ to: 'kommun', amount: 1500000 }, { to: 'region', amount: 1000000 }],
    text: '# Bidrag för lokala insatser 2026\n\nTotalt finns 2 500 000 SEK att fördela. Av dessa fördelas 1 500 000 SEK till kommunerna och 1 000 000 SEK till regionerna.' + B },
  { id: 'C1', want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 40000000 }],
    text: '# Statsbidrag för våld i nära relationer 2026\n\nAv stödet fördelas 80 miljoner kronor till kommunerna och 40 miljoner kronor till regionerna.' + B },
  { id: 'C2', total: 120000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 40000000 }],
    text: '# Statsbidrag för våld i nära relationer 2026\n\nFör 2026 finns 120 miljoner kronor att fördela. 80 miljoner kronor fördelas till kommunerna och 40 miljoner kronor fördelas till regionerna.' + B },
  { id: 'C3', total: 120000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 40000000 }],
    text: '# Statsbidrag för våld i nära relationer 2026\n\nFör 2026 finns 120 miljoner kronor att fördela enligt följande:\n\n- 80 000 000 kronor till kommunerna\n- 40 000 000 kronor till regionerna' + B },
  { id: 'C4', total: 50000000, want: [{ to: 'kommun', amount: 30000000 }, { to: 'region', amount: 20000000 }],
    text: '# Statsbidrag för tidiga insatser 2026\n\nTotalt omfattar statsbidraget 50 miljoner kronor. Till kommunerna avsätts 30 miljoner kronor och till regionerna avsätts 20 miljoner kronor.' + B },
  { id: 'D1', total: 500000000, want: [{ to: 'region', amount: 500000000, key: 'per-capita' }],
    text: '# Statsbidrag för kortare vårdköer 2026\n\nRegeringen har avsatt 500 miljoner kronor som fördelas till regionerna utifrån befolkningsmängd.' + B },
  { id: 'D2', total: 80000000, want: [{ to: 'kommun', amount: 80000000, key: 'per-capita' }],
    text: '# Statsbidrag för fritidsaktiviteter 2026\n\nTotalt finns 80 miljoner kronor att fördela. Medlen fördelas till kommunerna efter antal invånare i åldern 6–15 år.' + B },
  { id: 'D3', total: 21000000, want: [{ to: 'region', amount: 21000000, key: 'equal' }],
    text: '# Statsbidrag för hälsofrämjande arbete 2026\n\nFör 2026 fördelas 21 miljoner kronor lika mellan de 21 regionerna.' + B },
  { id: 'D4', total: 145000000, want: [{ to: 'kommun', amount: 145000000, key: 'fixed-per-recipient', per_recipient: 500000 }],
    text: '# Statsbidrag till kommunernas krisberedskap 2026\n\nVarje kommun tilldelas ett fast belopp på 500 000 kronor, vilket totalt uppgår till 145 000 000 kronor.' + B },
  { id: 'E1', total: 60000000, want: null,
    text: '# Statsbidrag för kompetenshöjning 2026\n\nTotalt finns 60 miljoner kronor att rekvirera. Medlen fördelas enligt bilaga 1.' + B },
  { id: 'E2', total: 60000000, want: null,
    text: '# Statsbidrag för kompetenshöjning 2026\n\nTotalt finns 60 miljoner kronor att rekvirera. Medlen fördelas mellan regionerna enligt den fördelningsnyckel som framgår av bilagan.' + B },
  { id: 'E3', total: 60000000, want: null,
    text: '# Statsbidrag för kompetenshöjning 2026\n\nTotalt finns 60 miljoner kronor att rekvirera. Hur mycket varje kommun kan rekvirera framgår av tabellen på vår webbplats.' + B },
  { id: 'F1', total: 75000000, want: null,
    text: '# Statsbidrag för fältassistenter 2026\n\nTotalt finns 75 miljoner kronor att fördela. Högst 10 procent av beloppet får användas till administration.' + B },
  { id: 'F2', total: 8000000, want: null,
    text: '# Projektbidrag för integration 2026\n\nTotalt finns 8 miljoner kronor att söka. En förening kan som mest beviljas 400 000 kronor per projekt.' + U },
  { id: 'F3', total: 8000000, want: null,
    text: '# Projektbidrag för integration 2026\n\nTotalt finns 8 miljoner kronor att söka. Föreningen ska stå för en egen insats om minst 50 procent av projektets kostnader.' + U },
  { id: 'F4', total: 8000000, want: null,
    text: '# Projektbidrag för integration 2026\n\nTotalt finns 8 miljoner kronor att söka. Ett projekt kan till exempel söka 150 000 kronor för en halvtidstjänst.' + U },
  { id: 'F5', total: 8000000, want: null,
    text: '# Projektbidrag för integration 2026\n\nTotalt finns 8 miljoner kronor att söka. Förra året fördelades 5 miljoner kronor till kommunerna och 3 miljoner kronor till regionerna.' + U },
  { id: 'F6', total: 12000000, want: null,
    text: '# Projektbidrag för kulturarv 2026\n\nI år finns 12 miljoner kronor att fördela. Under 2025 fördelades 7 miljoner kronor till kommunerna och 5 miljoner kronor till regionerna.' + U },
  { id: 'F7', total: 40000000, want: null,
    text: '# Statsbidrag för kvinnojourer 2026\n\nTotalt finns 40 miljoner kronor att söka. Bidraget får inte överstiga 75 procent av verksamhetens totala kostnader.' + U },
  { id: 'F8', total: 40000000, want: null,
    text: '# Statsbidrag för kvinnojourer 2026\n\nTotalt finns 40 miljoner kronor att söka. Förra året sökte organisationerna sammanlagt 95 miljoner kronor.' + U },
  { id: 'G1', total: 100000000, want: null,
    text: '# Statsbidrag för suicidprevention 2026\n\nFör 2026 finns totalt 100 miljoner kronor att fördela, varav 150 miljoner kronor till regionerna och 50 miljoner kronor till kommunerna.' + B },
  { id: 'G2', total: 50000000, want: null,
    text: '# Statsbidrag för tidiga insatser 2026\n\nTotalt omfattar statsbidraget 50 miljoner kronor. Till kommunerna avsätts 60 miljoner kronor.' + B },
  { id: 'H1', want: [{ to: 'region', amount: 194500000 }, { to: 'organisation', amount: 5500000 }],
    text: '# Uppdrag att betala ut medel för barnhälsovård 2026\n\nRegeringen uppdrar åt Kammarkollegiet att betala ut 194 500 000 kronor till regionerna och 5 500 000 kronor till Sveriges Kommuner och Regioner.' },
  { id: 'H2', want: [{ to: 'region', amount: 30000000 }, { to: 'kommun', amount: 20000000 }],
    text: '# Uppdrag att fördela medel 2026\n\nRegeringen uppdrar åt Socialstyrelsen att fördela 30 miljoner kronor till regionerna och 20 miljoner kronor till kommunerna för arbete med psykisk hälsa.' },
  { id: 'H3', total: 60000000, want: [{ to: 'region', amount: 45000000 }, { to: 'kommun', amount: 15000000 }],
    text: '# Uppdrag att fördela medel 2026\n\nSocialstyrelsen får för uppdragets genomförande använda 60 000 000 kronor. Av beloppet ska 45 000 000 kronor betalas ut till regionerna och 15 000 000 kronor till kommunerna.' },
  { id: 'I1', rates: true, want: [{ to: 'kommun', per_recipient: 250000 }],
    text: '# Statsbidrag för feriejobb 2026\n\nVarje kommun kan rekvirera högst 250 000 kronor.' + B },
  { id: 'I2', rates: true, want: [{ to: 'kommun', per_recipient: 100000 }],
    text: '# Statsbidrag för bibliotek 2026\n\nStatsbidraget består av ett grundbelopp om 100 000 kronor per kommun och därutöver ett belopp som beräknas utifrån antalet invånare.' + B },
  { id: 'J1', total: 30000000, rates: true, want: [{ amount: 10000000 }],
    text: '# Utlysning: innovation i offentlig sektor 2026\n\nTotalt finns 30 miljoner kronor i utlysningen, varav 10 miljoner kronor är avsatta för projekt i norra Sverige.' + U },
  { id: 'J2', total: 4000000, rates: true, want: [{ amount: 1000000 }],
    text: '# Bidrag till lokala kulturprojekt 2026\n\nI år delar vi ut 4 miljoner kronor. Av dessa är 1 miljon kronor öronmärkt för projekt som riktar sig till barn och unga.' + U },
  { id: 'J3', total: 20000000, want: null,
    text: '# Utlysning: hållbara städer 2026\n\nTotalt finns 20 miljoner kronor i utlysningen. Varje projekt kan beviljas högst 2 miljoner kronor.' + U },
  { id: 'J4', total: 20000000, want: null,
    text: '# Utlysning: hållbara städer 2026\n\nUtlysningens totala budget är 20 miljoner kronor. Vinnova finansierar högst 50 procent av projektets kostnader och resten ska finansieras av projektparterna.' + U },
  { id: 'K1', total: 100000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 20000000 }],
    text: '# Statsbidrag för missbruksvård 2026\n\nFör 2026 finns 100 miljoner kronor att rekvirera. Av medlen avser 80 miljoner kronor kommunerna och 20 miljoner kronor regionerna.' + B },
  { id: 'K2', total: 100000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 20000000 }],
    text: '# Statsbidrag för missbruksvård 2026\n\nFör 2026 finns 100 miljoner kronor att rekvirera. Kommunerna kan rekvirera 80 miljoner kronor och regionerna 20 miljoner kronor.' + B },
  { id: 'K3', total: 100000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 20000000 }],
    text: '# Statsbidrag för missbruksvård 2026\n\nFör 2026 finns 100 miljoner kronor att rekvirera. Av dessa är 80 miljoner kronor avsedda för kommunerna och 20 miljoner kronor för regionerna.' + B },
  { id: 'K4', total: 100000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 20000000 }],
    text: '# Statsbidrag för missbruksvård 2026\n\nFör 2026 finns 100 miljoner kronor att rekvirera. Kommunerna får dela på 80 miljoner kronor och regionerna på 20 miljoner kronor.' + B },
  { id: 'K5', total: 100000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 20000000 }],
    text: '# Statsbidrag för missbruksvård 2026\n\nFör 2026 finns 100 miljoner kronor att rekvirera, fördelat med 80 miljoner kronor till kommunerna och 20 miljoner kronor till regionerna.' + B },
  { id: 'K6', total: 100000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 20000000 }],
    text: '# Statsbidrag för missbruksvård 2026\n\nFör 2026 finns 100 miljoner kronor att rekvirera. Medlen fördelas så att 80 miljoner kronor går till kommunerna och 20 miljoner kronor till regionerna.' + B },
  { id: 'K7', total: 100000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 20000000 }],
    text: '# Statsbidrag för missbruksvård 2026\n\nFör 2026 finns 100 miljoner kronor att rekvirera. Av beloppet går 80 miljoner kronor till kommunerna och 20 miljoner kronor till regionerna.' + B },
  { id: 'K8', total: 100000000, want: [{ to: 'kommun', amount: 80000000 }, { to: 'region', amount: 20000000 }],
    text: '# Statsbidrag för missbruksvård 2026\n\nFör 2026 finns 100 miljoner kronor att rekvirera. Av medlen är 80 miljoner kronor avsatta till kommunerna och 20 miljoner kronor till regionerna.' + B },
  { id: 'L1', total: 250000000, rates: true, want: [{ to: 'region', amount: 200000000 }, { to: 'region', amount: 50000000 }],
    text: '# Statsbidrag till regionerna för cancervården 2026\n\nÖverenskommelsen omfattar totalt 250 miljoner kronor. Av dessa avsätts 200 miljoner kronor till regionerna utifrån befolkningsmängd samt 50 miljoner kronor i en särskild satsning på barncancervården.' + B },
  { id: 'M1', total: 3000000, want: [{ to: 'kommun', amount: 2000000 }, { to: 'region', amount: 1000000 }],
    text: '# Bidrag för samverkan 2026\n\nTotalt finns tre miljoner kronor att fördela, varav två miljoner kronor till kommunerna och en miljon kronor till regionerna.' + B },
  { id: 'M2', total: 45000000, want: [{ to: 'kommun', amount: 40000000 }, { to: 'region', amount: 5000000 }],
    text: '# Statsbidrag för ungdomsmottagningar 2026\n\nTotalt finns 45 mnkr att rekvirera, varav 40 mnkr till kommunerna och 5 mnkr till regionerna.' + B },
  { id: 'M3', total: 45000000, want: [{ to: 'kommun', amount: 40000000 }, { to: 'region', amount: 5000000 }],
    text: '# Statsbidrag för ungdomsmottagningar 2026\n\nTotalt finns 45 000 000 SEK att rekvirera, varav 40 000 000 SEK till kommunerna och 5 000 000 SEK till regionerna.' + B },
  { id: 'M4', total: 45000000, want: [{ to: 'kommun', amount: 40000000 }, { to: 'region', amount: 5000000 }],
    text: '# Statsbidrag för ungdomsmottagningar 2026\n\nTotalt finns SEK 45 miljoner att rekvirera, varav SEK 40 miljoner till kommunerna och SEK 5 miljoner till regionerna.' + B },
  { id: 'N1', total: 20000000, want: null,
    text: '# Statsbidrag för lovskola 2026\n\nTotalt finns 20 miljoner kronor att rekvirera. Regeringen har samtidigt avsatt 300 miljoner kronor till regionerna för en annan satsning inom elevhälsan.' + B },
  { id: 'N2', total: 20000000, want: null,
    text: '# Statsbidrag för lovskola 2026\n\nTotalt finns 20 miljoner kronor att rekvirera. Beloppet för en kommun med 10 000 invånare blir till exempel cirka 200 000 kronor.' + B },
  { id: 'N3', total: 20000000, rates: true, want: null,
    text: '# Statsbidrag för lovskola 2026\n\nTotalt finns 20 miljoner kronor att rekvirera. Medlen fördelas till kommunerna utifrån antalet elever i årskurs 7–9; en kommun med 1 000 elever kan rekvirera ungefär 300 000 kronor.' + B },
  { id: 'N4', total: 20000000, want: null,
    text: '# Statsbidrag för lovskola 2026\n\nTotalt finns 20 miljoner kronor att rekvirera. Kommunen ska själv finansiera minst 25 procent av kostnaderna, det vill säga en egen insats om minst 100 000 kronor för en skola.' + B },
  // (one share that leaves a rest of the total unsplit is no split: the contract's parts reconcile with the total, P1, P2)
  { id: 'P1', total: 200000000, want: null,
    text: '# Statsbidrag för psykisk hälsa 2026\n\nFör 2026 finns totalt 200 miljoner kronor att fördela, varav 50 miljoner kronor till regionerna.' },
  { id: 'P2', total: 300000000, want: null,
    text: '# Anvisningar för statsbidrag till äldreomsorgen 2026\n\nStatsbidraget för 2026 uppgår till totalt 300 000 000 kronor. Av dessa fördelas 100 000 000 kronor till kommunerna.' },
  { id: 'P3', total: 100000000, want: null,
    text: '# Statsbidrag för psykisk hälsa 2026\n\nFör 2026 finns totalt 100 miljoner kronor att fördela, varav 150 miljoner kronor till regionerna.' },
  { id: 'P4', total: 200000000, want: null,
    text: '# Statsbidrag för psykisk hälsa 2026\n\nFör 2026 finns totalt 200 miljoner kronor att fördela, varav 50 miljoner kronor till utvärdering.' },
  // the sum to share out, its key and recipients in the next sentence (D2) — and none where that sentence gives no key
  { id: 'D5', total: 80000000, want: null,
    text: '# Statsbidrag för fritidsaktiviteter 2026\n\nTotalt finns 80 miljoner kronor att fördela. Medlen fördelas till kommunerna enligt bilaga 2.' + B },
  { id: 'D6', total: 80000000, want: null,
    text: '# Bidrag för fritidsaktiviteter 2026\n\nTotalt finns 80 miljoner kronor att fördela. Medlen fördelas till föreningarna efter antal medlemmar.' + U },
  // a share of the sentence left unread: no half of the split is kept (the shares' rest rule asks for every sum of the sentence)
  { id: 'Q1', total: 30000000, want: null,
    text: '# Statsbidrag för lokalt förebyggande arbete 2026\n\nTotalt fördelas 30 miljoner kronor, varav 27 miljoner kronor går till lokala föreningar och 3 miljoner kronor går till regionerna för administration.' + U },
  // a page of several calls: the title's call sum, not another call's "Totalt finns … i utlysningen"
  { id: 'Q2', total: 15000000, want: null,
    text: '# Jordbruksverket utlyser medel för lokal matproduktion\n\nJordbruksverket utlyser 15 miljoner kronor till projekt som utvecklar lokal matproduktion och förädling på landsbygden.\n\n## Stöd mot skadedjur\n\nKommuner kan söka stöd för att begränsa skadedjur. Totalt finns 2,5 miljoner kronor i utlysningen.' + U },
  { id: 'Q3', total: 2500000, want: null,
    text: '# Stöd mot skadedjur 2026\n\nKommuner kan söka stöd för att begränsa skadedjur. Totalt finns 2,5 miljoner kronor i utlysningen.' + U },
];

/** An open probe: what it wants is right, the finder does not read it yet (see the reason). */
const OPEN: Record<string, string> = {
  C1: 'a split with no total stated, told as shares (\'Av stödet fördelas …\'), not as payments: chooseParts keeps only payments without a total',
  J1: 'a share earmarked for a purpose, no recipient type (\'varav 10 miljoner kronor är avsatta för projekt i norra Sverige\'): no PART_CUES row reads a purpose-only share',
  J2: 'a share earmarked for a purpose, no recipient type (\'Av dessa är 1 miljon kronor öronmärkt för projekt som riktar sig till barn och unga\')'
};

function check(p: Probe, s: Spec): void {
  const all = s.funding?.parts ?? [];
  const parts = p.rates ? all : all.filter((x) => x.amount !== undefined);
  if (p.want === null) expect(parts.filter((x) => x.amount !== undefined)).toEqual([]);
  else expect(parts.map((x, i) => Object.fromEntries(Object.keys(p.want![i] ?? x).map((k) => [k, x[k]])))).toEqual(p.want);
  if (p.total !== undefined) expect(s.funding?.total).toBe(p.total);
}

describe('parts83: funding.parts read where a text splits the money, none where it does not', () => {
  for (const p of PROBES) {
    const run = async (): Promise<void> => check(p, await specOf<Spec>(`${p.text}\n`));
    if (OPEN[p.id]) it.fails(`${p.id} (open: ${OPEN[p.id]})`, run);
    else it(p.id, run);
  }
});

// The diff of two years' splits: a part changed, added or removed is reported at funding.parts… with both quotes and at action
// importance, its amounts as the texts write them ("150 miljoner kronor" → "140 miljoner kronor"); the same split in other words
// gives no report.
describe('parts83: the diff reports a changed, added or removed part, and none for the same split', () => {
  const H = '# Statsbidrag för psykisk hälsa\n\n';
  const SPLIT = (year: number, r: string, k: string): string => `För ${year} finns totalt 200 miljoner kronor att fördela, varav ${r} till regionerna och ${k} till kommunerna.`;
  const NONE = (year: number): string => `För ${year} finns totalt 200 miljoner kronor att fördela.`;
  const run = async (a: string, b: string) => {
    const [ta, tb] = [`${H}${a}${B}\n`, `${H}${b}${B}\n`];
    const [sa, sb] = [await specOf<GrantSpec>(ta), await specOf<GrantSpec>(tb)];
    return diffSpecs(sa, sb, { oldText: ta, newText: tb }).changes.filter((c) => c.path.startsWith('funding'));
  };
  it('a changed split: each part\'s amount, both quotes, action', async () => {
    const ch = await run(SPLIT(2026, '150 miljoner kronor', '50 miljoner kronor'), SPLIT(2027, '140 miljoner kronor', '60 miljoner kronor'));
    expect(ch.map((c) => [c.path, c.kind, c.importance, c.evidence?.old?.quote, c.evidence?.new?.quote])).toEqual([
      ['funding.parts.0.amount', 'changed', 'action', '150 miljoner kronor', '140 miljoner kronor'],
      ['funding.parts.1.amount', 'changed', 'action', '50 miljoner kronor', '60 miljoner kronor'],
    ]);
  });
  it('a split added: each part, action, its quote', async () => {
    const ch = await run(NONE(2026), SPLIT(2027, '140 miljoner kronor', '60 miljoner kronor'));
    expect(ch.map((c) => [c.path, c.kind, c.importance, c.evidence?.new?.quote])).toEqual([
      ['funding.parts.0', 'added', 'action', '140 miljoner kronor'], ['funding.parts.1', 'added', 'action', '60 miljoner kronor']]);
  });
  it('a split removed: each part, action (the recipients\' share is no longer stated), its quote', async () => {
    const ch = await run(SPLIT(2026, '150 miljoner kronor', '50 miljoner kronor'), NONE(2027));
    expect(ch.map((c) => [c.path, c.kind, c.importance, c.evidence?.old?.quote])).toEqual([
      ['funding.parts.0', 'removed', 'action', '150 miljoner kronor'], ['funding.parts.1', 'removed', 'action', '50 miljoner kronor']]);
  });
  it('the same split, in figures one year and in words the next: no report', async () => {
    const ch = await run(SPLIT(2026, '150 miljoner kronor', '50 miljoner kronor'),
      'För 2027 finns totalt 200 000 000 kronor att fördela. Av dessa fördelas 150 000 000 kronor till regionerna och 50 000 000 kronor till kommunerna.');
    expect(ch).toEqual([]);
  });
});
