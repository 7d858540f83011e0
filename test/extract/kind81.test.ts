import { describe, expect, it } from 'vitest';
import { explainKind } from '../../extract/explain.js';
import { readText } from '../../extract/read/text.js';
import { PROBES } from './kind81-probes.js';
import { probeField } from './probe.js';

// Reporting forms, reporting instructions and anvisningar told apart, and reporting texts of a named grant not refused (helper
// kind81, issues 12 and 13): the constructed probes of test/extract/kind81-probes.ts, each with the kind it must get. A form
// must come out a form; a page about the reporting of a named grant must come out an anvisning (never refused); a general
// page about reporting must not come out a form (refusing it is right too). KIND81_EXPLAIN=1 prints each probe's decision.

describe('kind81: reporting forms, reporting instructions and anvisningar', () => {
  for (const p of PROBES) {
    (p.open === undefined ? it : it.fails)(`${p.id} ${p.want}${p.named ? ', not refused' : ''}: ${p.shape}${p.open === undefined ? '' : ` (open: ${p.open})`}`, async () => {
      const got = await probeField(p.text, 'kind');
      if (process.env.KIND81_EXPLAIN) {
        const e = explainKind(readText('t.txt', p.text));
        console.log(`${p.id} want ${p.want} got ${String(got)} | ${e.kind} ${e.decidedBy} ${e.reason} form ${e.form} anv ${e.anvisning} marks ${e.marks} | ${e.rows.map((r) => `${r.id}${r.ignored ? '(ign)' : ''}:${r.side[0]}${r.points}`).join(' ')}`);
      }
      if (p.want === 'reporting-form' || p.named) expect(got, `${p.id}: ${p.text.slice(0, 60)}`).toBe(p.want);
      else expect(got, `${p.id}: ${p.text.slice(0, 60)}`).not.toBe('reporting-form');
    });
  }
});
