import { describe, expect, it } from 'vitest';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';
import { anvisningOf as spec } from '../extract/probe.js';

// Constructed pairs for h/diff30's fixes (issue 14, batch 29), each in another body's phrasing than the pair it came from.

const report = (a: string, b: string) => diffSpecs(spec(a), spec(b), { oldText: a, newText: b });
const changes = (a: string, b: string): string[] => report(a, b).changes.map((c) => `${c.path} | ${describeChange(c)}`);
const head = 'Stipendier och bidrag\nStiftelsen delar ut bidrag till föreningar i Österbotten.\n';

describe('the windows of a page with several, added or removed, as last days to apply (index.ts asRoundClosing)', () => {
  // q293 → dev 1859 (Konstsamfundet): "Ansökningstid: 1-28.2.2022" / "Ansökningstid: 1-30.9.2022" were dates (ansökningsomgång)
  it('two windows stated anew are the last days to apply, not dated events', () => {
    const out = changes(head + 'Stiftelsen har två ansökningstider per år, i mars och i oktober.\n',
      head + 'Stiftelsen har två ansökningstider per år.\n\nAnsökningstid: 1-31.3.2025\nAnsökningstid: 1-31.10.2025\n').join('\n');
    expect(out).toMatch(/^requisition\.closes\.0 \| .*1-31\.3\.2025/mu);
    expect(out).toMatch(/^requisition\.closes\.1 \| .*1-31\.10\.2025/mu);
    expect(out).not.toMatch(/^dates/mu);
  });
  it('a grant that states its one last day keeps the windows as dated events (no second reading of the deadline)', () => {
    const out = changes(head + 'Sista ansökningsdag är den 31 mars 2025.\n',
      head + 'Sista ansökningsdag är den 31 mars 2025.\n\nAnsökningstid: 1-31.3.2025\nAnsökningstid: 1-31.10.2025\n').join('\n');
    expect(out).not.toMatch(/^requisition\.closes\.\d/mu);
  });
});

describe('a purpose extended, its aim stated word for word (index.ts sameAimExtended)', () => {
  // q296 → dev 867 (Åland): "Understöden ska uppmuntra till ett varierat kulturutbud över hela Åland." → "… uppmuntrar till … samt vill främja …"
  it('the verb reworded, the added clause stated in the old text and a use clause: no change of purpose', () => {
    const old = head + 'Syfte\nBidraget ska bidra till ett levande kulturliv i hela Österbotten.\nBidraget ska stärka föreningarnas ideella arbete med barn och unga.\n';
    const neu = head + 'Syfte\nBidraget bidrar till ett levande kulturliv i hela Österbotten samt vill stärka föreningarnas ideella arbete med barn och unga, bidrag kan även beviljas för gästspel och turnéer.\n';
    const out = changes(old, neu).join('\n');
    expect(out).not.toMatch(/^purpose/mu);
  });
  it('a clause that widens the aim keeps the purpose changed', () => {
    const old = head + 'Syfte\nBidraget ska bidra till ett levande kulturliv i hela Österbotten.\n';
    const neu = head + 'Syfte\nBidraget bidrar till ett levande kulturliv i hela Österbotten, inklusive nyanlända barn och unga i skolåldern.\n';
    expect(changes(old, neu).join('\n')).toMatch(/^purpose/mu);
  });
});

describe('what the applicant attaches or fills in, told without "ansökan ska" (rules.ts bifogas-fylls-i)', () => {
  // dev 1860 → 1858 and q292 → 1859 (Konstsamfundet): "… fylls i.", "Föreningar bör bifoga …", "Till ansökan bifogas …"
  it('a bare "Till ansökan bifogas" no longer stated is a requirement removed', () => {
    const out = changes(head + 'Till ansökan bifogas en kostnadskalkyl och ett protokollsutdrag från styrelsen.\n', head).join('\n');
    expect(out).toMatch(/^requisition\.requires \| .*kostnadskalkyl.*anges inte längre/mu);
  });
  it('"bör bifoga" and a listed "fylls i" are requirements added', () => {
    const out = changes(head, head + 'Tidsplan, budget, finansieringsplan och kontaktuppgifter fylls i. Arbetsgrupper bör bifoga en medlemsförteckning.\n').join('\n');
    expect(out).toMatch(/^requisition\.requires \| .*fylls i/mu);
  });
  it('a denial or a form filled in without items is none', () => {
    const out = changes(head, head + 'Blanketten fylls i.\nFöreningar behöver inte bifoga årsberättelse.\n').join('\n');
    expect(out).not.toMatch(/^requisition\.requires/mu);
  });
});

describe('the payment asked for within a time (rules.ts be-om-utbetalning-inom)', () => {
  // q293 → dev 1859 (Konstsamfundet): "… skall rekvirera, dvs. be om utbetalning av bidraget, inom ett år från beviljandet."
  it('a requisition of the payment within months no longer stated is a payment change', () => {
    const out = changes(head + 'Beviljade föreningar ska rekvirera bidraget inom sex månader från beslutet.\n', head).join('\n');
    expect(out).toMatch(/^payment \| .*inom sex månader.*anges inte längre/mu);
  });
});

describe('a bare "Vem?" heading over who may apply (recipients.ts vem-bar-fraga)', () => {
  // dev 1859 (Konstsamfundet 2022): "Vem?" / "• organisationer (registrerade) • arbetsgrupper • nätverk"
  it('reads the list under it as the recipients', () => {
    const s = spec('Bidrag för kulturprojekt\n\nVem?\n • föreningar (registrerade)\n • arbetsgrupper\n\nFör vad?\n • konserter\n • utställningar\n');
    expect(JSON.stringify(s.kind === 'anvisning' ? s.recipients : undefined)).toMatch(/organisation/u);
  });
});
