import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Constructed texts for h/diffb33's fixes (issue 14, batch 33): each fix with the batch's own sentence, a paraphrase in another
// body's phrasing, and a counter-probe or a rewording that must report nothing.

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const report = (a: string, b: string) => diffSpecs(spec(a), spec(b), { oldText: a, newText: b });
const changes = (a: string, b: string): string[] => report(a, b).changes.map((c) => `${c.path} | ${describeChange(c)}`);
const head = 'Bidrag till lokala kulturprojekt\n\nRegionen fördelar bidrag till lokala kulturprojekt i länet.\n\n';
const closes = (text: string): string | undefined => spec(text).requisition?.closes;

describe('a last day told in the past once the window closed (dates.ts fram-till-gar-det-att-soka)', () => {
  it('the batch: "Fram till den 31 januari 2023 var det möjligt söka fiskevårdsbidrag." (Länsstyrelsen Uppsala, q320)', () => {
    expect(closes(`Fiskevårdsbidrag\n\nKommuner kan söka pengar till fiskevårdsprojekt.\n\nFram till den 31 januari 2023 var det möjligt söka fiskevårdsbidrag.\n`)).toBe('2023-01-31');
  });
  it('paraphrases: "gick det att söka", "var det möjligt att ansöka"', () => {
    expect(closes(`${head}Fram till den 15 mars 2022 gick det att söka bidrag till lokala kulturprojekt.\n`)).toBe('2022-03-15');
    expect(closes(`${head}Till och med 15 oktober 2021 var det möjligt att ansöka om föreningsbidrag.\n`)).toBe('2021-10-15');
  });
  it('counter-probes: a report, or seeking a place, is no window', () => {
    expect(closes(`${head}Fram till den 31 januari 2023 var det möjligt att redovisa projektet.\n`)).toBeUndefined();
    expect(closes(`${head}Fram till den 31 januari 2023 var det möjligt söka sig till föreningens läger.\n`)).toBeUndefined();
  });
  it('the pair: the same calendar day two years on is no change (was "Sista dag att rekvirera: 31 januari 2025 (nytt)")', () => {
    const out = changes(`Fiskevårdsbidrag 2023\n\nKommuner kan söka pengar till fiskevårdsprojekt.\n\nFram till den 31 januari 2023 var det möjligt söka fiskevårdsbidrag.\n`,
      `Fiskevårdsbidrag 2025\n\nKommuner kan söka pengar till fiskevårdsprojekt.\n\nFram till 31 januari 2025 går det att söka fiskevårdsbidrag.\n`).join('\n');
    expect(out).not.toMatch(/^requisition\.closes/mu);
  });
});

describe('the grant year named with the window that lies in the year before (year.ts ansokningsperioden-for-bidrag-ar)', () => {
  const malmo = (grantYear: number, window: string) => `Verksamhetsstöd till kulturorganisationer\n\nVerksamhetsstöd är ett ekonomiskt stöd till kulturverksamhet inom alla konstformer.\n\n  • Ansökningsperioden för verksamhetsstöd ${grantYear} är ${window}.\n`;
  it('the batch: "Ansökningsperioden för verksamhetsstöd 2023 är 11 maj–1 juni 2022." is grant year 2023 (Malmö stad, q328)', () => {
    expect(spec(malmo(2023, '11 maj–1 juni 2022')).year).toBe(2023);
  });
  it('a paraphrase: "Ansökningstiden för projektbidrag 2025 är 1 oktober–15 november 2024."', () => {
    expect(spec(`${head}Ansökningstiden för projektbidrag 2025 är 1 oktober–15 november 2024.\n`).year).toBe(2025);
  });
  it('counter-probe: a grant of two years names no single year', () => {
    expect(spec(`${head}Ansökningsperioden för projektbidrag 2024–2025 är 1 oktober–15 november 2023.\n`).year).not.toBe(2025);
  });
  it('the pair: 1 juni both years is no change, the first day still is (was "1 juni 2022 → 1 juni 2023")', () => {
    const out = changes(malmo(2023, '11 maj–1 juni 2022'), malmo(2024, '27 april–1 juni 2023')).join('\n');
    expect(out).not.toMatch(/^requisition\.closes/mu);
    expect(out).toMatch(/^requisition\.opens/mu);
  });
});

