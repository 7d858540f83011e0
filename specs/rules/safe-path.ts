import { isAbsolute, normalize } from 'node:path';
import type { Finding, Rule } from './types.js';

// Ids and paths stay inside the project: no absolute paths, no "..", and a spec at
// specs/<id>/<year>.yaml (or <year>.form.yaml, <year>.allocation[.kommun|.region].yaml) says the same id and year as its path.
export const safePath: Rule = {
  id: 'safe-path',
  check({ file, spec }) {
    const out: Finding[] = [];
    const src = spec.source.path;
    if (isAbsolute(src) || normalize(src).split(/[\\/]/u).includes('..')) {
      out.push({ path: ['source', 'path'], message: `Unexpected source path ${src} outside the project; use a path relative to the project root, e.g. sources/${spec.year ?? 'YYYY'}/${spec.id}.txt` });
    }
    const m = /(?:^|[\\/])specs[\\/]([^\\/]+)[\\/](\d{4})(\.form|\.allocation(?:\.kommun|\.region)?)?\.ya?ml$/u.exec(file);
    if (m) {
      if (m[1] !== spec.id) out.push({ path: ['id'], message: `Unexpected id ${spec.id} in a file under specs/${m[1]}/; the folder is the id, so move the file or correct the id` });
      if (spec.year !== undefined && Number(m[2]) !== spec.year) out.push({ path: ['year'], message: `Unexpected year ${spec.year} in ${m[2]}${m[3] ?? ''}.yaml; the file name is the year, so rename the file or correct the year` });
      const kind = m[3] === '.form' ? 'reporting-form' : m[3]?.startsWith('.allocation') ? 'allocation' : 'anvisning';
      if (kind !== spec.kind) out.push({ path: ['kind'], message: `Unexpected kind ${spec.kind} in ${m[2]}${m[3] ?? ''}.yaml; reporting forms are <year>.form.yaml, allocation lists <year>.allocation.yaml, anvisningar <year>.yaml` });
      const to = /\.(kommun|region)$/u.exec(m[3] ?? '')?.[1];
      if (to && spec.kind === 'allocation' && spec.to !== to) out.push({ path: ['to'], message: `Unexpected to: ${spec.to} in ${m[2]}${m[3]}.yaml; rename the file or correct to` });
    }
    return out;
  },
};
