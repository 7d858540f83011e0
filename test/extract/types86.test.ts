import { describe, expect, it } from 'vitest';
import { APPLICANT_LIST_FRAMES } from '../../extract/cues/recipients.js';
import { expectWant, probeField, type Want } from './probe.js';

// types86 (issue 12): recipients.types on unseen texts — two constructions of Swedish that name a grant's recipients which the frames
// of types85 did not read, each found in three or more dev texts: the giver's own verb in the present with the money as its object
// ("Regionförvaltningsverket beviljar understöd till …", "dela ut ytterligare bidrag till …", "fördela 3,2 miljoner kronor i bidrag
// till …"), and the grant named by its recipients as a sentence's first words ("Bidrag till föreningar för …", "Statsbidrag till
// kvinnoorganisationer har funnits …"); and the target group of what is funded, never an applicant ("Projektet riktar sig till
// kommunerna", types85 C4). Constructed probes, my own sentences (no corpus text). `want`: the whole set of types (null = none);
// `run: 'fails'` marks a probe left open (the comment says why).

type Probe = { id: string; shape: string; want: Want; text: string; run?: 'fails' };

const page = (title: string, body: string): string => `# ${title}\n\n${body} Sista dag att ansöka är den 31 mars 2026.`;

const PROBES: Probe[] = [
  // G: the giver's verb, the money its object, the recipients after "till"
  { id: 'G1', shape: '"Nämnden beviljar bidrag till idrottsföreningar"', want: ['organisation'],
    text: page('Anläggningsbidrag', 'Fritidsnämnden beviljar bidrag till idrottsföreningar som äger sin anläggning.') },
  { id: 'G2', shape: '"Myndigheten delar ut stöd till kommuner och regioner"', want: ['kommun', 'region'],
    text: page('Stöd för krisberedskap', 'Myndigheten delar ut stöd till kommuner och regioner för övningar.') },
  { id: 'G3', shape: '"fördela 12 miljoner kronor i bidrag till länsstyrelserna"', want: ['länsstyrelse'],
    text: page('Medel för viltförvaltning', 'Naturvårdsverket kan fördela ytterligare 12 miljoner kronor i bidrag till länsstyrelserna.') },
  { id: 'G4', shape: '"ger verksamhetsbidrag till studieförbund"', want: ['organisation'],
    text: page('Verksamhetsbidrag', 'Varje år ger kommunen verksamhetsbidrag till studieförbund med verksamhet i kommunen.') },
  { id: 'G5', shape: 'denied: "beviljar inte bidrag till kommuner"', want: null,
    text: page('Kulturstöd', 'Stiftelsen beviljar inte bidrag till kommuner.') },
  { id: 'G6', shape: 'past: "har fördelat 3 miljoner kronor till föreningar"', want: null,
    text: page('Integrationsstöd', 'Länsstyrelsen har under året fördelat 3 miljoner kronor till föreningar.') },
  // (open: ELIGIBILITY ge-medel-till, older than this branch, reads "ge stöd till kommunerna" as money; "stöd" is advice as often, but in
  // dev 1374, 1908 and 1916 "ge stöd till kommunerna/regionerna/landstingen" is the money: left for a row that tells the two apart)
  { id: 'G7', shape: 'advice, not money: "ger stöd till kommunerna"', want: null, run: 'fails',
    text: page('Vägledning om klimatanpassning', 'Länsstyrelsen ger stöd till kommunerna i deras planering.') },
  { id: 'G8', shape: 'a list with a head no row classifies beside a type: none', want: null,
    text: page('Stöd till vården', 'Myndigheten delar ut bidrag till regioner och vårdcentraler.') },

  // N: the grant named by its recipients, first in the sentence
  { id: 'N1', shape: '"Bidrag till pensionärsföreningar ges …"', want: ['organisation'],
    text: page('Föreningsbidrag', 'Bidrag till pensionärsföreningar ges en gång per år.') },
  { id: 'N2', shape: '"Statsbidrag till regioner för …"', want: ['region'],
    text: page('Statsbidrag', 'Statsbidrag till regioner för förlossningsvården betalas ut i april.') },
  { id: 'N3', shape: 'a purpose: "Bidrag till lokalhyra"', want: null,
    text: page('Lokalbidrag', 'Bidrag till lokalhyra betalas ut kvartalsvis.') },
  { id: 'N4', shape: 'inside a sentence, the money on its way: "ett bidrag till Sveriges kommuner"', want: null,
    text: page('Lovaktiviteter', 'Regeringen har beslutat om ett bidrag till Sveriges kommuner för lovaktiviteter.') },

  // C: the target group of what is funded
  { id: 'C4', shape: 'types85 C4: "Projektet riktar sig till kommunerna"', want: null,
    text: page('Projektmedel', 'Projektet riktar sig till kommunerna i länet och pågår i tre år.') },
  { id: 'C5', shape: 'an activity\'s audience: "Utbildningen vänder sig till regionerna"', want: null,
    text: page('Utbildningsmedel', 'Utbildningen vänder sig till regionerna i norr och hålls i maj.') },
  { id: 'C6', shape: 'the grant\'s own: "Stödet riktar sig till kommunerna"', want: ['kommun'],
    text: page('Stöd till bostadsanpassning', 'Stödet riktar sig till kommunerna i hela landet.') },
];

describe('types86: the frames are rows', () => {
  it('the giver\'s verb and the grant named by its recipients are rows of APPLICANT_LIST_FRAMES', () => {
    const ids = APPLICANT_LIST_FRAMES.map((r) => r.id);
    expect(ids).toContain('frame-fordela-belopp-till');
    expect(ids).toContain('frame-bidrag-till-grupp');
  });
});

describe('types86: recipients.types of the giver\'s verb and the grant\'s name, never an activity\'s target group', () => {
  for (const p of PROBES) {
    (p.run === 'fails' ? it.fails : it)(`${p.id} [${p.shape}]`, async () => {
      const got = await probeField(p.text, 'recipients.types');
      if (process.env.TYPES86_LOG) console.log(`GOT ${p.id} ${JSON.stringify(got)}`);
      expectWant(got, p.want, `${p.id} ${JSON.stringify(got)}`);
    });
  }
});
