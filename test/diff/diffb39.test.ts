import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { PAYMENT_TERMS, REPAYMENT_TERMS, repaymentTermsIn, samePayment, sameRepayment } from '../../specs/diff/concepts.js';
import { classifySentence } from '../../specs/diff/rules.js';
import { decisionTimes } from '../../specs/diff/closing.js';
import { textSentences } from '../../specs/diff/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// helper diffb39 (issue 14): diff pairs batch 39 (Robertsfors' sommarlovsaktiviteter 2017/2019/later, Nordanstig's news and page
// of 2019, Strömsund's sommarlov 2017 and lovaktiviteter 2018, Storuman's lokalt aktivitetsstöd in two versions), its false alarms
// and misses fixed by class. Each class: the batch's case, a paraphrase in another body's words, and a rewording or counter-probe
// that must report nothing (or still report).

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const changes = (a: string, b: string): string[] => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`);
const fixture = (name: string): string => readFileSync(`test/fixtures/diff/${name}`, 'utf8');
const paths = (a: string, b: string): string => changes(a, b).join('\n');
const HEAD = 'Bidrag till lovaktiviteter\n\nFöreningar kan söka bidrag för att ordna aktiviteter för barn och unga.\n\n';

describe('false alarm: one repayment cause reworded (concepts.ts REPAYMENT_TERMS, sameRepayment)', () => {
  it('Robertsfors 2017 → 2019 (diff q114, q377): "som inte används ska återbetalas" → "som inte utnyttjas skall betalas tillbaka" is none', () => {
    expect(paths(fixture('q114-robertsfors-sommarlovsaktiviteter-2017.txt'), fixture('q377-robertsfors-sommarlovsaktiviteter-2019.txt'))).not.toMatch(/^repayment/mu);
  });
  it('a paraphrase in another body\'s words is none', () => {
    expect(paths(`${HEAD}Medel som inte har förbrukats ska återbetalas till kommunen.\n`, `${HEAD}Pengar som inte förbrukats ska betalas tillbaka till nämnden.\n`)).not.toMatch(/^repayment/mu);
  });
  it('counter-probes: another cause, or "ska" → "kan", is a change', () => {
    expect(sameRepayment('Bidragspengar som inte används ska återbetalas.', 'Bidrag som använts till annat ändamål ska återbetalas.')).toBe(false);
    expect(sameRepayment('Bidragspengar som inte används ska återbetalas.', 'Bidragspengar som inte används kan krävas tillbaka.')).toBe(false);
    expect(sameRepayment('Bidragspengar som inte används ska återbetalas.', 'Bidragspengar som inte används får behållas.')).toBe(false);
    expect(paths(`${HEAD}Bidragspengar som inte används ska återbetalas.\n`, `${HEAD}Bidragspengar som inte används kan krävas tillbaka.\n`)).toMatch(/^repayment/mu);
  });
  it('each cause row names its examples and none of its counter-examples', () => {
    for (const row of REPAYMENT_TERMS) {
      for (const e of row.examples) expect(repaymentTermsIn(e), e).toContain(row.thing);
      for (const c of row.counterExamples) expect(repaymentTermsIn(c), c).not.toContain(row.thing);
    }
  });
});

describe('false alarm: paid once the application is granted, in two tenses (concepts.ts PAYMENT_TERMS beviljad)', () => {
  it('Nordanstig news → page 2019 (dev 2192, diff q378) reports no payment', () => {
    expect(paths(readFileSync('test/corpus/dev/2192-nordanstig-sommarlovsaktiviteter-2019.txt', 'utf8'), fixture('q378-nordanstig-sommarlovsaktiviteter-sida-2019.txt'))).not.toMatch(/^payment/mu);
  });
  it('a paraphrase: "Bidraget betalas ut när ansökan har beviljats." → "Bidraget kommer att betalas ut när ansökan är beviljad." is the same payment', () => {
    expect(samePayment('Bidraget betalas ut när ansökan har beviljats.', 'Bidraget kommer att betalas ut när ansökan är beviljad.')).toBe(true);
  });
  it('counter-probes: paid in arrears after the grant, or a figure added, is another payment', () => {
    expect(samePayment('Stödet betalas ut när ansökan beviljats.', 'Stödet betalas ut i efterhand när ansökan beviljats.')).toBe(false);
    expect(samePayment('Stödet betalas ut när ansökan beviljats.', 'När ansökan är beviljad betalas 75 % av stödet ut.')).toBe(false);
    const row = PAYMENT_TERMS.find((t) => t.thing === 'beviljad')!;
    expect(row.counterExamples.length).toBeGreaterThanOrEqual(2);
  });
});

describe('false alarm: an indirect question in an application\'s list of details is no condition (rules.ts ska-villkor unless)', () => {
  it('Strömsund 2017 → 2018 (diff q379, q380): "När aktiviteten ska ske" reports no condition removed', () => {
    expect(paths(fixture('q379-stromsund-sommarlovsaktiviteter-2017.txt'), fixture('q380-stromsund-lovaktiviteter-2018.txt'))).not.toMatch(/När aktiviteten ska ske/u);
  });
  it('a paraphrase: "Ange följande: … Hur projektet ska följas upp" is no condition', () => {
    expect(classifySentence('Hur projektet ska följas upp')).toBeUndefined();
    expect(classifySentence('Ange följande i ansökan: Var aktiviteten ska genomföras')).toBeUndefined();
  });
  it('counter-probes: a rule that opens with "när" is still a condition', () => {
    expect(classifySentence('När aktiviteten är genomförd ska redovisning ske')).toBe('conditions');
    expect(classifySentence('När ansökan är beviljad ska föreningen skicka in en budget.')).toBe('conditions');
  });
});

describe('false alarm → use: where the money goes (rules.ts pengarna-ska-ga-till)', () => {
  it('Strömsund 2018 (diff q380): "Pengarna ska gå till att anordna gratis aktiviteter …" is a use, not a condition', () => {
    expect(paths(fixture('q379-stromsund-sommarlovsaktiviteter-2017.txt'), fixture('q380-stromsund-lovaktiviteter-2018.txt'))).toMatch(/^permitted_uses(?:\.\d+)? \| added \|.*Pengarna ska gå till att anordna/mu);
  });
  it('a paraphrase: "Medlen ska i första hand gå till insatser för äldre." is a use', () => {
    expect(classifySentence('Medlen ska i första hand gå till insatser för äldre.')).toBe('permitted_uses');
  });
  it('counter-probes: the body paid to, an application sent, a denial are no uses', () => {
    expect(classifySentence('Pengarna ska gå till kommunen.')).not.toBe('permitted_uses');
    expect(classifySentence('Ansökan ska gå till kultur- och fritidsnämnden.')).not.toBe('permitted_uses');
    expect(classifySentence('Pengarna ska inte gå till löner.')).not.toBe('permitted_uses');
  });
});

describe('miss: a payment in a share, the verb before its subject (rules.ts betalar-vi-ut-andel)', () => {
  it('Robertsfors 2019 → later (diff q377, q115): "… så betalar vi ut 75% av bidraget" removed is a payment change', () => {
    expect(paths(fixture('q377-robertsfors-sommarlovsaktiviteter-2019.txt'), fixture('q115-robertsfors-sommarlovsaktiviteter-utan-ar.txt'))).toMatch(/^payment/mu);
  });
  it('a paraphrase: "Efter godkänd redovisning betalar kommunen ut resten av bidraget." is a payment', () => {
    expect(classifySentence('Efter godkänd redovisning betalar kommunen ut resten av bidraget.')).toBe('payment');
  });
  it('counter-probes: a denial or a past year\'s payment is none; the same sentence both years reports nothing', () => {
    expect(classifySentence('Därför betalar vi inte ut bidraget till föreningar med skulder.')).not.toBe('payment');
    expect(classifySentence('Förra året betalade vi ut 75% av bidraget i förskott.')).not.toBe('payment');
    const t = `${HEAD}När ansökan är beviljad så betalar vi ut 75% av bidraget.\n`;
    expect(paths(t, t)).toBe('');
  });
});

describe('miss: a report asked for as the funder\'s wish, or written on the form (rules.ts vill-vi-att-ni-redovisar, redovisar-du-resultatet)', () => {
  it('Strömsund 2017 → 2018 (diff q379, q380): "… vill vi att ni senast den 1 september redovisar till oss" removed is a reporting change', () => {
    expect(paths(fixture('q379-stromsund-sommarlovsaktiviteter-2017.txt'), fixture('q380-stromsund-lovaktiviteter-2018.txt'))).toMatch(/^reporting/mu);
  });
  it('Storuman older → later (diff q381, q382): "… på den redovisar du också resultatet av aktiviteten" removed is a reporting change', () => {
    expect(paths(fixture('q381-storuman-lokalt-aktivitetsstod-aldre.txt'), fixture('q382-storuman-lokalt-aktivitetsstod-senare.txt'))).toMatch(/^reporting/mu);
  });
  it('paraphrases in other bodies\' words are reports', () => {
    expect(classifySentence('Efter projektet vill kommunen att föreningen återrapporterar hur pengarna använts.')).toBe('reporting.content');
    expect(classifySentence('Efter lovet redovisar ni hur bidraget har använts i e-tjänsten.')).toBe('reporting.content');
  });
  it('counter-probes: a question, an interest, the application\'s account of earlier work are no reports', () => {
    expect(classifySentence('Vill ni att vi redovisar resultatet?')).not.toBe('reporting.content');
    expect(classifySentence('Vi vill att ni redovisar ert intresse senast den 1 mars.')).not.toBe('reporting.content');
    expect(classifySentence('I ansökan redovisar du resultatet av tidigare projekt.')).not.toBe('reporting.content');
  });
});

describe('miss: who signs the application (rules.ts underteckna-ansokan)', () => {
  it('Storuman older → later (diff q381, q382): the signature sentence removed is a requirement change', () => {
    expect(paths(fixture('q381-storuman-lokalt-aktivitetsstod-aldre.txt'), fixture('q382-storuman-lokalt-aktivitetsstod-senare.txt'))).toMatch(/^requisition\.requires \| removed \|.*underteckna/mu);
  });
  it('a paraphrase: "Ansökan ska vara undertecknad av två styrelseledamöter." is a requirement', () => {
    expect(classifySentence('Ansökan ska vara undertecknad av två styrelseledamöter.')).toBe('requisition.requires');
  });
  it('counter-probes: a report or an agreement signed, a denial, are not the application\'s requirement', () => {
    expect(classifySentence('Redovisningen ska undertecknas av ordföranden.')).not.toBe('requisition.requires');
    expect(classifySentence('Avtalet ska undertecknas av båda parter.')).not.toBe('requisition.requires');
    expect(classifySentence('Ansökan behöver inte undertecknas.')).not.toBe('requisition.requires');
  });
});

describe('miss: a yearly duty\'s yearless day (closing.ts ska-goras-senast-dag-varje-ar)', () => {
  it('Storuman older → later (diff q381, q382): registration "senast 1 juni varje år" added is a dates change', () => {
    expect(paths(fixture('q381-storuman-lokalt-aktivitetsstod-aldre.txt'), fixture('q382-storuman-lokalt-aktivitetsstod-senare.txt'))).toMatch(/^dates/mu);
  });
  it('a paraphrase: "Registreringen ska ske senast den 15 mars varje år." reads 15 mars', () => {
    expect(decisionTimes(textSentences(`${HEAD}Registreringen ska ske senast den 15 mars varje år.\n`)).map((d) => d.day)).toEqual(['15 mars']);
  });
  it('counter-probes: the application\'s day, a report\'s day, a day with its year read none; the same day both texts reports nothing', () => {
    for (const s of ['Ansökan ska göras senast 1 juni varje år.', 'Redovisningen ska göras senast 1 juni varje år.', 'Detta ska göras senast 1 juni 2024.']) {
      expect(decisionTimes(textSentences(`${HEAD}${s}\n`)), s).toEqual([]);
    }
    const t = `${HEAD}Föreningen ska finnas i föreningsregistret. Detta ska göras senast 1 juni varje år.\n`;
    expect(paths(t, t)).toBe('');
  });
});
