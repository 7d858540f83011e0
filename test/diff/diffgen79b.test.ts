import { describe, expect, it } from 'vitest';
import { SENTENCE_TOPICS, topicChanges, topicOf } from '../../specs/diff/topics.js';
import { textSentences } from '../../specs/diff/text.js';
import { rowHolds } from '../../specs/diff/rules.js';

// diffgen79b (issue 14): the general fallback beyond figures, for sentences no rule row claims whose topic changed. Every
// text here is a constructed probe (own sentences, written the way agencies phrase them), never a corpus text.

const changes = (a: string, b: string) => topicChanges(textSentences(a), textSentences(b), a, b);
const fields = (a: string, b: string) => changes(a, b).map((c) => `${c.field} ${c.kind}`);

const INTRO = 'Om bidraget\n\nKommunen fördelar varje år bidrag till föreningar som bedriver verksamhet i kommunen.\n\n';

describe('topic rows', () => {
  it('run their examples and counter-examples', () => {
    for (const row of SENTENCE_TOPICS) {
      for (const e of row.examples) expect(rowHolds(row, e), `${row.id}: ${e}`).toBe(true);
      for (const c of row.counterExamples) expect(rowHolds(row, c), `${row.id} (counter): ${c}`).toBe(false);
    }
  });
  it('give one field or none', () => {
    expect(topicOf('Syftet med bidraget är att stärka det lokala föreningslivet.')).toBe('purpose');
    expect(topicOf('Ansökan görs i vår e-tjänst.')).toBe('requisition.channel');
    expect(topicOf('Kommunen har en ny webbplats.')).toBeUndefined();
    // an agency's own goal, no grant's
    expect(topicOf('Målet är att ärenden ska handläggas effektivt och rättssäkert.')).toBeUndefined();
  });
  it('run in linear time on hostile text', () => {
    const hostile = `${'syftet med '.repeat(5000)}${'a@'.repeat(5000)}${'förordning '.repeat(3000)}(2018:`;
    const t0 = Date.now();
    for (const row of SENTENCE_TOPICS) rowHolds(row, hostile);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe('purpose', () => {
  it('a purpose changed: a content word of its own', () => {
    const c = changes(`${INTRO}Målet med lovstödet är att fler barn och unga ska få en meningsfull sommar.\n`, `${INTRO}Målet med lovstödet är att fler barn och unga ska få en trygg och kreativ sommar nära hemmet.\n`);
    expect(c.map((x) => x.field)).toEqual(['purpose']);
    expect(c[0]!.old!.text).toContain('meningsfull');
    expect(c[0]!.new!.text).toContain('kreativ');
  });
  it('a purpose added', () => {
    expect(fields(INTRO, `${INTRO}Fonden har som syfte att främja samarbetet mellan Sverige och Norge inom kultur.\n`)).toEqual(['purpose added']);
  });
  it('a purpose sentence a rule row claims is the text pass\'s, not this one\'s', () => {
    expect(changes(`${INTRO}Syftet med bidraget är att stärka det lokala föreningslivet.\n`, `${INTRO}Syftet med bidraget är att stärka barns fysiska aktivitet.\n`)).toEqual([]);
  });
  it('no change: the same purpose reworded with the same content words, or moved', () => {
    expect(changes(`${INTRO}Syftet med bidraget är att stärka det lokala föreningslivet.\n`, `${INTRO}Syftet med bidraget är att det lokala föreningslivet ska stärkas.\n`)).toEqual([]);
    expect(changes(`Syftet med bidraget är att stärka det lokala föreningslivet.\n\n${INTRO}`, `${INTRO}Syftet med bidraget är att stärka det lokala föreningslivet.\n`)).toEqual([]);
  });
  it('no change: a link to read more, a question, an applicant asked to describe a project', () => {
    expect(changes(INTRO, `${INTRO}Läs mer om syftet med bidraget på kommunens webbplats.\n`)).toEqual([]);
    expect(changes(INTRO, `${INTRO}Beskriv i ansökan hur projektet ska bidra till att stärka föreningslivet.\n`)).toEqual([]);
  });
});

describe('requisition.channel', () => {
  it('the channel changed: a form by post to an e-tjänst', () => {
    const c = changes(`${INTRO}Använd blanketten Ansökan om bidrag och skicka den per post till kommunens registratur.\n`, `${INTRO}Använd e-tjänsten Ansökan om bidrag och skicka den till kommunens registratur.\n`);
    expect(c.map((x) => `${x.field} ${x.kind}`)).toEqual(['requisition.channel changed']);
  });
  it('an address changed', () => {
    expect(fields(`${INTRO}Ansökan skickas till bidrag@exempelkommun.se senast i god tid.\n`, `${INTRO}Ansökan skickas till kulturbidrag@exempelkommun.se senast i god tid.\n`)).toEqual(['requisition.channel changed']);
  });
  it('no change: the same channel reworded, a contact sentence, a news item', () => {
    expect(changes(`${INTRO}Ansökan lämnas i kommunens e-tjänst för föreningsbidrag.\n`, `${INTRO}Ansökan om föreningsbidrag lämnas i kommunens e-tjänst.\n`)).toEqual([]);
    expect(changes(INTRO, `${INTRO}Har du frågor om ansökan kan du mejla fritid@exempelkommun.se.\n`)).toEqual([]);
    expect(changes(INTRO, `${INTRO}Nyhet: Nu kan du söka bidrag till sommarlovsaktiviteter i e-tjänsten.\n`)).toEqual([]);
  });
  it('no change: a channel sentence added whose channel the other text still names', () => {
    expect(changes(`${INTRO}Använd e-tjänsten när du ansöker.\n`, `${INTRO}Använd e-tjänsten när du ansöker.\nAnsökan görs i e-tjänsten och ska vara komplett.\n`)).toEqual([]);
  });
});

describe('recipients', () => {
  it('a kind of applicant added to the target group', () => {
    const c = changes(`${INTRO}Bidraget riktar sig till ideella föreningar i kommunen.\n`, `${INTRO}Bidraget riktar sig till ideella föreningar och studieförbund i kommunen.\n`);
    expect(c.map((x) => `${x.field} ${x.kind}`)).toEqual(['recipients changed']);
  });
  it('no change: the same kinds in other words, whom an activity serves, a list reordered', () => {
    expect(changes(`${INTRO}Bidraget riktar sig till ideella föreningar i kommunen.\n`, `${INTRO}Bidraget riktar sig främst till ideella föreningar verksamma i kommunen.\n`)).toEqual([]);
    expect(changes(INTRO, `${INTRO}Aktiviteterna ska rikta sig till barn och unga mellan 6 och 15 år.\n`)).toEqual([]);
    expect(changes(`${INTRO}Stödet kan sökas av föreningar och studieförbund.\n`, `${INTRO}Stödet kan sökas av studieförbund och föreningar.\n`)).toEqual([]);
    // examples of a kind named before them, fewer or more of them
    expect(changes(`${INTRO}Stödet kan sökas av juridiska personer, till exempel föreningar, stiftelser, kommuner och bolag.\n`, `${INTRO}Stödet kan sökas av juridiska personer (till exempel föreningar, kommuner och bolag).\n`)).toEqual([]);
  });
});

describe('legal_basis and usage_period', () => {
  it('a statute replaced', () => {
    expect(fields(`${INTRO}Bidraget lämnas enligt förordningen (2018:1234) om statsbidrag till kommuner.\n`, `${INTRO}Bidraget lämnas enligt förordningen (2023:30) om statsbidrag till kommuner.\n`)).toEqual(['legal_basis changed']);
  });
  it('no change: the same statute, its sentence reworded', () => {
    expect(changes(`${INTRO}Bidraget lämnas enligt förordningen (2018:1234) om statsbidrag till kommuner.\n`, `${INTRO}Statsbidrag till kommuner lämnas enligt förordningen (2018:1234).\n`)).toEqual([]);
  });
  it('a period in words changed', () => {
    expect(fields(`${INTRO}Medlen ska användas under läsåret och följas upp av skolan.\n`, `${INTRO}Medlen ska användas under kalenderåret och följas upp av skolan.\n`)).toEqual(['usage_period changed']);
  });
});

describe('usage_period: the holidays', () => {
  it('the holidays the activities are held in widened', () => {
    expect(fields(`${INTRO}Aktiviteterna ska genomföras under sommarlovet och vara gratis för deltagarna.\n`, `${INTRO}Aktiviteterna ska genomföras under höstlovet, jullovet och sommarlovet och vara gratis för deltagarna.\n`)).toEqual(['usage_period changed']);
  });
  it('no change: the same holiday, the sentence reworded', () => {
    expect(changes(`${INTRO}Aktiviteterna ska genomföras under sommarlovet och vara gratis.\n`, `${INTRO}Aktiviteterna ska vara gratis och genomföras under sommarlovet.\n`)).toEqual([]);
  });
});

describe('no change at all', () => {
  it('a list reordered, a heading renamed, a sentence moved', () => {
    const a = `${INTRO}Syftet med bidraget är att stärka det lokala föreningslivet.\n\nAnsökan\n\nAnsökan görs i e-tjänsten.\n`;
    const b = `Ansökan om bidrag\n\nAnsökan görs i e-tjänsten.\n\n${INTRO}Syftet med bidraget är att stärka det lokala föreningslivet.\n`;
    expect(changes(a, b)).toEqual([]);
  });
  it('bounded on a huge text', () => {
    const big = Array.from({ length: 3000 }, (_, i) => `Syftet med bidraget nummer ${i} är att stärka föreningen ${i}.`).join('\n');
    const t0 = Date.now();
    changes(big, `${big}\nAnsökan görs i e-tjänsten.\n`);
    expect(Date.now() - t0).toBeLessThan(20000);
  });
});
