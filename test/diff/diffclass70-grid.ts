// A generated pair grid for the change report's largest first-run miss class a method can address (diffclass70, issue 14):
// a sentence of a grant page's section that no row of specs/diff/rules.ts claims, changed, added or removed, where the
// section's heading ("Vad kan man söka bidrag för?", "Villkor", "Redovisning", "Utbetalning", "Det här ska ansökan
// innehålla") says what the sentence is. Four invented but realistic grant pages (a kommun's kulturbidrag, a region's
// utvecklingsbidrag, a stiftelse's stipendier, an agency's statsbidrag), each a title, an intro and five sections. Every
// change pair alters one sentence of one section as a compliance officer would list it; every control pair differs only in
// wording, order, layout or the page's chrome and must report nothing.
// Split by a fixed rule, decided before any run: pages 0 and 1 (kommun, region) are half A (tuned on), pages 2 and 3
// (stiftelse, agency) half B (counted only, never tuned on).

export interface GridSection { readonly heading: string; readonly field: string; readonly sentences: readonly string[] }
export interface GridPage {
  readonly name: string;
  readonly title: string;
  readonly intro: readonly string[];
  readonly sections: readonly GridSection[];
  /** per section (same order): [sentence index, its changed form], a sentence added, a sentence index removed */
  readonly edits: ReadonlyArray<{ readonly changed: readonly [number, string]; readonly added: string; readonly removed: number }>;
  /** a sentence and the same sentence reworded (another word order, a definite form, a synonym): no change */
  readonly rewordings: ReadonlyArray<readonly [string, string]>;
  /** the sections' headings said otherwise, the same sections */
  readonly otherHeadings: readonly string[];
}
export interface GridChange { readonly id: string; readonly half: 'A' | 'B'; readonly old: string; readonly new: string; readonly field: string; readonly kind: 'added' | 'removed' | 'changed' }
export interface GridControl { readonly id: string; readonly half: 'A' | 'B'; readonly old: string; readonly new: string }

