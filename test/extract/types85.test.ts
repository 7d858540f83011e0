import { describe, expect, it } from 'vitest';
import { APPLICANT_LIST_FRAMES, APPLICANT_NOUN_CLASSES } from '../../extract/cues/recipients.js';
import { cueTest } from '../../extract/cues/types.js';
import { expectWant, probeField, type Want } from './probe.js';

// types85 (issue 12): recipients.types read whole on texts never seen — the applicant-noun lexicon (APPLICANT_NOUN_CLASSES) and the
// frames that state who may apply (APPLICANT_LIST_FRAMES), read when no other reading gave a type. Constructed probes, my own sentences
// in the phrasing of kommuner's and regions' grant pages, länsstyrelser, state agencies and government decisions (no corpus text):
// nouns of the lexicon in a frame (N), each frame (F), lists of two or three types that must come whole or not at all (M), nouns the
// contract has no type for beside a type (X), and what is never an applicant: the sending kommun on its own page, partners "i samverkan
// med", beneficiaries "för barn och unga", the target group of an activity (C).
// `want`: the whole set of types (null = none); `{ allOrNone }`: every listed type or no list (a partial list is the one wrong answer);
// `{ lacks }`: only that a type is absent. `run: 'fails'` marks a probe left open (the comment says why).

type AllOrNone = { allOrNone: string[] };
type Probe = { id: string; shape: string; want: Want | AllOrNone | { lacks: string[] }; text: string; run?: 'fails' };

const page = (title: string, body: string): string => `# ${title}\n\n${body} Sista dag att ansöka är den 31 mars 2026.`;

