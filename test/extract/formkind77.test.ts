import { describe, expect, it } from 'vitest';
import { explainKind } from '../../extract/explain.js';
import { readText } from '../../extract/read/text.js';
import { PROBES } from './formkind77-probes.js';
import { probeField } from './probe.js';

// A reporting form's kind by the audited rule (helper formkind77, issue 12): the probes of test/extract/formkind77-probes.ts,
// forms by rule 1 (the form or template itself) and rule 2 (a help text walking one form's fields), pages about reporting by
// rule 3 (anvisning, the safer reading). A probe left open stays it.fails with its reason. FORMKIND77_EXPLAIN=1 prints each
// probe's kind decision (explainKind) for an editor.

describe('formkind77: a reporting form\'s kind by the audited rule', () => {
  for (const p of PROBES) {
    (p.open === undefined ? it : it.fails)(`${p.id} rule ${p.rule}: ${p.shape}${p.open === undefined ? '' : ` (open: ${p.open})`}`, async () => {
      const got = await probeField(p.text, 'kind');
      if (process.env.FORMKIND77_EXPLAIN) {
        const e = explainKind(readText('t.txt', p.text));
        console.log(`${p.id} want ${p.want} got ${String(got)} | ${e.kind} ${e.decidedBy} ${e.reason} form ${e.form} anv ${e.anvisning} marks ${e.marks} | ${e.rows.map((r) => `${r.id}${r.ignored ? '(ign)' : ''}:${r.side[0]}${r.points}`).join(' ')}`);
      }
      // (a page about reporting is right as an anvisning or refused as naming no grant: either way it is not read as a form,
      // the worse error; a form must come out a form)
      if (p.want === 'anvisning') expect(got, `${p.id}: ${p.text.slice(0, 60)}`).not.toBe('reporting-form');
      else expect(got, `${p.id}: ${p.text.slice(0, 60)}`).toBe(p.want);
    });
  }
});
