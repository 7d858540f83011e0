import { allSentences, bodyBlocks, headingText, itemText, listsIn, sectionsWhere, type Found, type ItemFound } from './common.js';
import { scopeOf } from '../cues/scope.js';
import type { Block, Doc, Section } from '../tree/types.js';
import { sv } from '../parse/unicode.js';

// Permitted uses, excluded uses, conditions and underlag: list items and the sentences that state them.

const USES_HEADING = sv(/^(?:vad\s+(?:kan|får|ska)\s+(?:ni|man|jag|vi|statsbidraget|bidraget|medlen)\b.*(?:använd|rekvirera\b.*\bför|söka\s+för|gå till)|det här kan (?:bidraget|statsbidraget) gå till|vad\s+(?:ska|får|kan)\s+(?:stats)?bidraget\s+användas|användning av (?:stats)?bidraget|vad kan (?:stats)?bidraget användas till)/iu);
const EXCLUDED_HEADING = sv(/\binte\b.*\banvänd|\bej\b.*\banvänd|\bkan inte\b|\bfår inte\b/iu);
const USE_LEAD = sv(/(?:får|kan|ska)\s+(?:bland annat\s+)?användas\s+(?:till|för)|kan\s+(?:ni|man|regionerna|kommunerna)\s+(?:även\s+)?använda\b|\b(?:regionerna|kommunerna|landstingen)\s+(?:kan|får)\s+(?:även\s+|också\s+)?använda\b|\banvända\s+(?:stats)?bidraget\s+till\b|\banvända\s+rekviderade\s+medel\b|användas till att|\bkan få stöd\b|\b(?:kan|får)\s+(?:ansöka\s+om|söka|rekvirera)\s+(?:stats)?bidrag(?:et)?\s+för\b[^.]*:$/iu);
const DEFINITION_LEAD = sv(/\b(?:menas|avses|definieras)\b/iu);
const USE_SENTENCE = sv(/\b(?:kan|får)\s+(?:även\s+)?(?:täcka|användas\s+(?:till|för))\b/iu);
const EXCLUDED_SENTENCE = sv(/\b(?:kan|får)\s+(?:inte|ej)\s+(?:användas|gå)\s+(?:till|för)\b|\bfår\s+inte\s+finansieras\b/iu);
const UNDERLAG_HEADING = sv(/^vilka underlag|\bunderlag\b.*\b(?:behöva|lämna in|spara)|^vilka handlingar/iu);
const CONDITION_HEADING = /villkor|krav som|förutsättning/iu;
const CONDITION_LEAD = sv(/(?:förutsättning(?:en|arna)?|villkor(?:et|en)?)\b[^.]*\b(?:är|gäller)\s+att[\p{L}\s]*:?$|\bska vara en\b.*\bsom:?$|\bmåste uppfylla\b.*:?$/iu);
const CONDITION_SENTENCE = sv(/\b(?:[Ee]n|[Ee]tt|[Yy]tterligare ett|[Ee]tt annat)\s+(?:förutsättning|villkor)\s+för\s+att\b|\bär ett villkor\b|\bansvarar för att (?:stats)?bidraget\b|^(?:Regionen|Regionerna|Kommunen|Kommunerna|Mottagaren|Bidragsmottagaren|Organisationen|Föreningen|Projektet|De insatser)\b[^.]*\b(?:ska|måste)\b/u);
const NOT_CONDITION = /återrapport|redovisa|återbetal|betala[s]? tillbaka|underlag|rekvisition|ansökan|^Läs mer|^Mer information|^Här hittar/iu;

function itemsOf(items: Block[], lead?: Block): ItemFound[] {
  const scope = lead ? scopeOf(lead.seg.text) : undefined;
  return items.map((b) => ({ value: itemText(b.seg.text), at: { block: b, start: 0, end: b.seg.text.length }, ...(scope ? { appliesTo: [scope] } : {}) }));
}

function sectionOf(doc: Doc, b: Block): Section | undefined {
  // sections are numbered in order, so a block's section number is its index
  return doc.sections[b.section];
}