const PROBES: Probe[] = [
  // N: the lexicon's nouns in a frame
  { id: 'N1', shape: '"Bidraget kan sökas av byalag och bygderåd"', want: ['organisation'],
    text: page('Bygdebidrag 2026', 'Bidraget kan sökas av byalag och bygderåd på landsbygden.') },
  { id: 'N2', shape: '"Stöd lämnas till vägsamfälligheter"', want: ['organisation'],
    text: page('Bidrag till enskilda vägar', 'Stöd lämnas till vägsamfälligheter som sköter en väg med allmän trafik.') },
  { id: 'N3', shape: '"Bidraget kan sökas av bostadsrättsföreningar"', want: ['organisation'],
    text: page('Bidrag till laddinfrastruktur', 'Bidraget kan sökas av bostadsrättsföreningar och samfällighetsföreningar.') },
  { id: 'N4', shape: '"Stöd kan ges till församlingar och trossamfund"', want: ['organisation'],
    text: page('Lokalbidrag', 'Stöd kan ges till församlingar och trossamfund som hyr lokaler för sin verksamhet.') },
  { id: 'N5', shape: '"Hembygdsgillen kan varje år ansöka"', want: ['organisation'],
    text: page('Kulturmiljöbidrag', 'Hembygdsgillen kan varje år ansöka om bidrag för vård av kulturmiljöer.') },
  { id: 'N6', shape: '"Bidraget kan sökas av civilsamhällets organisationer"', want: ['organisation'],
    text: page('Bidrag mot ofrivillig ensamhet', 'Bidraget kan sökas av civilsamhällets organisationer med verksamhet i länet.') },
  { id: 'N7', shape: '"Stödet kan sökas av idéburna aktörer"', want: ['organisation'],
    text: page('Stöd till sociala insatser', 'Stödet kan sökas av idéburna aktörer som arbetar med människor i utsatthet.') },
  { id: 'N8', shape: '"Bidrag lämnas till landstingskommuner"', want: ['region'],
    text: page('Statsbidrag till sjukvårdshuvudmän', 'Bidrag lämnas till landstingskommuner enligt denna förordning.') },
  { id: 'N9', shape: '"… betala ut medel till pilotkommuner"', want: ['kommun'],
    text: page('Uppdrag om stöd till pilotkommuner', 'Regeringen ger Boverket i uppdrag att betala ut medel till pilotkommuner som ska pröva nya arbetssätt.') },
  { id: 'N10', shape: '"Bidraget kan sökas av studieförbund och idrottsklubbar"', want: ['organisation'],
    text: page('Bidrag till lovaktiviteter', 'Bidraget kan sökas av studieförbund och idrottsklubbar.') },
  { id: 'N11', shape: '"Stöd lämnas till skolhuvudmän"', want: ['huvudman'],
    text: page('Statsbidrag för läxhjälp', 'Stöd lämnas till skolhuvudmän som erbjuder läxhjälp utanför skoltid.') },
  { id: 'N12', shape: '"Sökande ska vara en ideell förening"', want: ['organisation'],
    text: page('Bidrag till föreningsdrivna mötesplatser', 'Sökande ska vara en ideell förening med säte i kommunen.') },

  // F: each frame
  { id: 'F1', shape: '"Målgruppen för bidraget är kommuner och regioner"', want: ['kommun', 'region'],
    text: page('Bidrag till klimatanpassning', 'Målgruppen för bidraget är kommuner och regioner som vill minska risken för översvämningar.') },
  { id: 'F2', shape: '"Ansökan kan göras av länsstyrelser"', want: ['länsstyrelse'],
    text: page('Medel för samordning av vattenvård', 'Ansökan kan göras av länsstyrelser som samordnar vattenvårdsarbetet i sitt län.') },
  { id: 'F3', shape: '"Du kan söka bidraget om du är en förening"', want: ['organisation'],
    text: page('Arrangörsbidrag', 'Du kan söka bidraget om du är en förening som arrangerar offentliga evenemang.') },
  { id: 'F4', shape: '"Utlysningen riktar sig i första hand till regioner"', want: ['region'],
    text: page('Utlysning: digital vård', 'Utlysningen riktar sig i första hand till regioner som utvecklar digitala vårdtjänster.') },
  { id: 'F5', shape: '"Föreningar och stiftelser är behöriga att söka"', want: ['organisation'],
    text: page('Projektbidrag för kulturarv', 'Föreningar och stiftelser är behöriga att söka bidraget.') },
  { id: 'F6', shape: 'decision: "ska fördela 40 miljoner kronor till kommunerna"', want: ['kommun'],
    text: page('Uppdrag att fördela medel till sommarlovsaktiviteter', 'Regeringen har beslutat att Socialstyrelsen ska fördela 40 miljoner kronor till kommunerna för avgiftsfria aktiviteter.') },
  { id: 'F7', shape: '"Bidraget betalas ut till byalag inom kommunen"', want: ['organisation'],
    text: page('Byapeng', 'Bidraget betalas ut till byalag inom kommunen som vill försköna sin by.') },
  { id: 'F8', shape: '"Verksamhetsbidrag kan beviljas åt registrerade föreningar"', want: ['organisation'],
    text: page('Verksamhetsbidrag 2026', 'Verksamhetsbidrag kan beviljas åt föreningar som är registrerade i kommunens föreningsregister.') },
  { id: 'F9', shape: '"Behöriga att söka är kommuner"', want: ['kommun'],
    text: page('Bidrag till trygghetsskapande åtgärder', 'Behöriga att söka är kommuner med ett lokalt brottsförebyggande råd.') },
  { id: 'F10', shape: '"Stödet kan endast sökas av ideella föreningar"', want: ['organisation'],
    text: page('Föreningsstöd', 'Stödet kan endast sökas av ideella föreningar med minst tio medlemmar.') },
  { id: 'F11', shape: '"Målgruppen för stödet är framför allt föreningar, det vill säga …"', want: ['organisation'],
    text: page('Stöd till social ekonomi', 'Målgruppen för stödet är framför allt organisationer i den sociala ekonomin, det vill säga föreningar, stiftelser och kooperativ.') },
  { id: 'F12', shape: '"… betala ut 3 miljoner kronor till länsstyrelserna"', want: ['länsstyrelse'],
    text: page('Uppdrag om viltskadearbete', 'Naturvårdsverket får i uppdrag att betala ut 3 miljoner kronor till länsstyrelserna för arbetet med viltskador.') },

  { id: 'F13', shape: 'object first: "Det här bidraget söker regioner årligen"', want: ['region'],
    text: page('Bidrag till regional kulturverksamhet', 'Det här bidraget söker regioner årligen med sin kulturplan som grund.') },
  // (a kommun's page relaying the state's money to the kommuner asks föreningar: the state's "riktat bidrag till Sveriges kommuner"
  // is no frame of who applies here)
  { id: 'F14', shape: 'kommun page: "ett riktat bidrag till Sveriges kommuner", then föreningar apply', want: ['organisation'],
    text: page('Lovaktiviteter 2026', 'Regeringen har fattat beslut om ett riktat bidrag till Sveriges kommuner för lovaktiviteter. Föreningar kan söka medel för aktiviteter under sommarlovet.') },
  { id: 'F15', shape: 'rule subject: "Förening som hyr lokal … erhåller bidrag"', want: ['organisation'],
    text: page('Hyresbidrag', 'Förening som hyr lokal för ungdomsverksamhet erhåller bidrag med högst halva hyran.') },
  { id: 'F16', shape: '"Bonusen betalas ut årligen till de kommuner som …"', want: ['kommun'],
    text: page('Bonus för bostadsbyggande', 'Bonusen betalas ut årligen till de kommuner som ansöker och uppfyller kraven.') },
  { id: 'F17', shape: '"Ersättningen betalas ut till föreningens konto" names no type', want: null,
    text: page('Ersättning för lokalhyra', 'Ersättningen betalas ut till föreningens konto.') },

  // M: lists of two or three types, whole or none
  { id: 'M1', shape: '"Bidraget kan sökas av kommuner, regioner och ideella föreningar"', want: ['kommun', 'region', 'organisation'],
    text: page('Bidrag för folkhälsoarbete', 'Bidraget kan sökas av kommuner, regioner och ideella föreningar.') },
  { id: 'M2', shape: '"Stöd lämnas till kommuner och till regioner"', want: ['kommun', 'region'],
    text: page('Stöd för tillgänglighet', 'Stöd lämnas till kommuner och till regioner som tar fram en plan för tillgänglighet.') },
  { id: 'M3', shape: '"Sökande kan vara kommuner, regioner eller länsstyrelser"', want: ['kommun', 'region', 'länsstyrelse'],
    text: page('Utlysning: klimatomställning', 'Sökande kan vara kommuner, regioner eller länsstyrelser.') },
  { id: 'M4', shape: '"Målgrupp för stödet är kommuner och samordningsförbund"', want: ['kommun'],
    text: page('Stöd till rehabiliteringsinsatser', 'Målgrupp för stödet är kommuner och samordningsförbund.') },
  { id: 'M5', shape: 'two frames: kommuner; "Stödet kan även sökas av regioner"', want: { allOrNone: ['kommun', 'region'] },
    text: page('Stöd till cykelvägar', 'Stöd lämnas till kommuner som bygger cykelvägar. Stödet kan även sökas av regioner.') },
  // (the older reading takes kommuner and regioner, the completeness check finds länsstyrelser: the framed statement read whole
  // completes the list instead of leaving it out)
  { id: 'M6', shape: '"Ansökan kan göras av kommuner, regioner samt av länsstyrelser"', want: ['kommun', 'region', 'länsstyrelse'],
    text: page('Bidrag till krisberedskap', 'Ansökan kan göras av kommuner, regioner samt av länsstyrelser.') },
  { id: 'M7', shape: '"riktar sig till kommuner, regioner och civilsamhällets organisationer"', want: ['kommun', 'region', 'organisation'],
    text: page('Utlysning: minskad ensamhet', 'Satsningen riktar sig till kommuner, regioner och civilsamhällets organisationer.') },
  { id: 'M8', shape: 'list with an unclassified head beside types: none', want: { allOrNone: ['kommun', 'region'] },
    text: page('Utlysning: regional tillväxt', 'Bidraget kan sökas av kommuner, regioner och samverkansorgan.') },
  { id: 'M9', shape: '"ideella och ekonomiska föreningar samt kommuner"', want: ['organisation', 'kommun'],
    text: page('Bidrag till lokal utveckling', 'Bidraget kan sökas av ideella och ekonomiska föreningar samt kommuner.') },
  { id: 'M10', shape: '"fördela 500 miljoner kronor till regionerna och kommunerna"', want: ['region', 'kommun'],
    text: page('Uppdrag att fördela medel till psykiatrin', 'Regeringen ger Socialstyrelsen i uppdrag att fördela 500 miljoner kronor till regionerna och kommunerna.') },
  { id: 'M11', shape: 'second statement names a type after a postmodifier: none', want: { allOrNone: ['organisation', 'region'] },
    text: page('Bidrag till kulturverksamhet', 'Bidraget kan sökas av föreningar med verksamhet för barn och regioner.') },
  { id: 'M12', shape: 'two statements with different types: both or none', want: { allOrNone: ['kommun', 'länsstyrelse'] },
    text: page('Medel för naturvård', 'Bidrag lämnas till kommuner som arbetar med skyddad natur. Ansökan kan även göras av länsstyrelser.') },

  { id: 'M13', shape: 'read list completed by a framed statement: "Stödet kan även sökas av regioner"', want: ['kommun', 'region'],
    text: page('Stöd till cykelinfrastruktur', 'Kommuner kan söka stödet. Stödet kan även sökas av regioner.') },
  { id: 'M14', shape: 'read list, a framed statement with an unclassified head: none', want: null,
    text: page('Stöd till cykelinfrastruktur', 'Kommuner kan söka stödet. Stödet kan även sökas av regioner och samverkansorgan.') },

  // X: nouns the contract has no type for
  { id: 'X1', shape: '"Stödet kan sökas av företag och ideella föreningar"', want: ['organisation'],
    text: page('Stöd till landsbygdsutveckling', 'Stödet kan sökas av företag och ideella föreningar på landsbygden.') },
  { id: 'X2', shape: '"Bidraget kan sökas av små och medelstora företag" (no type)', want: null,
    text: page('Innovationscheckar', 'Bidraget kan sökas av små och medelstora företag.') },
  { id: 'X3', shape: '"universitet, högskolor och regioner"', want: ['region'],
    text: page('Utlysning: vårdforskning', 'Bidrag kan beviljas till universitet, högskolor och regioner.') },
  { id: 'X4', shape: '"Stöd lämnas till privatpersoner och fastighetsägare" (no type)', want: null,
    text: page('Stöd till enskilda avlopp', 'Stöd lämnas till privatpersoner och fastighetsägare som åtgärdar sitt avlopp.') },
  { id: 'X5', shape: '"kommunalförbund, kommuner och regioner"', want: ['kommun', 'region'],
    text: page('Bidrag till räddningstjänst', 'Bidraget kan sökas av kommunalförbund, kommuner och regioner.') },
  { id: 'X6', shape: '"Sökande kan vara myndigheter, lärosäten eller regioner"', want: ['region'],
    text: page('Utlysning: samverkan för hälsa', 'Sökande kan vara myndigheter, lärosäten eller regioner.') },
  { id: 'X7', shape: '"Bidrag ges till folkbibliotek och museer" (no type)', want: null,
    text: page('Bidrag till läsfrämjande', 'Bidrag ges till folkbibliotek och museer som arbetar med läsfrämjande.') },
  { id: 'X8', shape: '"lantbrukare och markägare" (no type)', want: null,
    text: page('Stöd till våtmarker', 'Stödet kan sökas av lantbrukare och markägare.') },
  { id: 'X9', shape: '"Forskare vid universitet kan söka" (no type)', want: null,
    text: page('Forskningsbidrag', 'Forskare vid universitet och högskolor kan söka bidraget.') },
  { id: 'X10', shape: '"stiftelser, aktiebolag och föreningar"', want: ['organisation'],
    text: page('Bidrag till kulturhus', 'Bidrag lämnas till stiftelser, aktiebolag och föreningar som driver kulturhus.') },

  // C: never an applicant
  { id: 'C1', shape: 'beneficiaries: "Stödet riktar sig till barn och unga"', want: null,
    text: page('Lovstöd', 'Stödet riktar sig till barn och unga i kommunen.') },
  { id: 'C2', shape: 'partner: "föreningar i samverkan med kommuner"', want: ['organisation'],
    text: page('Projektstöd folkhälsa', 'Stödet kan sökas av föreningar i samverkan med kommuner eller regioner.') },
  { id: 'C3', shape: 'sender kommun on its own page', want: ['organisation'],
    text: page('Föreningsbidrag', 'Kommunen fördelar varje år föreningsbidrag. Bidraget kan sökas av föreningar i kommunen.') },
  // (closed in types86: the project's target group is no applicant — ELIGIBILITY statsbidrag-till read "till kommunerna" anywhere; its
  // guard ACTIVITY_AIMED_AT now leaves what is funded, aimed at a group, out)
  { id: 'C4', shape: 'the target group of an activity: "Projektet riktar sig till kommunerna"', want: null,
    text: page('Projektmedel', 'Projektet riktar sig till kommunerna i länet och pågår i tre år.') },
  { id: 'C5', shape: '"Stöd kan ges till projekt som …" names no type', want: null,
    text: page('Projektstöd', 'Stöd kan ges till projekt som stärker den lokala demokratin.') },
  { id: 'C6', shape: '"Målgruppen för projektet är kommuner" (the project\'s)', want: null,
    text: page('Projektmedel för integration', 'Målgruppen för projektet är kommuner och regioner.') },
  { id: 'C7', shape: 'denied: "Bidraget kan inte sökas av kommuner"', want: null,
    text: page('Bidrag till kulturarrangemang', 'Bidraget kan inte sökas av kommuner.') },
  { id: 'C8', shape: 'past: "Bidrag beviljades till tolv föreningar"', want: null,
    text: page('Kulturbidrag', 'Förra året beviljades bidrag till tolv föreningar.') },
  { id: 'C9', shape: '"Ansökan lämnas till kommunen" (where, not who)', want: null,
    text: page('Bidrag till samlingslokaler', 'Ansökan lämnas till kommunen på särskild blankett.') },
  { id: 'C10', shape: 'beneficiaries after the applicants: "för barn och unga"', want: ['organisation'],
    text: page('Aktivitetsbidrag', 'Bidrag lämnas till föreningar för verksamhet för barn och unga.') },
  { id: 'C11', shape: 'a question only: "Kan kommuner söka?"', want: null,
    text: page('Bidrag till idrottsanläggningar', 'Kan kommuner söka bidraget?') },
  { id: 'C12', shape: 'the sender region: "Regionen beviljar … till kulturföreningar"', want: { lacks: ['region'] },
    text: page('Kulturbidrag', 'Regionen beviljar bidrag till kulturföreningar. Bidraget kan sökas av kulturföreningar i länet.') },
];

