import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Dates by role (contract 1.1): a date is a deadline only when its cue says so; every other dated
// event keeps the role its cue gives. Pages written for these tests from the phrasings of real ones.

const page = (line: string): string => `Statsbidrag till kommuner för en insats 2025\n\nKommuner kan rekvirera statsbidraget via e-tjänsten.\n\n${line}\n\nTotalt finns 30 miljoner kronor att fördela.\n`;

describe('dates by role', () => {
  it.each([
    ['Utlysningsdatum: 2025-03-06', 'published'],
    ['Beslut om rekvisitionen meddelas senast den 15 maj 2025.', 'decision'],
    ['Utbetalning av rekvirerade medel sker senast den 30 juni 2025.', 'payment'],
    ['Senast uppdaterad: 2025-01-09 (rekvisition)', undefined],
  ])('takes no deadline from "%s" (role %s)', async (line, role) => {
    const s = await specOf(page(line));
    expect(s.requisition?.closes).toBeUndefined();
    expect(s.dates?.map((d) => d.role)).toEqual(role ? [role] : undefined);
  });
  it('records a redistribution cut-off with who may opt in, and keeps it the last requisition day', async () => {
    const s = await specOf(page('Om inte alla medel rekvireras\n\nMedel som inte har rekvirerats senast den 16 mars 2025 kommer fördelas om till de som i rekvisitionen angett att de önskar ta del av eventuellt kvarvarande medel.'));
    expect(s.requisition?.closes).toBe('2025-03-16');
    expect(s.requisition?.redistribution).toEqual({ cutoff: '2025-03-16', condition: 'de som i rekvisitionen angett att de önskar ta del av eventuellt kvarvarande medel' });
    expect(s.evidence['requisition.redistribution.condition']?.quote).toBe('de som i rekvisitionen angett att de önskar ta del av eventuellt kvarvarande medel');
    expect(s.dates).toEqual([expect.objectContaining({ date: '2025-03-16', role: 'redistribution' })]);
  });
  it('reads a reporting deadline in a sentence about the report, not the agency\'s own to the government', async () => {
    const s = await specOf(page('Redovisningen ska ha inkommit senast den 31 mars 2026. Socialstyrelsen ska redovisa uppdraget till regeringen senast den 30 april 2026.'));
    expect(s.dates).toEqual([expect.objectContaining({ date: '2026-03-31', role: 'reporting-closes' })]);
    expect(s.requisition?.closes).toBeUndefined();
  });
});

describe('prose reporting instructions', () => {
  it.each([
    ['Redovisningen ska ha inkommit till myndigheten senast den 31 mars 2026.', '2026-03-31'],
    ['Redovisningen är öppen 15 augusti–16 september 2026 i e-tjänsten för statsbidrag.', '2026-09-16'],
  ])('reads reporting.due from "%s"', async (line, due) => {
    expect((await specOf(page(line))).reporting?.due).toBe(due);
  });
  it('never takes the agency\'s own report to the government as reporting.due', async () => {
    expect((await specOf(page('Myndigheten ska redovisa uppdraget till regeringen senast den 31 mars 2026.'))).reporting?.due).toBeUndefined();
  });
});

describe('scope per recipient', () => {
  it('marks a list that the text limits to regions applies_to: [region], and leaves the rest plain', async () => {
    const s = await specOf('# Statsbidrag till kommuner och regioner 2026\n\n## Vad kan ni använda statsbidraget till?\n\nMedlen får användas till:\n\n- utbildning av personal,\n- handledning.\n\nRegionerna kan även använda medlen till följande områden:\n\n- precisionsmedicin,\n- koloskopi.\n\nTotalt finns 30 miljoner kronor att fördela.\n');
    expect(s.permitted_uses).toEqual(['utbildning av personal', 'handledning',
      { text: 'precisionsmedicin', applies_to: ['region'] }, { text: 'koloskopi', applies_to: ['region'] }]);
  });
});