export function findPermittedUses(doc: Doc): ItemFound[] {
  const out: ItemFound[] = [];
  const sections = sectionsWhere(doc, USES_HEADING).filter((s) => !EXCLUDED_HEADING.test(headingText(s)));
  const seen = new Set<number>();
  for (const section of sections) {
    const lists = listsIn(doc, section);
    for (const { lead, items } of lists) {
      if (lead && (DEFINITION_LEAD.test(lead.seg.text) || /^Läs mer/iu.test(lead.seg.text))) continue;
      if (lead && CONDITION_LEAD.test(lead.seg.text)) continue;
      for (const f of itemsOf(items, lead)) { out.push(f); seen.add(f.at.block.index); }
    }
    for (const b of section.blocks) {
      if (b.kind !== 'paragraph') continue;
      for (const s of allSentences([b])) {
        if (USE_SENTENCE.test(s.text) && !EXCLUDED_SENTENCE.test(s.text) && !/:$/u.test(s.text) && !USE_LEAD.test(s.text.replace(USE_SENTENCE, ''))) {
          if (doc.blocks[b.index + 1]?.kind === 'item' && s.end === b.seg.text.length) continue;
          out.push({ value: s.text, at: s });
        }
      }
    }
    if (lists.length === 0 && !out.some((f) => f.at.block.section === section.index)) {
      const first = section.blocks.find((b) => b.kind === 'paragraph');
      const words = first?.seg.text.split(/\s+/u).length ?? 99;
      if (first && words <= 25 && !/^Syfte/iu.test(first.seg.text)) out.push({ value: itemText(first.seg.text), at: { block: first, start: 0, end: first.seg.text.length } });
    }
  }
  // Lists elsewhere whose lead says what the money may be used for.
  for (const b of doc.blocks) {
    if (b.kind === 'item' || b.kind === 'heading' || !USE_LEAD.test(b.seg.text) || EXCLUDED_SENTENCE.test(b.seg.text)) continue;
    const section = sectionOf(doc, b);
    if (section && sections.includes(section)) continue;
    const list = section ? listsIn(doc, section).find((l) => l.lead === b) : undefined;
    if (list) for (const f of itemsOf(list.items, b)) if (!seen.has(f.at.block.index)) out.push(f);
  }
  return out;
}

export function findExcludedUses(doc: Doc): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  for (const section of sectionsWhere(doc, EXCLUDED_HEADING).filter((s) => /använd|rekvirera|söka/iu.test(headingText(s)))) {
    for (const b of section.blocks) {
      if (b.kind === 'item') out.push(...itemsOf([b]));
      else if (b.kind === 'paragraph' && !/:$/u.test(b.seg.text)) out.push({ value: itemText(b.seg.text), at: { block: b, start: 0, end: b.seg.text.length } });
    }
  }
  for (const s of allSentences(bodyBlocks(doc))) {
    if (EXCLUDED_SENTENCE.test(s.text) && !out.some((f) => f.at.block === s.block)) out.push({ value: s.text, at: s });
  }
  return out;
}

export function findEvidenceDocuments(doc: Doc): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  for (const section of sectionsWhere(doc, UNDERLAG_HEADING)) {
    for (const { lead, items } of listsIn(doc, section)) {
      if (lead && /^Läs mer/iu.test(lead.seg.text)) continue;
      out.push(...itemsOf(items).map((f) => ({ ...f, value: f.value })));
    }
  }
  return out;
}

export function findConditions(doc: Doc, claimed: ReadonlySet<number>, claimedSentences: ReadonlySet<string>): Array<Found<string>> {
  const out: Array<Found<string>> = [];
  const add = (f: Found<string>): void => {
    const key = `${f.at.block.index}:${f.at.start}`;
    if (claimedSentences.has(key) || out.some((x) => x.at.block === f.at.block && x.at.start === f.at.start)) return;
    out.push(f);
  };
  for (const b of doc.blocks) {
    if (b.kind === 'heading' && sv(/\b(?:är\s+)?(?:inte|ej)\s+tillåte?t\b/iu).test(b.seg.text)) {
      add({ value: b.seg.text, at: { block: b, start: 0, end: b.seg.text.length } });
      // "Dubbelfinansiering är inte tillåtet" — the paragraph under it says what that means
      const body = doc.blocks[b.index + 1];
      if (body?.kind === 'paragraph') for (const s of allSentences([body])) add({ value: s.text, at: s });
    }
  }
  for (const section of doc.sections) {
    const inConditions = CONDITION_HEADING.test(headingText(section)) && !UNDERLAG_HEADING.test(headingText(section));
    for (const { lead, items } of listsIn(doc, section)) {
      if (items.some((i) => claimed.has(i.index))) continue;
      if (lead && /^Läs mer|^Mer information/iu.test(lead.seg.text)) continue;
      if ((lead && CONDITION_LEAD.test(lead.seg.text)) || (inConditions && !lead?.seg.text.match(/följande underlag|exempelvis|till exempel/iu))) {
        for (const f of itemsOf(items)) add(f);
      }
    }
  }
  for (const s of allSentences(bodyBlocks(doc))) {
    if (s.block.kind === 'item' || /:$/u.test(s.text)) continue;
    if (CONDITION_SENTENCE.test(s.text) && !NOT_CONDITION.test(s.text)) add({ value: s.text, at: s });
  }
  return out.sort((a, b) => a.at.block.index - b.at.block.index || a.at.start - b.at.start);
}