export const PAGES: readonly GridPage[] = [
  {
    name: 'kommun',
    title: 'Kulturbidrag till föreningar 2025',
    intro: ['Ekby kommuns kulturnämnd fördelar varje år bidrag till ideella kulturföreningar i kommunen.', 'Ansökan ska ha kommit in senast den 1 mars 2025.'],
    sections: [
      { heading: 'Vad kan man söka bidrag för?', field: 'permitted_uses', sentences: ['Konserter, teaterföreställningar och utställningar som är öppna för allmänheten.', 'Kurser och studiecirklar i föreningens egen regi kan också komma i fråga.'] },
      { heading: 'Villkor', field: 'conditions', sentences: ['Minst hälften av föreningens medlemmar är folkbokförda i Ekby kommun.', 'Arrangemangen marknadsförs så att alla invånare kan ta del av dem.'] },
      { heading: 'Redovisning', field: 'reporting', sentences: ['Efter avslutad aktivitet lämnar föreningen en kort berättelse om vad som genomfördes.', 'En ekonomisk sammanställning över intäkter och kostnader hör till berättelsen.'] },
      { heading: 'Utbetalning', field: 'payment', sentences: ['Beviljat bidrag sätts in på föreningens bankgiro eller plusgiro.', 'Halva beloppet kommer i förskott och resten när aktiviteten är redovisad.'] },
      { heading: 'Det här ska ansökan innehålla', field: 'requisition.requires', sentences: ['En budget för aktiviteten och en kort beskrivning av programmet.', 'Föreningens senaste verksamhetsberättelse och protokollet från årsmötet.'] },
    ],
    edits: [
      { changed: [0, 'Konserter, dansföreställningar och filmvisningar som är öppna för allmänheten.'], added: 'Inköp av instrument och ljudutrustning kommer också i fråga från och med i år.', removed: 1 },
      { changed: [0, 'Minst hälften av föreningens medlemmar är folkbokförda i Ekby kommun eller i Västby kommun.'], added: 'Föreningen har inte samtidigt verksamhetsbidrag från kommunen för samma aktivitet.', removed: 1 },
      { changed: [0, 'Efter avslutad aktivitet lämnar föreningen en berättelse om vad som genomfördes och hur många besökare som kom.'], added: 'Fotografier från aktiviteten skickas in tillsammans med berättelsen.', removed: 1 },
      { changed: [1, 'Hela beloppet kommer i förskott så snart nämnden har fattat sitt beslut.'], added: 'Bidrag under 5 000 kronor betalas alltid ut i en enda omgång.', removed: 0 },
      { changed: [1, 'Föreningens senaste verksamhetsberättelse, revisionsberättelsen och protokollet från årsmötet.'], added: 'Ett intyg om att föreningen har en antagen jämställdhetspolicy.', removed: 0 },
    ],
    rewordings: [
      ['Konserter, teaterföreställningar och utställningar som är öppna för allmänheten.', 'Utställningar, konserter och teaterföreställningar som är öppna för allmänheten.'],
      ['Beviljat bidrag sätts in på föreningens bankgiro eller plusgiro.', 'Beviljat bidrag sätts in på föreningens plusgiro eller bankgiro.'],
      ['En budget för aktiviteten och en kort beskrivning av programmet.', 'En kort beskrivning av programmet och en budget för aktiviteten.'],
    ],
    otherHeadings: ['Vad bidraget kan gå till', 'Krav på föreningen', 'Återrapportering', 'Så betalas bidraget ut', 'Bilagor till ansökan'],
  },
  {
    name: 'region',
    title: 'Regionalt utvecklingsbidrag för kulturprojekt',
    intro: ['Region Norrmark ger bidrag till projekt som utvecklar kulturlivet i länet.', 'Nästa ansökningsomgång stänger den 15 oktober 2025.'],
    sections: [
      { heading: 'Vad kan man få stöd för?', field: 'permitted_uses', sentences: ['Projektledning, arvoden och resor inom länet under projekttiden.', 'Förstudier inför större samarbeten mellan flera kommuner i länet.'] },
      { heading: 'Villkor för stöd', field: 'conditions', sentences: ['Projektet genomförs i samverkan med minst en kommun i länet.', 'Projektägaren bidrar själv med minst en fjärdedel av budgeten.'] },
      { heading: 'Rapportering', field: 'reporting', sentences: ['En slutrapport med projektets resultat och lärdomar lämnas till regionens kulturenhet.', 'Mätbara indikatorer från ansökan följs upp i rapporten.'] },
      { heading: 'Utbetalning', field: 'payment', sentences: ['Pengarna kommer i två delar under projekttiden.', 'Den sista delen om tjugo procent hålls inne tills slutrapporten är godkänd.'] },
      { heading: 'Bilagor', field: 'requisition.requires', sentences: ['Projektplan med tidsplan och en budget med finansieringsplan.', 'Avsiktsförklaringar från de kommuner och organisationer som medverkar.'] },
    ],
    edits: [
      { changed: [0, 'Projektledning, arvoden, resor och lokalhyra inom länet under projekttiden.'], added: 'Investeringar i scenteknik kan ingå med högst en tredjedel av budgeten.', removed: 1 },
      { changed: [0, 'Projektet genomförs i samverkan med minst två kommuner eller en högskola i länet.'], added: 'Projektägaren har ingen skuld hos Skatteverket eller Kronofogden.', removed: 1 },
      { changed: [0, 'En slutrapport med projektets resultat, lärdomar och ekonomiska utfall lämnas till regionens kulturenhet.'], added: 'En lägesrapport lämnas efter halva projekttiden.', removed: 1 },
      { changed: [1, 'Den sista delen om tio procent hålls inne tills slutrapporten är godkänd av kulturenheten.'], added: 'Vid projekt kortare än sex månader kommer hela summan på en gång.', removed: 0 },
      { changed: [0, 'Projektplan med tidsplan, en budget med finansieringsplan och en kommunikationsplan.'], added: 'Meritförteckning för projektledaren och de viktigaste medverkande.', removed: 1 },
    ],
    rewordings: [
      ['Projektledning, arvoden och resor inom länet under projekttiden.', 'Arvoden, projektledning och resor inom länet under projekttiden.'],
      ['Projektägaren bidrar själv med minst en fjärdedel av budgeten.', 'Projektägaren bidrar själv med minst en fjärdedel av projektets budget.'],
      ['Pengarna kommer i två delar under projekttiden.', 'Pengarna kommer under projekttiden i två delar.'],
    ],
    otherHeadings: ['Vilka kostnader kan ingå?', 'Krav på projektet', 'Återrapportering', 'Så betalas stödet ut', 'Det här bifogar du'],
  },
  {
    name: 'stiftelse',
    title: 'Stipendier för unga musiker',
    intro: ['Stiftelsen Tonfonden delar ut stipendier till unga musiker som studerar eller är verksamma i Sverige.', 'Ansökningsperioden är 1–30 april 2025.'],
    sections: [
      { heading: 'Vad kan stipendiet användas till?', field: 'permitted_uses', sentences: ['Studieresor, mästarkurser och deltagande i internationella tävlingar.', 'Hyra av instrument under en begränsad tid kan också komma i fråga.'] },
      { heading: 'Villkor', field: 'conditions', sentences: ['Den sökande är mellan 18 och 30 år gammal när ansökningsperioden går ut.', 'Studierna bedrivs på heltid vid en musikhögskola eller ett konservatorium.'] },
      { heading: 'Återrapportering', field: 'reporting', sentences: ['Stipendiaten berättar inom ett år i en kort text om hur stipendiet kom till nytta.', 'Kvitton på resor och kursavgifter sparas i tre år.'] },
      { heading: 'Utbetalning', field: 'payment', sentences: ['Stipendiet sätts in på stipendiatens personliga bankkonto i juni.', 'Stipendier över 50 000 kronor delas upp på två tillfällen.'] },
      { heading: 'Det här ska ansökan innehålla', field: 'requisition.requires', sentences: ['Ett personligt brev och en inspelning på högst tio minuter.', 'Två referenser från lärare eller dirigenter som känner den sökande.'] },
    ],
    edits: [
      { changed: [0, 'Studieresor, mästarkurser, inspelningar och deltagande i internationella tävlingar.'], added: 'Köp av noter och utrustning för inspelning i hemmet kommer i fråga från i år.', removed: 1 },
      { changed: [1, 'Studierna bedrivs på minst halvtid vid en musikhögskola, ett konservatorium eller en folkhögskola.'], added: 'Tidigare stipendiater kan komma i fråga först efter tre år.', removed: 0 },
      { changed: [0, 'Stipendiaten berättar inom sex månader i en kort text och en bild om hur stipendiet kom till nytta.'], added: 'Stiftelsen kan publicera texten på sin webbplats.', removed: 1 },
      { changed: [0, 'Stipendiet sätts in på stipendiatens personliga bankkonto i samband med prisutdelningen i maj.'], added: 'Stipendiet betraktas som skattefritt om inget annat framgår av beslutet.', removed: 1 },
      { changed: [0, 'Ett personligt brev, en studieplan och en inspelning på högst tio minuter.'], added: 'Ett intyg från skolan om att den sökande är antagen till utbildningen.', removed: 1 },
    ],
    rewordings: [
      ['Studieresor, mästarkurser och deltagande i internationella tävlingar.', 'Mästarkurser, studieresor och deltagande i internationella tävlingar.'],
      ['Kvitton på resor och kursavgifter sparas i tre år.', 'Kvitton på kursavgifter och resor sparas i tre år.'],
      ['Två referenser från lärare eller dirigenter som känner den sökande.', 'Två referenser från dirigenter eller lärare som känner den sökande.'],
    ],
    otherHeadings: ['Vad stipendiet kan gå till', 'Krav på den sökande', 'Redovisning', 'Så betalas stipendiet ut', 'Bilagor'],
  },
  {
    name: 'myndighet',
    title: 'Statsbidrag till organisationer för äldres hälsa 2025',
    intro: ['Myndigheten för äldrefrågor fördelar statsbidrag till ideella organisationer som arbetar med äldres hälsa.', 'Sista dag att ansöka är den 30 september 2025.'],
    sections: [
      { heading: 'Vad kan bidraget användas till?', field: 'permitted_uses', sentences: ['Träffpunkter, friskvårdsgrupper och uppsökande verksamhet för äldre i hela landet.', 'Utbildning av volontärer som leder gruppernas verksamhet.'] },
      { heading: 'Villkor', field: 'conditions', sentences: ['Organisationen har bedrivit verksamhet i minst två år och har en demokratisk uppbyggnad.', 'Verksamheten når deltagare i minst fem län.'] },
      { heading: 'Redovisning', field: 'reporting', sentences: ['En ekonomisk redovisning granskad av en auktoriserad revisor lämnas året efter bidragsåret.', 'Antalet deltagare fördelat på kön och ålder anges i redovisningen.'] },
      { heading: 'Utbetalning', field: 'payment', sentences: ['Bidraget kommer i en klumpsumma när beslutet har vunnit laga kraft.', 'Organisationer med stora bidrag får pengarna kvartalsvis under året.'] },
      { heading: 'Handlingar att bifoga', field: 'requisition.requires', sentences: ['Verksamhetsplan och budget för det år bidraget avser.', 'Stadgar och den senaste årsredovisningen med revisionsberättelse.'] },
    ],
    edits: [
      { changed: [0, 'Träffpunkter, friskvårdsgrupper, digitala mötesplatser och uppsökande verksamhet för äldre i hela landet.'], added: 'Insatser mot ensamhet bland äldre med annat modersmål kommer särskilt i fråga.', removed: 1 },
      { changed: [1, 'Verksamheten når deltagare i minst tre län eller i minst tjugo kommuner.'], added: 'Organisationen följer de värderingar som bär upp ett demokratiskt samhälle.', removed: 0 },
      { changed: [1, 'Antalet deltagare fördelat på kön, ålder och län anges i redovisningen.'], added: 'En berättelse om vilka effekter verksamheten har haft för deltagarna hör till redovisningen.', removed: 0 },
      { changed: [0, 'Bidraget kommer i två delar, i februari och i augusti, när beslutet har vunnit laga kraft.'], added: 'Ett nytt kontonummer meddelas myndigheten i god tid före varje utbetalning.', removed: 1 },
      { changed: [0, 'Verksamhetsplan, budget och en jämställdhetsanalys för det år bidraget avser.'], added: 'Ett registreringsbevis som inte är äldre än tre månader.', removed: 1 },
    ],
    rewordings: [
      ['Träffpunkter, friskvårdsgrupper och uppsökande verksamhet för äldre i hela landet.', 'Friskvårdsgrupper, träffpunkter och uppsökande verksamhet för äldre i hela landet.'],
      ['Verksamheten når deltagare i minst fem län.', 'Verksamheten når deltagarna i minst fem län.'],
      ['Stadgar och den senaste årsredovisningen med revisionsberättelse.', 'Den senaste årsredovisningen med revisionsberättelse och stadgar.'],
    ],
    otherHeadings: ['Vad bidraget får gå till', 'Krav på organisationen', 'Återrapportering', 'Så betalas bidraget ut', 'Bilagor'],
  },
];

