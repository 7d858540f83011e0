import { z } from 'zod';

// The controlled vocabulary of themes (an addition, 1.1). Editors assign themes in a spec; the
// site groups and filters grants by them. A theme is added here, never written freely in a spec,
// so two spellings of one theme cannot split the finder's lists.

export const THEMES = [
  'hälso- och sjukvård',
  'äldreomsorg',
  'socialtjänst',
  'funktionshinder',
  'barn och unga',
  'skola',
  'kultur',
  'klimat och miljö',
  'brottsförebyggande',
  'brottsoffer',
  'integration',
  'folkhälsa',
  'kompetensförsörjning',
  'digitalisering',
  'bostäder',
  'civilsamhälle',
  'jämställdhet',
  'arbetsmarknad',
  // Tillväxtverket's grants to kommuner and regioner (näringslivsklimat, kommersiell service)
  'regional utveckling',
] as const;

export const theme = z.enum(THEMES);
export type Theme = z.infer<typeof theme>;
