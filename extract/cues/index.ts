import * as dates from './dates.js';
import * as funding from './funding.js';
import * as genre from './genre.js';
import * as lists from './lists.js';
import * as recipients from './recipients.js';
import * as reporting from './reporting.js';
import * as requisition from './requisition.js';
import * as scope from './scope.js';
import * as title from './title.js';
import type { Cue } from './types.js';
import * as year from './year.js';

// Every cue table, by family and name: the test runs each row's examples and counter-examples.

export const TABLES: Readonly<Record<string, ReadonlyArray<Cue<unknown>>>> = {
  'dates.WINDOW_LABELS': dates.WINDOW_LABELS,
  'dates.WINDOW_RANGES': dates.WINDOW_RANGES,
  'dates.STATUS_LINES': dates.STATUS_LINES,
  'dates.OPEN_WORDS': dates.OPEN_WORDS,
  'dates.CLOSE_WORDS': dates.CLOSE_WORDS,
  'dates.CLOSE_PHRASES': dates.CLOSE_PHRASES,
  'dates.DATE_ROLES': dates.DATE_ROLES,
  'dates.REPORT_SUBJECT': dates.REPORT_SUBJECT,
  'funding.TOTAL_CUES': funding.TOTAL_CUES,
  'funding.NOT_TOTAL': funding.NOT_TOTAL,
  'funding.FUNDING_HEADINGS': funding.FUNDING_HEADINGS,
  'funding.TOTAL_LINES': funding.TOTAL_LINES,
  'funding.CEILING_CUES': funding.CEILING_CUES,
  'funding.APPROPRIATION_LINES': funding.APPROPRIATION_LINES,
  'funding.PART_CUES': funding.PART_CUES,
  'funding.SHARE_OF': funding.SHARE_OF,
  'funding.KEY_CUES': funding.KEY_CUES,
  'funding.KEYED_SPLIT': funding.KEYED_SPLIT,
  'recipients.TYPE_WORDS': recipients.TYPE_WORDS,
  'recipients.ELIGIBILITY': recipients.ELIGIBILITY,
  'recipients.ORGANISATIONS_APPLY': recipients.ORGANISATIONS_APPLY,
  'recipients.RECIPIENT_HEADINGS': recipients.RECIPIENT_HEADINGS,
  'recipients.TITLE_RECIPIENTS': recipients.TITLE_RECIPIENTS,
  'scope.SCOPE_LEADS': scope.SCOPE_LEADS,
  'dates.REDISTRIBUTION_CONDITION': [dates.REDISTRIBUTION_CONDITION],
  'title.CHROME_LINES': title.CHROME_LINES,
  'title.GRANT_NAME': title.GRANT_NAME,
  'title.DOCUMENT_TITLES': title.DOCUMENT_TITLES,
  'title.PURPOSE': title.PURPOSE,
  'requisition.REQUIRES': requisition.REQUIRES,
  'requisition.PAYMENT_HEADINGS': requisition.PAYMENT_HEADINGS,
  'requisition.PAYMENT_SENTENCE': requisition.PAYMENT_SENTENCE,
  'requisition.USAGE_PERIOD': requisition.USAGE_PERIOD,
  'title.DISTRIBUTES': title.DISTRIBUTES,
  'genre.FORM_HEADS': genre.FORM_HEADS,
  'genre.FIELD_LIMIT': [genre.FIELD_LIMIT],
  'reporting.DUE_CUES': reporting.DUE_CUES,
  'reporting.REPORT_WINDOW': reporting.REPORT_WINDOW,
  'reporting.REPORTED_YEAR': reporting.REPORTED_YEAR,
  'reporting.GRANTED_RECIPIENTS': reporting.GRANTED_RECIPIENTS,
  'reporting.DOCUMENT_LEADS': reporting.DOCUMENT_LEADS,
  'reporting.DOCUMENT_NAMES': [reporting.DOCUMENT_NAMES],
  'reporting.DOCUMENT_SENTENCES': reporting.DOCUMENT_SENTENCES,
  'reporting.REPAYMENT_TRIGGERS': reporting.REPAYMENT_TRIGGERS,
  'reporting.REPAYMENT_THRESHOLD': reporting.REPAYMENT_THRESHOLD,
  'reporting.FIELD_LIMITS': reporting.FIELD_LIMITS,
  'reporting.FIELD_REQUIRED': reporting.FIELD_REQUIRED,
  'reporting.FORM_MARKS': reporting.FORM_MARKS,
  'reporting.FORM_TITLES': reporting.FORM_TITLES,
  'reporting.REPORT_WHEN': reporting.REPORT_WHEN,
  'reporting.REPORT_CHANNEL': reporting.REPORT_CHANNEL,
  'reporting.SECTION_HEADINGS': reporting.SECTION_HEADINGS,
  'reporting.NOT_REPORT_CONTENT': reporting.NOT_REPORT_CONTENT,
  'reporting.REPAYMENT_CASE_LEADS': reporting.REPAYMENT_CASE_LEADS,
  'reporting.TEMPLATE_SENTENCE': reporting.TEMPLATE_SENTENCE,
  'reporting.INVOICE_SENTENCE': reporting.INVOICE_SENTENCE,
  'year.YEAR_PHRASES': year.YEAR_PHRASES,
  'year.SEVERAL_YEARS': year.SEVERAL_YEARS,
  'lists.USE_HEADINGS': lists.USE_HEADINGS,
  'lists.EXCLUDED_HEADINGS': lists.EXCLUDED_HEADINGS,
  'lists.UNDERLAG_HEADINGS': lists.UNDERLAG_HEADINGS,
  'lists.USE_LEADS': lists.USE_LEADS,
  'lists.EXCLUDED_LEADS': lists.EXCLUDED_LEADS,
  'lists.UNDERLAG_LEADS': lists.UNDERLAG_LEADS,
  'lists.NOT_USE_LEADS': lists.NOT_USE_LEADS,
  'lists.CONDITION_LEADS': lists.CONDITION_LEADS,
  'lists.USE_SENTENCES': lists.USE_SENTENCES,
  'lists.EXCLUDED_SENTENCES': lists.EXCLUDED_SENTENCES,
};
