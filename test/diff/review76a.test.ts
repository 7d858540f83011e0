import { describe, expect, it } from 'vitest';
import { extractAnvisning } from '../../extract/anvisning.js';
import { readText } from '../../extract/read/text.js';
import { samePayment, sameRepayment } from '../../specs/diff/concepts.js';
import { classifySentence } from '../../specs/diff/rules.js';
import { decisionTimes } from '../../specs/diff/closing.js';
import { textSentences } from '../../specs/diff/text.js';
import { diffSpecs } from '../../specs/diff/index.js';
import { describe as describeChange } from '../../specs/diff/words.js';

// Adversarial review of stop 55's first-wave change-report rules by diffb39 (helper review76a, issue 12): concepts.ts
// REPAYMENT_TERMS/sameRepayment and PAYMENT_TERMS 'beviljad' (two wordings called the same), rules.ts ska-villkor's exception
// for a short indirect question, rows pengarna-ska-ga-till, betalar-vi-ut-andel, vill-vi-att-ni-redovisar,
// redovisar-du-resultatet, underteckna-ansokan, closing.ts ska-goras-senast-dag-varje-ar. A wrong value here is a change
// reported that did not happen, a real change hidden as "the same", or a sentence read in another role. Constructed Swedish.
// `it.fails` marks a probe left open (its comment says why).

const spec = (text: string) => extractAnvisning(readText('t.txt', text), { path: 't.txt', sha256: '0'.repeat(64) });
const paths = (a: string, b: string): string => diffSpecs(spec(a), spec(b), { oldText: a, newText: b }).changes.map((c) => `${c.path} | ${c.kind} | ${describeChange(c)}`).join('\n');
const HEAD = 'Bidrag till lovaktiviteter\n\nFöreningar kan söka bidrag för att ordna aktiviteter för barn och unga.\n\n';
const days = (body: string): string[] => decisionTimes(textSentences(`${HEAD}${body}\n`)).map((d) => d.day);

describe('repayment: two wordings of different force or cause are not the same (concepts.ts sameRepayment)', () => {
  it('D1 "kommer att återkrävas" (will be) is not "kan återkrävas" (may be)', () => {
    expect(sameRepayment('Bidrag som inte används kommer att återkrävas.', 'Bidrag som inte används kan återkrävas.')).toBe(false);
    expect(paths(`${HEAD}Bidrag som inte används kommer att återkrävas.\n`, `${HEAD}Bidrag som inte används kan återkrävas.\n`)).toMatch(/^repayment/mu);
  });
  it('D2 money used for another purpose is not money granted on wrong grounds', () => {
    expect(sameRepayment('Bidrag som använts till annat än det beviljade ändamålet ska återbetalas.', 'Bidrag som lämnats på felaktiga grunder ska återbetalas.')).toBe(false);
  });
  it('D3 the unused part repaid is not the whole grant repaid', () => {
    expect(sameRepayment('Den del av bidraget som inte används ska återbetalas.', 'Om bidraget inte används fullt ut ska hela bidraget återbetalas.')).toBe(false);
  });
  it('D4 keep: one cause and force in other words is the same (another body\'s phrasing)', () => {
    expect(sameRepayment('Medel som inte har utnyttjats ska betalas tillbaka till regionen.', 'Medel som inte förbrukats ska återbetalas till regionen.')).toBe(true);
    expect(paths(`${HEAD}Medel som inte har utnyttjats ska betalas tillbaka till regionen.\n`, `${HEAD}Medel som inte förbrukats ska återbetalas till regionen.\n`)).not.toMatch(/^repayment/mu);
  });
});

describe('payment: paid once granted (concepts.ts PAYMENT_TERMS beviljad)', () => {
  it('D5 a condition added beside the grant (an agreement signed) is another payment', () => {
    expect(samePayment('Stödet betalas ut när ansökan beviljats.', 'Stödet betalas ut när ansökan beviljats och avtal har undertecknats.')).toBe(false);
  });
  // open: a report's term in PAYMENT_TERMS ("slutrapport", "redovis") hid diffclass70's region/payment/changed (two shares in
  // words, "tjugo" → "tio procent … tills slutrapporten är godkänd", then called the same); left as main has it
  it.fails('D6 paid after an approved report as well is another payment', () => {
    expect(samePayment('Bidraget betalas ut när ansökan har beviljats.', 'Bidraget betalas ut när ansökan har beviljats och slutrapporten har godkänts.')).toBe(false);
  });
  it('D7 keep: the same terms in another tense are the same', () => {
    expect(samePayment('Bidraget betalas ut när ansökningen beviljats.', 'Bidraget kommer att betalas ut när ansökningen är beviljad.')).toBe(true);
  });
});

