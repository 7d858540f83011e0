import { describe, expect, it } from 'vitest';
import { explainKind } from '../../extract/explain.js';
import { readText } from '../../extract/read/text.js';
import { PROBES } from './forms83-probes.js';
import { probeField } from './probe.js';

// Reporting forms of other senders read as forms on their own evidence, pages about reporting kept as anvisningar (helper
// forms83, issues 12 and 13): the constructed probes of test/extract/forms83-probes.ts, each with the kind it must get.
// FORMS83_EXPLAIN=1 prints each probe's decision.

describe('forms83: real reporting forms of other senders, pages about reporting', () => {
  for (const p of PROBES) {
    (p.open === undefined ? it : it.fails)(`${p.id} ${p.want}${p.named ? ', not refused' : ''}: ${p.shape}${p.open === undefined ? '' : ` (open: ${p.open})`}`, async () => {
      const got = await probeField(p.text, 'kind');
      if (process.env.FORMS83_EXPLAIN) {
        const e = explainKind(readText('t.txt', p.text));
        console.log(`${p.id} want ${p.want} got ${String(got)} | ${e.kind} ${e.decidedBy} ${e.reason} form ${e.form} anv ${e.anvisning} marks ${e.marks} | ${e.rows.map((r) => `${r.id}${r.ignored ? '(ign)' : ''}:${r.side[0]}${r.points}`).join(' ')}`);
      }
      if (p.want === 'reporting-form' || p.named) expect(got, `${p.id}: ${p.text.slice(0, 60)}`).toBe(p.want);
      else expect(got, `${p.id}: ${p.text.slice(0, 60)}`).not.toBe('reporting-form');
    });
  }
});