describe('the channel first in its sentence, or the e-mail after the post (requisition.ts e-tjanst, ansokan-skickas-till-adress)', () => {
  const channel = (text: string): string | undefined => spec(`${head}${text}\n`).requisition?.channel;
  it('the batch: "E-tjänsten för ansökan gäller verksamhetsåret 2024 (1 år)." (Malmö stad, q329)', () => {
    expect(channel('E-tjänsten för ansökan gäller verksamhetsåret 2024 (1 år). Den ska användas av alla sökande.')).toBe('E-tjänsten');
  });
  it('the batch: "Ansökan ska postas till Riksarkivet, Box 7223, 187 13 Täby eller mejlas till riksarkivet@riksarkivet.se." (q327)', () => {
    expect(channel('Ansökan ska postas till Riksarkivet, Box 7223, 187 13 Täby eller mejlas till riksarkivet@riksarkivet.se.')).toBe('riksarkivet@riksarkivet.se');
  });
  it('paraphrases in other bodies\' words', () => {
    expect(channel('Onlinetjänsten för ansökan öppnar den 1 mars.')).toBe('Onlinetjänsten');
    expect(channel('Ansökan kan skickas till Kulturnämnden, Box 12, 111 22 Ort eller e-postas till kultur@kommun.se.')).toBe('kultur@kommun.se');
  });
  it('counter-probes: a report\'s service or address is not the application\'s', () => {
    expect(channel('E-tjänsten för redovisning öppnar i maj.')).toBeUndefined();
    expect(channel('Redovisningen ska postas till Riksarkivet eller mejlas till riksarkivet@riksarkivet.se.')).toBeUndefined();
  });
  it('a rewording that adds the post beside the same e-mail reports no channel change', () => {
    const out = changes(`${head}Ansökan ska mejlas till kultur@kommun.se.\n`, `${head}Ansökan ska postas till Kulturnämnden, Box 12, 111 22 Ort eller mejlas till kultur@kommun.se.\n`).join('\n');
    expect(out).not.toMatch(/^requisition\.channel/mu);
  });
});

describe('the uses under "Vilka projekt kan ni få stöd för?" and "sådant som man inte kan få stöd för är …" (lists.ts)', () => {
  const list = (question: string) => `${head}${question}\n\n  • Konserter och festivaler i kommunen.\n  • Utställningar och föreställningar.\n`;
  it('the batch\'s heading (Malmö stad, q330) and a paraphrase lead the permitted uses', () => {
    expect(spec(list('Vilka projekt kan ni få stöd för?')).permitted_uses?.join(' ')).toMatch(/Konserter och festivaler/u);
    expect(spec(list('Vilka aktiviteter kan du söka stöd för?')).permitted_uses?.join(' ')).toMatch(/Utställningar/u);
  });
  it('counter-probe: the question what one cannot get is no list of uses', () => {
    expect(spec(list('Vilka projekt kan ni inte få stöd för?')).permitted_uses?.join(' ') ?? '').not.toMatch(/Konserter och festivaler/u);
  });
  it('the batch\'s exclusion (q330) and a paraphrase are excluded uses; what one can get is not', () => {
    expect(spec(`${head}Exempel på sådant som man inte kan få projektstöd för är studentarbeten, kurser eller intern föreningsverksamhet.\n`).excluded_uses?.join(' ')).toMatch(/studentarbeten/u);
    expect(spec(`${head}Det som du inte kan söka bidrag för är löner och hyra för egna lokaler.\n`).excluded_uses?.join(' ')).toMatch(/löner och hyra/u);
    expect(spec(`${head}Exempel på sådant som man kan få projektstöd för är konserter och festivaler.\n`).excluded_uses ?? []).toEqual([]);
  });
});

describe('rule sentences the text pass now claims (rules.ts bidragsandel-procent, ansokan-om-utbetalning-beskriver)', () => {
  it('the batch: "Bidragsandelen är i normalfallet 50 procent …" dropped is a change of the grant\'s parts (Länsstyrelsen Uppsala, q320 → q321)', () => {
    const out = changes(`${head}Bidragsandelen är i normalfallet 50 procent men om särskilda skäl finns kan bidragsandelen bli högre.\n`, head).join('\n');
    expect(out).toMatch(/^funding\.parts/mu);
  });
  it('a paraphrase added: "Stödandelen är normalt 40 procent av de stödberättigande kostnaderna."', () => {
    expect(changes(head, `${head}Stödandelen är normalt 40 procent av de stödberättigande kostnaderna.\n`).join('\n')).toMatch(/^funding\.parts/mu);
  });
  it('a rewording with the same share reports nothing', () => {
    const out = changes(`${head}Bidragsandelen är i normalfallet 50 procent av kostnaden.\n`, `${head}Bidragsandelen är normalt 50 procent av kostnaden.\n`).join('\n');
    expect(out).not.toMatch(/^funding/mu);
  });
  it('the batch: "När du ansöker om utbetalning beskriver du …" added is a reporting duty (Skogsstyrelsen, q319)', () => {
    const out = changes(head, `${head}När du ansöker om utbetalning beskriver du vilka åtgärder som är genomförda och hur stor areal du har åtgärdat.\n`).join('\n');
    expect(out).toMatch(/^reporting\.content/mu);
  });
  it('a paraphrase: "I ansökan om utbetalning ska ni redovisa de faktiska kostnaderna för projektet."', () => {
    expect(changes(head, `${head}I ansökan om utbetalning ska ni redovisa de faktiska kostnaderna för projektet.\n`).join('\n')).toMatch(/^reporting\.content/mu);
  });
  it('a rewording of the same duty reports nothing', () => {
    const out = changes(`${head}När du ansöker om utbetalning beskriver du vilka åtgärder som är genomförda och hur stor areal du har åtgärdat.\n`,
      `${head}När du ansöker om utbetalning beskriver du vilka åtgärder som är genomförda och hur stor areal som du har åtgärdat.\n`).join('\n');
    expect(out).not.toMatch(/^reporting/mu);
  });
});