/** The page as text: title, intro, then each section as its heading and one paragraph, blank lines between. */
export function render(page: GridPage, sections: readonly GridSection[] = page.sections, head: readonly string[] = [], tail: readonly string[] = []): string {
  const blocks = [...head, page.title, page.intro.join(' '), ...sections.flatMap((s) => [s.heading, s.sentences.join(' ')]), ...tail];
  return `${blocks.join('\n\n')}\n`;
}

const withSentences = (s: GridSection, sentences: readonly string[]): GridSection => ({ ...s, sentences });
const replaced = (page: GridPage, k: number, s: GridSection): GridSection[] => page.sections.map((x, i) => (i === k ? s : x));
const halfOf = (p: number): 'A' | 'B' => (p < 2 ? 'A' : 'B');

/** The change pairs: per page and section a sentence changed, one added, one removed (4 × 5 × 3 = 60). */
export function gridChanges(): GridChange[] {
  const out: GridChange[] = [];
  PAGES.forEach((page, p) => {
    const old = render(page);
    page.sections.forEach((s, k) => {
      const e = page.edits[k]!;
      const [at, to] = e.changed;
      const changed = withSentences(s, s.sentences.map((x, i) => (i === at ? to : x)));
      const added = withSentences(s, [...s.sentences, e.added]);
      const removed = withSentences(s, s.sentences.filter((_, i) => i !== e.removed));
      const id = `${page.name}/${s.field}`;
      out.push({ id: `${id}/changed`, half: halfOf(p), old, new: render(page, replaced(page, k, changed)), field: s.field, kind: 'changed' });
      out.push({ id: `${id}/added`, half: halfOf(p), old, new: render(page, replaced(page, k, added)), field: s.field, kind: 'added' });
      out.push({ id: `${id}/removed`, half: halfOf(p), old, new: render(page, replaced(page, k, removed)), field: s.field, kind: 'removed' });
    });
  });
  return out;
}

