import { describe, expect, it } from 'vitest';
import { devKindTexts, kindFlips, kindOf } from './kind-perturbation.js';

// Branch h/forms18 (issue 12): the kind of every dev form and instruction page (reporting instructions and
// anvisningar) under the perturbations of kind-perturbation.ts. Counted on the texts whose whole kind is
// right; each bound below is the count on h/forms18, so a change that makes the decision less robust fails
// here, and one that makes it more robust lowers the bound. Before h/forms18 (main f7f6b12): an instruction
// page quoting five real form questions under a lead became a form in 8 of 194 texts; now in none.

const texts = devKindTexts();
const { wrongWhole, flips } = kindFlips(texts);

// the flips allowed, by "kind:perturbation" (counts on h/forms18, lowered on h/forms19: KIND_EVIDENCE rows
// project-question and run-in-prompt, which a form's questions and prompts hold for wherever they stand, and the
// lower minimum of a short text, KIND_FORM_MIN_SHORT; forms18 → forms19: noTitle 3 → 2, flattened 8 → 7,
// flattenedNoBlanks 8 → 7, firstHalf 10 → 9, lastHalf 35 → 29 (with here-you-prompt and lone-question-number); instruction pages 0 → 0 under every perturbation)
const BOUNDS: Readonly<Record<string, number>> = {
  'anvisning:quoting': 0,
  'anvisning:noBlanks': 0,
  // (h/audit78: 0 → 1 by dev 1696 alone, a booklet of instructions for reporting relabelled anvisning by the audit of the dev
  // reporting kinds: the audited rule's tie-break reads its head, 'ANVISNINGAR FÖR REDOVISNING' (KIND_EVIDENCE
  // reporting-instructions-head), and with its title line gone the contents' field numbers outweigh it)
  // (h/forms80: 1 → 2 by the new dev 2403 alone, a foundation's page listing the areas it reviews in a final report: its first line
  // holds the lead that quotes the questions (KIND_EVIDENCE questions-quoted-lead), and with it gone the question lines are a form's)
  // (h/form89: 2 → 3 by the new dev 2632 alone, a foundation's evaluation page whose first line ends in the lead offering the
  // questions as a guide (questions-quoted-lead): with it gone its ten numbered questions are a form's, as 2403's)
  'anvisning:noTitle': 3,
  // (stop 52, h/forms71: every older instruction page flips under none, as before; the new dev 2173 — the Garfield Weston
  // Foundation's short reporting page, about half of it English questions quoted under "We ask you to include the following:"
  // — becomes a form when its lines are run together (flattened, flattenedNoBlanks) or when only its second half, the
  // questions, is left (lastHalf): 0 → 1 under those three, by 2173 alone; whole, it is read right)
  'anvisning:flattened': 1,
  'anvisning:flattenedNoBlanks': 1,
  'anvisning:firstHalf': 0,
  // (h/forms80: 1 → 2 by the new dev 2403 alone, as under noTitle: its last half is the questions without their lead)
  'anvisning:lastHalf': 2,
  // (h/forms21: the dev texts of h/forms20 and before: noBlanks 0, flattenedNoBlanks 7, firstHalf 10 → 9 (1561 now holds by
  // its head), lastHalf 30 (unchanged); the new dev 1591–1610 add 1595 (noBlanks,
  // flattenedNoBlanks: a form whose only marks are its blanks), 1592, 1595, 1602, 1603 (firstHalf) and 1591, 1605, 1606,
  // 1607 (lastHalf); their nine instruction pages flip under none)
  // (h/forms22: the dev texts of before flip as before under every perturbation, none more, none fewer; the new dev
  // 1696–1707 add 1701 (noBlanks: its blanks are its only structure), 1696, 1697 (flattened), 1696, 1697, 1701
  // (flattenedNoBlanks), 1699, 1700, 1701 (firstHalf: the form's intro alone) and 1696–1699, 1701–1704, 1706, 1707
  // (lastHalf: the head and the web form's notes stand in the first half); their eight instruction pages 1708–1715
  // flip under none)
  // (h/forms23: the dev texts of before flip as before under every perturbation, none more, none fewer; the new dev
  // 1755–1763 add 1759 (noBlanks, flattenedNoBlanks: its example answers' blanks are among its marks), 1761 (noTitle: its
  // head 'GRANTS PROGRAM EVALUATION REPORT FORM' is a mark of its own; lastHalf: the head and the office-use box stand in the
  // first half), 1756, 1757, 1759, 1762 (firstHalf: the head and intro alone); their twelve instruction pages 1758, 1764–1774
  // flip under none)
  // (h/forms25: the dev texts of before flip as before or fewer — firstHalf no longer 1592, 1593 (their OMB approval numbers,
  // KIND_EVIDENCE omb-approval-number, stand in the first half), flattened no longer 1234 — so the new texts fit the old bounds there;
  // the new dev 1875–1889 add 1882 (noTitle, firstHalf, lastHalf: a help text run into one paragraph, its marks
  // 'Fill in the blanks …', 'by clicking the box', 'Complete question 1 by …' spread over the whole), 1877 (flattened,
  // flattenedNoBlanks: 'Enter …' hints lose their line heads), 1879 (firstHalf: its form fields stand in the second half),
  // 1875, 1876, 1877 (lastHalf: the head fields and boxes stand in the first half); their nine instruction pages flip under none)
  // (h/forms26: dev 1881 is a form whole now, by KIND_EVIDENCE question-item, its dash-item questions; it counts among the flips,
  // every other text flips as on main 96da4f77 but 1757 (firstHalf: no longer, its first half's bullet questions): flattened
  // 9 → 10 and flattenedNoBlanks 12 → 13 by 1881 alone (flattened, its items lose the line heads the row reads), lastHalf
  // 50 → 51 by 1881 alone (its last half holds one dash question), firstHalf 21 (1881 in, 1757 out))
  // (h/forms65: every older text flips as on main b3bc14d1, none more; the new dev 1990 — NPS's project report form, its
  // numbered blanks its only structure — adds one flip to noBlanks 3 → 4, flattened 10 → 11, flattenedNoBlanks 13 → 14;
  // the batch's eight instruction pages 1997–2004 flip under none)
  // (h/forms66: every older text flips as on main ff65aebf, none more, none fewer; the new dev 2018 (a form whose blanks are
  // its structure) flips under noBlanks with main's rows too, and the new dev 2006 — NSW Environmental Trust's form, a form
  // whole now by KIND_EVIDENCE empty-field-run, its Word fields' blanks its main structure — adds one flip to noBlanks 4 → 5,
  // flattened 11 → 12, flattenedNoBlanks 14 → 15; the batch's seven instruction pages 2010–2016 flip under none)
  'reporting-form:noBlanks': 5,
  // (h/forms79: 4 → 5 by dev 1594 alone, read right whole now by KIND_EVIDENCE form-designed-for, completed-form-length and
  // when-completing-report: its first line holds 'When completing the final report', one of the three; every older text as on main)
  // (6: dev 2426, a PDF read back as one line, is all title line: without it nothing is left, h/forms83)
  'reporting-form:noTitle': 6,
  'reporting-form:flattened': 12,
  'reporting-form:flattenedNoBlanks': 15,
  // (h/forms20: 9 → 10 and 29 → 30 by the new dev 1561 alone, a short English report form whose head and note stand in its first lines)
  // (h/forms25: 20 → 21 by dev 1705 alone, a form whole now: its first half lacks the ink-signature line that makes it one)
  // (h/forms27: 21 → 24 by the new dev 1891, 1902 and 1901 alone, forms whole by the new KIND_EVIDENCE rows: 1891's first half,
  // a six-line help text, holds its lead and one '(yes/no)' label only; 1902's first half, CSA Form 440's certification and
  // '(Check appropriate box.)', lacks the date hints of the federal form after it; 1901's first half, the copy site's head and
  // the list of worksheets, lacks 'This worksheet is used …' and 'in cell B4'; every older text flips as on main e31739dd)
  // (h/forms65: 24 → 29 by the new dev alone: 1990, 1992 (their blanks and questions stand in the second half) and 1993,
  // 1994, 1995, forms whole now by the new KIND_EVIDENCE rows whose lines stand in the second half — 1993's cover sheet,
  // 1994's 'Attach additional pages if required.', 1995's burden statement after its OMB number; every older text as on main)
  // (h/forms66: 29 → 30 by the new dev 2005 alone, a form whole now by KIND_EVIDENCE slash-label-cells: its first half is the
  // guidance front page, its table rows of blank cells stand in the second; every older text as on main ff65aebf)
  // (h/forms79: 30 → 31 by texts that are forms whole only now: dev 1594 and 2081 (read right whole by the new KIND_EVIDENCE
  // rows, some of whose lines stand in the second half) and the new dev 2362 (a form whose questions stand in its second half);
  // these rows only add form evidence, so no older text flips more)
  // (h/forms80: 31 → 36 by the five new forms alone, 2395–2398 and 2402: each a form whole, its head fields, blanks, 'Kr.' cells or
  // walked items in its second half; every older text flips as on main 3cdc24bb)
  // (h/forms84: 36 → 37 by the new dev 2297 alone, ICLD's e-service printout: its budget table head and 'Fyll i nedanstående
  // fält' stand in its second half, its first half holds the lead and the steps only; every older text as on main d8ce9608)
  // (h/form88: 37 → 38 by the new dev 2599 alone, Jordbruksverket's slutrapport blankett as a docplayer transcript: its first half
  // is the blankett's lead and the recipient's labels, its help prompt 'Här ska du kort och konkret beskriva' and the rest in the
  // second; the count is main e6125fce's plus 2599)
  // (h/form89: 38 → 40 by the new dev 2628 and 2630 alone, two forms whose head blanks or numbered labels stand in the first half
  // and whose questions or prompts in the second; the count is main 33dce441's plus these two)
  'reporting-form:firstHalf': 40,
  // (h/forms24: 45 → 46 by dev 1593 alone, now a form whole: its last half, Section 0's bullets, holds neither its
  // 'Instructions for the … Report Form' lines nor its burden statement; every other text flips as before)
  // (h/forms65: 51 → 52: the new dev 1990, 1994, 1995 in (their head, OMB number and first blanks stand in the first half),
  // the older 1701 out — its last half now holds 'Attach additional pages if necessary', KIND_EVIDENCE attach-additional-pages)
  // (h/forms66: 52 → 53 (50 on main ff65aebf with this branch's corpus; every older text as on main): the new dev 2006, 2009,
  // 2019 in, forms whole now by the new KIND_EVIDENCE rows whose lines stand in the first half — 2006's and 2019's Word
  // fields' blanks, 2009's empty '$' cells)
  // (h/forms68: 53 → 54 (55 on main 24c59906 with this branch's corpus): the new dev 2075 and 2077 in, forms whole by their
  // first-half certification, signature and slash-paired blank labels; the older 1877 out — its last half's field
  // instructions after their labels ("Name: Enter the Project Contact’s Name.", "Phone: Enter …") are read by the widened
  // enter-the-field row; every other older text as on main)
  // (stop 52, h/forms71: 54 → 56 by the new dev 2166 and 2167 alone, a budget table and a spreadsheet template whose head
  // fields stand in the first half; every older text flips as on main 801685e3, none more, none fewer)
  // (stop 65, h/report87: 56 → 58 by the new dev 2551 and 2552 alone, an LSTA final report and a touring grant's report form whose
  // head and field labels stand in the first half; every older text flips as before)
  // (h/form88: 58 → 60 by the new dev 2599 and 2600 alone: each a short form whose head (the transcript's 'PROJEKTSTÖD -
  // Slutrapport', 'Progress report – Demonstration project') stands in its first half; the count is main e6125fce's plus these two)
  // (h/form89: 60 → 62 by the new dev 2628 and 2630 alone: the lead, the head blanks and the first numbered fields stand in the
  // first half; the count is main 33dce441's plus these two)
  'reporting-form:lastHalf': 62,
};

