import { describe, expect, it } from 'vitest';
import { findRecipients } from '../../extract/fields/recipients.js';
import { findRequisition } from '../../extract/fields/requisition.js';
import { findTitle, findYear } from '../../extract/fields/title.js';
import { readText } from '../../extract/read/text.js';

// Shapes of issue 12's never-seen grant pages (dev 1268-1282), written from reading them, each with the
// careless reading it must not make.

const doc = (text: string) => readText('page.txt', text);
const types = (text: string) => findRecipients(doc(text)).types.map((t) => t.value).sort();
const year = (text: string) => {
  const d = doc(text);
  const r = findRequisition(d);
  const window = r.closes ? { ...(r.opens ? { opens: r.opens.value } : {}), closes: r.closes.value, at: r.closes } : undefined;
  return findYear(d, findTitle(d), window)?.value;
};

describe('who may apply, in a recipients section, named as the agent of a passive', () => {
  it('reads "Bidrag kan sökas av föreningar, arbetsgrupper och privatpersoner" under "Vem kan ansöka om bidrag?"', () => {
    const page = '# Bidrag\n\n## Vem kan ansöka om bidrag?\n\nBidrag kan sökas av föreningar, arbetsgrupper och privatpersoner som sysslar med kultur- och konstverksamhet. Också en kommun får söka om den har ett projekt i samarbete med en annan kommun.\n';
    expect(types(page)).toEqual(['kommun', 'organisation']);
  });
  it('does not take organisations met in passing in such a section', () => {
    const page = '# Bidrag\n\n## Vem kan ansöka om bidrag?\n\nKommuner kan söka bidraget, till exempel tillsammans med lokala föreningar.\n';
    expect(types(page)).toEqual(['kommun']);
  });
});

describe('a month\'s year in a body sentence taken as the title', () => {
  it('is not the grant year ("Från och med januari 2015 kan föreningar … söka bidrag direkt från denna sidan.")', () => {
    const page = 'Från och med januari 2015 kan föreningar med giltigt användarnamn och lösenord söka bidrag direkt från denna sidan. Saknar ni lösenord kontakta kommunen.\n\nLokalbidraget ska underlätta för föreningar som hyr lokaler.\n';
    expect(year(page)).toBeUndefined();
  });
  it('leaves a year the same sentence states otherwise to the title ("… projektstöd våren 2019 är den 19 februari.")', () => {
    const page = 'Sista ansökningsdag för projektstöd våren 2019 är den 19 februari. Ansökan görs på webben.\n\nStiftelsen stödjer projekt för barn.\n';
    expect(year(page)).toBe(2019);
  });
});

describe('the year of a call whose deadline is the only year the page states', () => {
  it('takes the deadline\'s year when no other year is stated ("Sista ansökningsdag är 30 oktober 2017.")', () => {
    expect(year('# Informationsinsatser\n\nSkogsstyrelsen utlyser medel för informationsinsatser. Sista ansökningsdag är 30 oktober 2017.\n')).toBe(2017);
  });
  it('does not take the deadline\'s year when the page names another (a call in the autumn for next year\'s money)', () => {
    expect(year('# Verksamhetsbidrag\n\nBidraget avser verksamheten under 2021. Ansökan ska vara inne senast den 31 oktober 2020.\n')).toBe(2021);
    expect(year('# Verksamhetsbidrag\n\nRiktlinjerna antogs 2019. Ansökan ska vara inne senast den 31 oktober 2020.\n')).toBeUndefined();
  });
  it('takes none when a later full date stands on the page (projects that start "tidigast 2018-01-01")', () => {
    expect(year('# Coacher\n\nSista ansökningsdag är den 6 september 2017. Projekt som beviljas stöd kan tidigast starta 2018-01-01.\n')).toBeUndefined();
  });
});