function check(got: unknown, want: Probe['want'], label: string): void {
  if (typeof want === 'object' && want !== null && 'lacks' in want) {
    for (const t of want.lacks) expect(Array.isArray(got) ? got : [], label).not.toContain(t);
  } else if (typeof want === 'object' && want !== null && 'allOrNone' in want) {
    const list = Array.isArray(got) ? [...(got as string[])].sort() : [];
    if (list.length > 0) expect(list, label).toEqual([...want.allOrNone].sort());
  } else expectWant(got, want as Want, label);
}

describe('types85: the lexicon and the frames are rows', () => {
  it('every frame row is read by the finder and every noun class by a row', () => {
    expect(APPLICANT_LIST_FRAMES.length).toBeGreaterThanOrEqual(9);
    const kinds = new Set(APPLICANT_NOUN_CLASSES.map((r) => r.meaning));
    for (const k of ['kommun', 'region', 'länsstyrelse', 'huvudman', 'organisation', 'none']) expect(kinds.has(k as never), k).toBe(true);
  });
  it('classifies the brief\'s nouns', () => {
    const cls = (w: string): string | undefined => APPLICANT_NOUN_CLASSES.find((r) => cueTest(r.cue, w))?.meaning;
    const want: Record<string, string> = {
      kommuner: 'kommun', regioner: 'region', landsting: 'region', kommunalförbund: 'none', samordningsförbund: 'none', huvudmän: 'huvudman',
      skolhuvudmän: 'huvudman', friskolor: 'none', föreningar: 'organisation', trossamfund: 'organisation', studieförbund: 'organisation',
      stiftelser: 'organisation', företag: 'none', aktiebolag: 'none', universitet: 'none', lärosäten: 'none', forskare: 'none',
      privatpersoner: 'none', enskilda: 'none', fastighetsägare: 'none', bostadsrättsföreningar: 'organisation', vägsamfälligheter: 'organisation',
      lantbrukare: 'none', myndigheter: 'none', länsstyrelser: 'länsstyrelse', folkbibliotek: 'none', museer: 'none', byalag: 'organisation',
    };
    for (const [w, k] of Object.entries(want)) expect(cls(w), w).toBe(k);
  });
});

describe('types85: recipients.types read whole, never partial, never a partner or beneficiary', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} [${p.shape}]`, async () => {
      const got = await probeField(p.text, 'recipients.types');
      if (process.env.TYPES85_LOG) console.log(`GOT ${p.id} ${JSON.stringify(got)}`);
      check(got, p.want, `${p.id} ${JSON.stringify(got)}`);
    });
  }
});

export { PROBES as TYPES85_PROBES };
