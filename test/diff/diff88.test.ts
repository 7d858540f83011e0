// diff88 (batch 51, issue 14): the classes fixed after batch 51's first contact, tested on their own sentences
import { describe, expect, it } from 'vitest';
import { channelMeans, sameChannelReworded } from '../../specs/diff/concepts.js';
import { contactChange, contactNames } from '../../specs/diff/contacts.js';
import { isStatusLine } from '../../specs/diff/stated.js';
import { textSentences } from '../../specs/diff/text.js';

describe('a channel sentence reworded that hands in by the same means (concepts.ts sameChannelReworded)', () => {
  it('holds for the same address and post, and for the same named system', () => {
    expect(sameChannelReworded('Förslag och ansökan lämnas in senast 12 oktober 2022 till e-post: kulturfritid@trollhattan.se eller via post till Trollhättans Stad.', 'Ansökan och nomineringar skickas till kulturfritid@trollhattan.se eller som brev till: Trollhättans Stad.')).toBe(true);
    expect(sameChannelReworded('Ansökan görs i Smartbook.', 'Ansökan gör du i Smartbook där du fyller i alla uppgifter.')).toBe(true);
  });
  it('does not hold for another medium, another address, another system or a denied one', () => {
    expect(sameChannelReworded('Ansökan görs via e-tjänsten.', 'Ansökan skickas med post till kommunen.')).toBe(false);
    expect(sameChannelReworded('Ansökan skickas till kultur@a.se.', 'Ansökan skickas till fritid@a.se.')).toBe(false);
    expect(sameChannelReworded('Ansökan görs i Smartbook.', 'Ansökan görs i Interbook GO.')).toBe(false);
    expect(sameChannelReworded('Ansökan görs i Smartbook.', 'Ansökan görs inte längre i Smartbook.')).toBe(false);
    expect(sameChannelReworded('Ansökan lämnas in senast den 1 mars.', 'Ansökan lämnas in senast den 1 april.')).toBe(false);
  });
  it('reads an e-mail address as the medium e-post and the address itself', () => {
    expect([...channelMeans('Skicka ansökan till kultur@exempel.se.')].sort()).toEqual(['e-post', 'kultur@exempel.se']);
  });
});

describe('contact persons named with a telephone number (contacts.ts, diff88)', () => {
  it('reads a name alone on its line with a number on a line below it, under "Kontakt"', () => {
    const t = 'Kontakt\n\nRobert Tenevall\nföreningsbyrån\n090-16 16 22\n070-332 67 66';
    expect(contactNames(textSentences(t), t).map((c) => c.day)).toEqual(['robert tenevall']);
    // without the text's lines (no number seen), a name above a unit no role row knows is no contact
    expect(contactNames(textSentences(t)).map((c) => c.day)).toEqual([]);
  });
  it('reads a name with its number on one line, a role glued before it, and after "kontakta"', () => {
    const t = 'Person\nKulturchefChrister Olsson 0520-49 78 75\n\nHar du ytterligare frågor, vänligen kontakta, Lena Nygren, 070-66 509 66.';
    expect(contactNames(textSentences(t), t).map((c) => c.day)).toEqual(['christer olsson', 'lena nygren']);
  });
  it('reads no switchboard: a unit or the kommun with its number is no person', () => {
    const t = 'Kontakta oss\nKontaktcenter Telefon 0470-410 00\n\nVid frågor kontakta Växjö kommun på tel 0470-410 00.';
    expect(contactNames(textSentences(t), t)).toEqual([]);
  });
  it('reports the person gone when the later text names no one', () => {
    const a = 'Förslag senast 3 november.\n\nPerson\nKulturchefChrister Olsson 0520-49 78 75';
    const b = 'Förslag senast 12 oktober.\n\nKontaktcenter - en väg in';
    expect(contactChange(textSentences(a), textSentences(b), a.toLowerCase(), b.toLowerCase(), a, b)?.kind).toBe('removed');
  });
});

describe('a publication date is a status line (stated.ts isStatusLine)', () => {
  it('holds for "Publicerad: 2020-01-14", not for a rule that publishes', () => {
    expect(isStatusLine('Publicerad: 2020-01-14')).toBe(true);
    expect(isStatusLine('Sidan publicerades den 4 april 2025')).toBe(true);
    expect(isStatusLine('Beslutet publiceras på webbplatsen i maj.')).toBe(false);
  });
});
