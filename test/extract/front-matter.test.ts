import { describe, expect, it } from 'vitest';
import type { Anvisning } from '../../specs/schema/index.js';
import { specOf } from './probe.js';

// YAML front matter is metadata (title, date, an SFS number), never body text; a title survives
// page chrome (notices, captions, the sender's name above a decision).

const spec = (text: string, ext = 'md'): Promise<Anvisning> => specOf(text, ext);

describe('front matter', () => {
  it('reads title and date as metadata, grounded, and keeps keys out of the body', async () => {
    const s = await spec('---\ntitle: "Statsbidrag för läxhjälp 2025"\ndate: 2025-02-01\nlayout: page\n---\n\nKommuner kan söka statsbidrag för läxhjälp.\n\nSista ansökningsdag: 2025-03-01\n');
    expect(s.title).toBe('Statsbidrag för läxhjälp 2025');
    expect(s.evidence.title).toMatchObject({ line: 2, quote: 'Statsbidrag för läxhjälp 2025' });
    expect(s.dates).toEqual([{ date: '2025-02-01', role: 'published', text: '2025-02-01' }]);
    expect(JSON.stringify(s)).not.toContain('layout');
  });
  it('takes an SFS text\'s own number as its legal basis', async () => {
    const s = await spec('---\nbeteckning: "2024:1056"\nrubrik: Förordning om statligt stöd till trossamfund\n---\n\n# Förordning om statligt stöd till trossamfund\n\n1 § Statsbidrag får lämnas till ideella föreningar som bedriver verksamhet för trossamfund.\n');
    expect(s.title).toBe('Förordning om statligt stöd till trossamfund');
    expect(s.legal_basis?.[0]).toMatchObject({ ref: '2024:1056', kind: 'förordning', title: 'förordning om statligt stöd till trossamfund' });
  });
});

describe('titles and page chrome', () => {
  it.each([
    ['an image caption', 'En flicka tittar på en pojke som pekar på en tavla i ett klassrum.\n\nAnsök om bidrag för hållbara stadsmiljöer\n\nKommuner kan söka stöd. Sista ansökningsdag: 2024-03-01\n', 'Ansök om bidrag för hållbara stadsmiljöer'],
    ['a browser notice', 'Du har inte javascript påslaget. Det innebär att många funktioner inte fungerar.\n\nGestalta framtidens lösningar\n\nFöretag kan söka bidrag. Sista ansökningsdag: 2024-03-01\n', 'Gestalta framtidens lösningar'],
    ['the agency\'s name alone', 'Tillväxtverket\n\nRiktad utlysning - utveckla det lokala näringslivet\n\nKommuner kan söka stöd. Sista ansökningsdag: 2024-03-01\n', 'Riktad utlysning - utveckla det lokala näringslivet'],
  ])('skips %s', async (_what, text, title) => {
    expect((await spec(text, 'txt')).title).toBe(title);
  });
});
