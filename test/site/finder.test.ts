import { describe, expect, it } from 'vitest';
import { finderView } from '../../site/finder.js';
import type { FinderEntry } from '../../site/pages.js';

// The finder's server-rendered lists: the filters that work without JavaScript.

const entry = (id: string, over: Partial<FinderEntry>): FinderEntry => ({ id, href: `grants/${id}/2026.html`, title: id, year: 2026, agency: 'Socialstyrelsen', themes: [], types: ['kommun'], status: 'unknown', ...over });

describe('finder', () => {
  const view = finderView([
    entry('skolmat', { agency: 'Skolverket', themes: ['skola', 'folkhälsa'], status: 'open', closes: '2026-05-01', next: { date: '2026-05-01', what: 'Sista dag att rekvirera' } }),
    entry('aldre', { themes: ['äldreomsorg'], types: ['kommun', 'region'], status: 'upcoming', next: { date: '2026-04-20', what: 'Rekvisitionen öppnar' } }),
    entry('kultur', { agency: 'Kulturrådet', themes: ['kultur'], types: ['region'], status: 'closed' }),
  ], '2026-04-15');

  it('sorts by the next date, grants without one last', () => {
    expect(view.grants.map((g) => g.id)).toEqual(['aldre', 'skolmat', 'kultur']);
    expect(view.grants.find((g) => g.id === 'skolmat')?.daysLeft).toBe('16');
  });

  it('lists the grants per theme in the vocabulary\'s order, per agency and per recipient type', () => {
    const group = (id: string): Record<string, string[]> => Object.fromEntries(view.groups.find((g) => g.id === id)!.lists.map((l) => [l.id, l.grants.map((x) => x.href.split('/')[1]!)]));
    expect(group('efter-omrade')).toEqual({ 'omrade-aldreomsorg': ['aldre'], 'omrade-skola': ['skolmat'], 'omrade-kultur': ['kultur'], 'omrade-folkhalsa': ['skolmat'] });
    expect(group('efter-myndighet')).toEqual({ 'myndighet-kulturradet': ['kultur'], 'myndighet-skolverket': ['skolmat'], 'myndighet-socialstyrelsen': ['aldre'] });
    expect(group('efter-mottagare')).toEqual({ 'typ-kommun': ['aldre', 'skolmat'], 'typ-region': ['aldre', 'kultur'] });
    expect(group('efter-status')).toEqual({ 'status-open': ['skolmat'], 'status-upcoming': ['aldre'], 'status-closed': ['kultur'] });
    expect(view.themes).toEqual(['äldreomsorg', 'skola', 'kultur', 'folkhälsa']);
  });
});
