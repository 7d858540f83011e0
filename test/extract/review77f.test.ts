import { describe, expect, it } from 'vitest';
import { explainKind } from '../../extract/explain.js';
import { readText } from '../../extract/read/text.js';
import { PROBES } from './review77f-probes.js';
import { probeField } from './probe.js';

// Review77f (issue 12): adversarial probes of formkind77's kind rows (test/extract/review77f-probes.ts). A probe wanting an
// anvisning passes as anvisning or refused (not read as a form, the worse error); a form must come out a form. A probe left
// open stays it.fails with its reason. REVIEW77F_EXPLAIN=1 prints each probe's kind decision.

describe('review77f: formkind77\'s kind rows under adversarial probes', () => {
  for (const p of PROBES) {
    (p.open === undefined ? it : it.fails)(`${p.id} ${p.row} ${p.role}: ${p.shape}${p.open === undefined ? '' : ` (open: ${p.open})`}`, async () => {
      const got = await probeField(p.text, 'kind');
      if (process.env.REVIEW77F_EXPLAIN) {
        const e = explainKind(readText('t.txt', p.text));
        console.log(`${p.id} want ${p.want} got ${String(got)} | ${e.kind} ${e.decidedBy} ${e.reason} form ${e.form} anv ${e.anvisning} marks ${e.marks} | ${e.rows.map((r) => `${r.id}${r.ignored ? '(ign)' : ''}:${r.side[0]}${r.points}`).join(' ')}`);
      }
      if (p.want === 'anvisning') expect(got, `${p.id}: ${p.text.slice(0, 60)}`).not.toBe('reporting-form');
      else expect(got, `${p.id}: ${p.text.slice(0, 60)}`).toBe(p.want);
    });
  }
});
