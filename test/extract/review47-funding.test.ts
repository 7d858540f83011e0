import { describe, expect, it } from 'vitest';
import { anvisningOf as spec } from './probe.js';

// Review of stop 43's merge (review47, issue 12; helper fix48b): constructed probe texts on which a funding or recipients
// row gave a wrong value or lost a right one, each beside the case that must keep working. Every text here is constructed,
// not a real document's.

const page = (title: string, lines: string, close = 'Ansökan ska vara inne senast 1 mars 2024.') => spec(`${title}\n\n${lines}\n${close}\n`);
const total = (title: string, lines: string) => page(title, lines).funding?.total;

describe('att-fordela: a bracket aside that makes the sum each one\'s, a year\'s or several years\'', () => {
  it('constructed (review47 e1): "(per förening och år) att söka" is no total', () => {
    expect(total('Bidrag till föreningars jubileum', 'Det finns 25 000 kronor (per förening och år) att söka.')).toBeUndefined();
  });
  it('constructed: "(för hela perioden 2024–2026) att söka" is no one grant year\'s total', () => {
    expect(total('Bidrag till föreningars jubileum', 'Totalt finns 30 miljoner kronor (för hela perioden 2024–2026) att söka.')).toBeUndefined();
  });
  it('keeps: an aside that says nothing of that ("(en ökning med 1 miljon kronor)", review46)', () => {
    expect(total('Bidrag till föreningars jubileum', 'Totalt finns 3 miljoner kronor (en ökning med 1 miljon kronor) att söka.')).toBe(3000000);
  });
});

describe('stalls-till-forfogande: the part after "varav" put at the disposal for the call is its total', () => {
  it('constructed (review47 f1): "50 miljoner kronor i krisstöd, varav 10 miljoner kronor har ställts till … förfogande för en extra utlysning"', () => {
    expect(total('Extra utlysning arbetsstipendier 2020', 'Kulturrådet fick 50 miljoner kronor i krisstöd, varav 10 miljoner kronor har ställts till Författarfondens förfogande för en extra utlysning av arbetsstipendier.')).toBe(10000000);
  });
  it('keeps: the whole for several years is no total (review46); the call\'s part after "varav … i denna utlysning" is (fix49)', () => {
    expect(total('Extra utlysning arbetsstipendier 2020', 'Totalt har 20 miljoner kronor ställts till fondens förfogande under 2020 och 2021, varav 10 miljoner kronor i denna utlysning.')).toBe(10_000_000);
  });
  it('left as it is: a sum for two years\' book fairs is no one grant year\'s total (the contract: one grant year)', () => {
    expect(total('Stöd till bokmässor', 'Regeringen har beslutat att 15 miljoner kronor ställs till Kulturrådets förfogande för stöd under 2021 och 2022 års bokmässor.')).toBeUndefined();
  });
});

describe('mojligt-for-organisationer-att-soka: not "att söka om" something else than the grant', () => {
  it('constructed (review47 k4): "möjligt för föreningar att söka om anstånd med redovisningen"', () => {
    expect(page('Aktivitetsbidrag 2024', 'Det är nu möjligt för föreningar att söka om anstånd med redovisningen. Bidraget kan sökas av kommuner.').recipients?.types).toEqual(['kommun']);
  });
  it('keeps: "möjligt för föreningar att söka bidraget"', () => {
    expect(page('Aktivitetsbidrag 2024', 'Det är nu möjligt för föreningar att söka bidraget.').recipients?.types).toContain('organisation');
  });
});