describe('the form\'s parts and a cap set each year (rules.ts ansokan-bestar-av, belopp-faststalls-arligen)', () => {
  it('the batch: "Blanketten består bland annat av en projektbeskrivning och en projektbudget." dropped (Malmö stad, q330 → q331)', () => {
    const out = changes(`${head}Ansökan gör ni på vår blankett. Blanketten består bland annat av en projektbeskrivning och en projektbudget.\n`, head).join('\n');
    expect(out).toMatch(/^requisition\.requires/mu);
  });
  it('a paraphrase added: "Ansökan består av två delar: en verksamhetsplan och en budget."', () => {
    expect(changes(head, `${head}Ansökan består av två delar: en verksamhetsplan och en budget.\n`).join('\n')).toMatch(/^requisition\.requires/mu);
  });
  it('the batch: "… upp till ett bestämt belopp, som fastställs årligen. För 2019 är beloppet 250 000 kronor." added (q331)', () => {
    const out = changes(head, `${head}Ansökan om projektstöd kan göras upp till ett bestämt belopp, som fastställs årligen. För 2019 är beloppet 250 000 kronor.\n`).join('\n');
    expect(out).toMatch(/^funding/mu);
  });
  it('a paraphrase added: "Stöd kan sökas upp till ett visst belopp per år."', () => {
    expect(changes(head, `${head}Stöd kan sökas upp till ett visst belopp per år.\n`).join('\n')).toMatch(/^funding/mu);
  });
  it('the same cap of the next year, the same words: no change', () => {
    const out = changes(`${head}Stöd kan sökas upp till ett visst belopp som fastställs årligen. För 2023 är beloppet 250 000 kronor.\n`,
      `${head}Stöd kan sökas upp till ett visst belopp som fastställs årligen. För 2024 är beloppet 250 000 kronor.\n`).join('\n');
    expect(out).not.toMatch(/^funding/mu);
  });
  it('a rewording of the form\'s parts reports nothing', () => {
    const out = changes(`${head}Blanketten består bland annat av en projektbeskrivning och en projektbudget.\n`, `${head}Blanketten består bland annat av en projektbudget och en projektbeskrivning.\n`).join('\n');
    expect(out).not.toMatch(/^requisition\.requires/mu);
  });
});

describe('extras of the batch that were no change (requisition.ts ansoker-om-utbetalning, eligibility.ts bidrag-till-for)', () => {
  it('the batch: the payment claim\'s e-tjänst is not the application\'s channel (Skogsstyrelsen, q319)', () => {
    expect(spec(`${head}När du genomfört dina åtgärder, ansöker du om utbetalning via Jordbruksverkets e-tjänst.\n`).requisition?.channel).toBeUndefined();
  });
  it('a paraphrase: "Ansökan om slututbetalning görs i e-tjänsten när projektet är klart."', () => {
    expect(spec(`${head}Ansökan om slututbetalning görs i e-tjänsten när projektet är klart.\n`).requisition?.channel).toBeUndefined();
  });
  it('counter-probe: applying for the grant and its payment in one service is the channel', () => {
    expect(spec(`${head}Du ansöker om stöd och om utbetalning i Jordbruksverkets e-tjänst.\n`).requisition?.channel).toBe('Jordbruksverkets e-tjänst');
  });
  it('the batch: a breadcrumb "- Stöd till föreningar och organisationer" names no applicants (Stockholms stad, q325)', () => {
    const out = changes(`${head}Du som söker stöd ska följa gällande svensk lagstiftning.\n`, `- Föreningsservice\n- Stöd till föreningar och organisationer\n- Regler och krav\n${head}Du som söker stöd ska följa gällande svensk lagstiftning.\n`).join('\n');
    expect(out).not.toMatch(/^recipients/mu);
  });
  it('a page\'s opening that says what for still names its applicants', () => {
    const out = changes(`${head}Föreningar kan söka bidraget.\n`, `Bidrag till studieförbund för gratis lovaktiviteter för barn och unga.\n\n${head}Föreningar kan söka bidraget.\n`).join('\n');
    expect(out).toMatch(/^recipients/mu);
  });
});