/** Hard wraps at about `width` characters, as a PDF's text layer has them. */
function wrapped(text: string, width: number): string {
  return text.split('\n').map((line) => {
    const out: string[] = [];
    let cur = '';
    for (const w of line.split(' ')) {
      if (cur && cur.length + w.length + 1 > width) { out.push(cur); cur = w; } else cur = cur ? `${cur} ${w}` : w;
    }
    out.push(cur);
    return out.join('\n');
  }).join('\n');
}

/** The control pairs, which must report nothing: per page 9 (4 × 9 = 36). */
export function gridControls(): GridControl[] {
  const out: GridControl[] = [];
  PAGES.forEach((page, p) => {
    const old = render(page);
    const half = halfOf(p);
    const add = (what: string, neu: string): void => { out.push({ id: `${page.name}/${what}`, half, old, new: neu }); };
    // order: the sections in another order, and the two sentences of each section swapped
    add('sections reordered', render(page, [...page.sections.slice(2), ...page.sections.slice(0, 2)]));
    add('sentences swapped', render(page, page.sections.map((s) => withSentences(s, [...s.sentences].reverse()))));
    // chrome: a site's menu and status lines round the same page
    add('chrome', render(page, page.sections, ['Hoppa till huvudinnehåll', 'Meny'], ['Senast uppdaterad 2025-01-10', 'Dela sidan', 'Skriv ut']));
    // layout: hard wraps, and each section's sentences as a bulleted list under its heading
    add('hard wraps', wrapped(old, 60));
    add('sentences as lines', `${[page.title, page.intro.join(' '), ...page.sections.flatMap((s) => [s.heading, s.sentences.join('\n')])].join('\n\n')}\n`);
    // wording: the headings said otherwise, and three sentences reworded
    add('headings reworded', render(page, page.sections.map((s, i) => ({ ...s, heading: page.otherHeadings[i]! }))));
    page.rewordings.forEach(([a, b], i) => {
      add(`reworded ${i + 1}`, render(page, page.sections.map((s) => withSentences(s, s.sentences.map((x) => (x === a ? b : x))))));
    });
  });
  return out;
}