// whole texts whose kind is wrong, open (h/forms21): two first pages of English report forms' help texts whose visible part
// holds no mark of the form (1593, the EPA form's instructions: a burden statement and "Section 0: Introduction"; 1594, the
// Gates Foundation form's page on its own purpose and format, read by the gold as the form's opening page)
// (h/forms22: 1705, the Washington State Arts Commission's final report package, its first page alone: contract
// requirements, the deadline and 'Fill out the form completely' under 'FINAL REPORT FY2009', no mark of the form itself)
// (h/forms23: 1760, Udir's Norwegian help text walking through its report's fields, 'Prosjektet er så langt utviklet i
// samsvar med søknaden.' and 'Dersom det er avvik …: Beskriv avvikene …' — no row reads a Norwegian form's marks yet)
// (h/forms24: 1593 is a form now, by its KIND_EVIDENCE rows report-form-instructions-en, 'Instructions for the Final
// Performance Report Form', and form-burden-statement, 'Do not send the completed form to this address.'; 1705 reaches 5 of
// the 6 a form needs, with its head and 'Fill out the form completely, responding to all questions': not sure, an anvisning)
// (h/forms25: 1881, the Lavelle Fund's report guidelines — the report's headings and prompts as dash items, '- Have there
// been any unanticipated outcomes? What are they?', no blank, no number, no form word — reads as an anvisning, and the
// extractor refuses it anyway, naming no grant but its narrative and financial reports)
// (h/forms25: 1705 is a form now, by its 'original paper report form and the original ink signatures', KIND_EVIDENCE
// original-ink-signatures, beside its head and 'Fill out the form completely': 7 of the 6 it needs)
// (h/forms26: 1881 is a form now, by KIND_EVIDENCE question-item: four dash-item questions on what the project did, under the
// report's own headings and no lead that tells the reader to answer them)
// (h/forms27: 1760 is a form now, by KIND_EVIDENCE condition-prompt and statement-then-condition — its statement to tick and
// the prompt after its condition; the new dev 1901, a spreadsheet template's guidance sheet, is a form by its self-reference
// ('This worksheet is used to capture …', form-addresses-filler) and KIND_EVIDENCE cell-reference; the new dev 1900 (a
// template's numbered notes, no mark of a form) is read wrong whole)
// (h/audit78: the audit of the dev reporting kinds relabelled 234, 235, 300, 1593 and 1696 anvisning and 2081 reporting-form by
// the held-out audit's rule; the first five are read right whole; dev 2081, the help text of one form — the Financial Statement's
// sections walked in numbered steps, '1) Enter the total amount of funding your project received.', 'This section must be
// completed by a qualified accountant.' — holds one form row in dev's tables and stays open, read as an anvisning)
// (h/forms79: 1594 and 2081 read right whole, by the KIND_EVIDENCE rows form-designed-for, completed-form-length,
// when-completing-report and this-part-completed-by, fill-in-named-details, row-of-own-table; the new dev 2364, a resebidrag's
// blankett under its letter page, flattened and cut before its blanks, is read wrong whole: its face holds only its fill-in steps
// and 'denna blankett' against the letter's rules on the money, probe K5 in forms79.test.ts)
// (2428: an e-service's follow-up form saved without its head and its fields, step 1's upload prompt its only mark of a form; a
// doubt in its gold, left open by h/forms83)
// (2298: RF-SISU Sörmland's web form for the årshandlingar saved without its upload fields, one required field '* (obligatorisk)'
// its only mark — the same mark SKR's and Strömstad's contact forms print on five dev grant pages; a doubt in its gold, left open
// by h/forms84)
// (2555: LSTA's collection-development final report, its forms and their instructions in one text, one line of a form's marks;
// read as an anvisning on its first run and after h/report87, whose gold calls its kind a judgment call; left open)
// (2629: the Chesapeake Bay Trust's Pioneer Grant 'Final Report Format', prose prompts under Roman-numbered heads, its head on the
// second line of its first block where no head row looks; form 3 from prompt-line alone; read as an anvisning on its first run,
// left open by h/form89 — the held-out forms' kind wrongs share its weak profile)
const OPEN_WRONG: readonly string[] = ['1900-mrac-project-progress-report-template', '2298-rf-sisu-sormland-skicka-in-arshandlingar-2023', '2364-srs-ersattning-for-reportageresa', '2428-sasksport-adaptive-sport-equipment-grant-follow-up-form', '2555-lsta-collection-development-final-report-forms-instructions', '2629-chesapeake-bay-trust-pioneer-grant-final-report-format'];