describe('organisations who may apply, with words between the modal and the verb', () => {
  it('reads "… kan via kommunen söka pengar" as organisations, not the kommun they go through', () => {
    expect(types('# LONA\n\nFöreningar som till exempel byaföreningar, natur- och friluftsorganisationer, idrottsföreningar eller liknande kan via kommunen söka pengar, dvs bidrag, för naturvårdsprojekt.\n')).toEqual(['organisation']);
  });
  it('reads "har viss möjlighet att söka" and "Under 2023 har alla … medlemsorganisationer … möjlighet att söka"', () => {
    expect(types('# Bidrag, stöd och tillstånd\n\nFöreningar och organisationer har viss möjlighet att söka ekonomiskt stöd för sin verksamhet.\n')).toEqual(['organisation']);
    expect(types('# Folkbildningsfond\n\nUnder 2023 har alla Bilda Sydösts medlemsorganisationer och samverkansparter möjlighet att söka pengar ur fonden.\n')).toEqual(['organisation']);
  });
  it('takes no organisations from another subject\'s relative clause or a negated verb', () => {
    expect(types('# Bidrag\n\nKommuner som samarbetar med lokala föreningar kan via regionen söka stöd.\n')).not.toContain('organisation');
    expect(types('# Bidrag\n\nFöreningar har ingen möjlighet att söka bidraget.\n')).toEqual([]);
  });
});

describe('a one-word label above a heading that names a grant by a compound', () => {
  it('takes the heading, not the label ("Allmänt" above "… organisationsbidrag kan ansökas i mars")', () => {
    const page = '# Till innehållet\n\n# Allmänt\n\n# Österbottens välfärdsområdes organisationsbidrag kan ansökas i mars\n\nOrganisationsbidrag kan ansökas 1.3–31.3.2023.\n';
    expect(findTitle(doc(page))?.value).toBe('Österbottens välfärdsområdes organisationsbidrag kan ansökas i mars');
  });
  it('keeps a one-word heading above a heading that names no grant', () => {
    const page = '# Kulturbidrag\n\n# Så ansöker du om pengarna\n\nAnsökan görs i e-tjänsten.\n';
    expect(findTitle(doc(page))?.value).toBe('Kulturbidrag');
  });
});