describe('conditions: the indirect-question exception (rules.ts ska-villkor)', () => {
  it('D8 a rule told as "Hur medlen används ska redovisas." is still read', () => {
    expect(classifySentence('Hur medlen används ska redovisas.')).toBeDefined();
  });
  it('D9 keep: an application list\'s item is no condition', () => {
    expect(classifySentence('Ansökan ska innehålla: Var lägret ska hållas')).not.toBe('conditions');
  });
});

describe('uses: where the money goes (rules.ts pengarna-ska-ga-till)', () => {
  it('D10 the body or person the money is paid to is no use ("projektägaren")', () => {
    expect(classifySentence('Bidraget ska gå till projektägaren som ansvarar för redovisningen.')).not.toBe('permitted_uses');
  });
  it('D11 "… gå till verksamhetsutövaren" is no use', () => {
    expect(classifySentence('Stödet ska gå till verksamhetsutövaren och inte till fastighetsägaren.')).not.toBe('permitted_uses');
  });
  it('D12 keep: "Medlen får gå till att köpa in material" is a use', () => {
    expect(classifySentence('Medlen får gå till att köpa in material och utrustning.')).toBe('permitted_uses');
  });
});

describe('payment: paid in a share, the verb first (rules.ts betalar-vi-ut-andel)', () => {
  it('D13 keep: "Vid beviljat stöd betalar regionen ut halva bidraget i förskott." is a payment', () => {
    expect(classifySentence('Vid beviljat stöd betalar regionen ut halva bidraget i förskott.')).toBe('payment');
  });
  it('D14 the same sentence in both texts reports nothing', () => {
    const t = `${HEAD}Efter godkänd slutredovisning betalar kommunen ut resten av bidraget.\n`;
    expect(paths(t, t)).toBe('');
  });
});

describe('reporting: the funder\'s wish, and on the form (rules.ts vill-vi-att-ni-redovisar, redovisar-du-resultatet)', () => {
  it('D15 a wish to be told of faults on the web site is no report', () => {
    expect(classifySentence('Vi vill att ni rapporterar eventuella fel på webbplatsen till vår webbredaktion.')).not.toBe('reporting.content');
  });
  it('D16 the application\'s account of a pilot study, "I ansökningsformuläret redovisar du resultatet av förstudien", is no report', () => {
    expect(classifySentence('I ansökningsformuläret redovisar du resultatet av förstudien.')).not.toBe('reporting.content');
  });
  it('D17 "Med ansökan redovisar ni resultatet av er förstudie" is no report', () => {
    expect(classifySentence('Med ansökan redovisar ni resultatet av er förstudie.')).not.toBe('reporting.content');
  });
  it('D18 keep: "Vi vill att ni återrapporterar hur bidraget använts senast två månader efter lovet." is a report', () => {
    expect(classifySentence('Vi vill att ni återrapporterar hur bidraget använts senast två månader efter lovet.')).toBe('reporting.content');
  });
});

describe('requirement: who signs the application (rules.ts underteckna-ansokan)', () => {
  it('D19 the form accepting a decision\'s terms is not the application\'s', () => {
    expect(classifySentence('När ni fått beslut måste ni underteckna blanketten om godkännande av villkoren och skicka in den.')).not.toBe('requisition.requires');
  });
  it('D20 the payment request\'s form is not the application\'s', () => {
    expect(classifySentence('För att få pengarna utbetalda måste ni underteckna blanketten för rekvisition.')).not.toBe('requisition.requires');
  });
  it('D21 keep: "Ansökan ska vara undertecknad av behörig firmatecknare." is a requirement', () => {
    expect(classifySentence('Ansökan ska vara undertecknad av behörig firmatecknare.')).toBe('requisition.requires');
  });
});

describe('dates: a yearly duty\'s yearless day (closing.ts ska-goras-senast-dag-varje-ar)', () => {
  it('D22 "Detta" after a report\'s sentence is the report\'s day, not the row\'s', () => {
    expect(days('Föreningen ska lämna in sin verksamhetsberättelse och revisionsberättelse. Detta ska göras senast 31 mars varje år.')).toEqual([]);
  });
  it('D23 "Detta" after the application\'s sentence is the application\'s day', () => {
    expect(days('Ansökan om aktivitetsstöd lämnas i kommunens e-tjänst. Detta ska göras senast 1 mars varje år.')).toEqual([]);
  });
  it('D24 keep: "Uppdateringen ska ske senast den 30 april varje år." reads 30 april', () => {
    expect(days('Föreningen ska hålla sina uppgifter i föreningsregistret aktuella. Uppdateringen ska ske senast den 30 april varje år.')).toEqual(['30 april']);
  });
});