describe('kind under perturbation, every dev form and instruction page', () => {
  it('reads the corpus (forms and instruction pages with a gold kind)', () => {
    expect(texts.filter((t) => t.kind === 'reporting-form').length).toBeGreaterThanOrEqual(43);
    expect(texts.filter((t) => t.kind === 'anvisning').length).toBeGreaterThanOrEqual(194);
    // every whole text's kind is right (1433, a report template with neither blanks nor numbers, was read as no form
    // before the KIND_EVIDENCE row help-under-each-heading)
    expect(wrongWhole).toEqual(OPEN_WRONG);
  });
  for (const [key, bound] of Object.entries(BOUNDS)) {
    it(`${key}: at most ${bound} flips`, () => {
      const got = flips[key] ?? [];
      if (got.length > 0) console.log(`${key}: ${got.length} — ${got.join(' ')}`);
      expect(got.length).toBeLessThanOrEqual(bound);
    });
  }
  it('an instruction page quoting questions under a lead stays an anvisning, and the same questions with the form\'s own lead stay a form\'s', () => {
    const page = ['Slutrapport', '', 'När projektet är avslutat ska ni lämna en slutrapport.', '', 'I slutrapporten ska du svara på följande frågor:',
      '1. I vilken utsträckning har projektets mål uppnåtts?', '2. Har projektets budget följts?', '3. Vad har ni gjort?', '4. Vad händer med projektets verksamhet efter periodens slut?', '',
      'Slutrapporten ska lämnas in senast två månader efter projektets slut.'].join('\n');
    expect(kindOf(page)).toBe('anvisning');
    expect(kindOf(page.replace('I slutrapporten ska du svara på följande frågor:', 'Svara på samtliga frågor nedan.'))).toBe('reporting-form');
  });
});