describe('the deadline-year rule on a page that ties its money to a year it names only relative to today (review37)', () => {
  it('takes no year from an autumn deadline for next year\'s activities ("för nästa års verksamhet", "inför kommande säsong", "under nästkommande år")', () => {
    expect(year('# Verksamhetsbidrag till föreningar\n\nFöreningar i kommunen kan söka verksamhetsbidrag för nästa års verksamhet.\n\nAnsökan ska vara kommunen tillhanda senast den 15 oktober 2024.\n')).toBeUndefined();
    expect(year('# Bidrag till arrangörer inför kommande säsong\n\nIdeella föreningar kan söka arrangörsbidrag inför kommande säsong.\n\nSista ansökningsdag är 30 november 2023.\n')).toBeUndefined();
    expect(year('# Projektbidrag\n\nIdeella organisationer kan söka projektbidrag för projekt som genomförs under nästkommande år.\n\nSista ansökningsdag är 31 oktober 2023.\n')).toBeUndefined();
  });
  it('takes no year from a January deadline for last year\'s activities ("under föregående år", "förra årets lokalkostnader")', () => {
    expect(year('# Aktivitetsbidrag\n\nFöreningar kan söka aktivitetsbidrag för aktiviteter som genomförts under föregående år.\n\nSista ansökningsdag är 31 januari 2024.\n')).toBeUndefined();
    expect(year('# Lokalbidrag\n\nFöreningar som hyr egna lokaler kan söka lokalbidrag i efterhand för förra årets lokalkostnader.\n\nAnsökan ska ha kommit in senast 28 februari 2025.\n')).toBeUndefined();
  });
  it('takes no year from a term without a year on the far side of the deadline (an autumn before 31 januari, "verksamhetsåret" after 1 oktober)', () => {
    expect(year('# Aktivitetsbidrag för hösten\n\nFöreningar kan söka aktivitetsbidrag för hösten. Bidraget avser sammankomster under perioden augusti–december.\n\nAnsökan ska vara inne senast 31 januari 2024.\n')).toBeUndefined();
    expect(year('# Föreningsbidrag\n\nFöreningar kan söka bidrag för verksamhetsåret.\n\nAnsök senast 1 oktober 2022.\n')).toBeUndefined();
    expect(year('# Startbidrag\n\nNybildade föreningar kan söka startbidrag. Ansökan ska vara inne senast 15 december 2023 och avser vårterminen som följer.\n')).toBeUndefined();
  });
  it('takes no year when the money is used the year after the call ("används nästa år", "året därpå", "efter årsskiftet", "året innan det ska användas", "sportlovet" after a December deadline)', () => {
    expect(year('# Kulturbidrag\n\nFöreningar kan söka kulturbidrag. Bidraget betalas ut och används nästa år.\n\nSista ansökningsdag är 15 november 2024.\n')).toBeUndefined();
    expect(year('# Verksamhetsbidrag\n\nBidraget avser kalenderåret efter ansökningsåret.\n\nSista ansökningsdag är 30 september 2024.\n')).toBeUndefined();
    expect(year('# Investeringsbidrag\n\nFöreningar kan söka bidrag för investeringar som görs året därpå.\n\nSista ansökningsdag är 1 november 2024.\n')).toBeUndefined();
    expect(year('# Arrangemangsbidrag\n\nBidraget gäller arrangemang som genomförs efter årsskiftet.\n\nSista ansökningsdag är 1 december 2024.\n')).toBeUndefined();
    expect(year('# Driftbidrag\n\nDriftbidraget söks året innan det ska användas.\n\nSista ansökningsdag är 1 oktober 2024.\n')).toBeUndefined();
    expect(year('# Bidrag till lovaktiviteter\n\nFöreningar kan söka bidrag för aktiviteter under sportlovet och påsklovet.\n\nSista ansökningsdag är 15 december 2024.\n')).toBeUndefined();
  });
  it('takes no year from a deadline for a school year named without its years ("för kommande läsår", "under läsåret")', () => {
    expect(year('# Bidrag till lovskola\n\nSkolhuvudmän kan söka bidrag för kommande läsår.\n\nAnsökan ska vara inne senast 15 april 2024.\n')).toBeUndefined();
    expect(year('# Bidrag till lägerskolor\n\nSkolor kan söka bidrag för lägerskola under läsåret.\n\nSista ansökningsdag är 1 oktober 2024.\n')).toBeUndefined();
  });
  it('still takes the deadline\'s year when the term is on the deadline\'s side, or a paragraph states the term\'s year (dev 1292)', () => {
    expect(year('# Bidrag till sommarlovsaktiviteter\n\nFöreningar kan söka bidrag för aktiviteter under våren och sommaren.\n\nSista ansökningsdag: 15 mars 2024\n')).toBe(2024);
    expect(year('# Anslag\n\nUnder 2021 kommer anslag att utdelas vid två tillfällen, dels under våren, dels under hösten.\n\nAnsökan skall insändas senast den 15 februari 2021.\n')).toBe(2021);
    expect(year('# Verksamhetsbidrag\n\nTill ansökan ska redovisning av föregående års bidrag bifogas. Sista ansökningsdag är 1 mars 2024.\n')).toBe(2024);
  });
});

describe('a one-word line above a heading that holds a grant compound, when the page repeats its word (review37)', () => {
  const title = (text: string) => findTitle(doc(text))?.value;
  it('keeps a fund\'s or a pot\'s own name as the title, not a section heading below it', () => {
    expect(title('# Landsbygdspotten\n\n## Så söker du projektstöd\n\nLandsbygdspotten är kommunens pott för lokala initiativ på landsbygden. Föreningar kan söka pengar för att utveckla sin bygd.\n')).toBe('Landsbygdspotten');
    expect(title('# Ungdomsfonden\n\n## Ansökan om resebidrag\n\nUngdomsfonden ger pengar till ungdomar mellan 13 och 25 år som vill genomföra egna projekt i kommunen.\n')).toBe('Ungdomsfonden');
    expect(title('Kulturstipendiet\n\n## Tidigare mottagare av kulturstipendium\n\nKommunen delar varje år ut ett kulturstipendium till en person som gjort betydande insatser inom kulturlivet.\n')).toBe('Kulturstipendiet');
  });
  it('still passes over a category label the page does not repeat (dev 1270)', () => {
    expect(title('Till innehållet\nAllmänt\n\nÖsterbottens välfärdsområdes organisationsbidrag kan ansökas i mars\n\nOrganisationsbidrag kan ansökas 1.3–31.3.2023. Ansökningen görs med hjälp av en elektronisk blankett.\n')).toBe('Österbottens välfärdsområdes organisationsbidrag kan ansökas i mars');
  });
});
