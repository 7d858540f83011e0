import { describe, expect, it } from 'vitest';
import { specOf } from './probe.js';

// Report forms read as instructions before branch h/forms12 (dev 1232, 1233, 1235, 1236): check boxes
// typed as brackets, a blank of spaced underscores, the form asking its filler to answer every question
// or fill in every detail, an English form's due date after "submitted … by". Pages about a report
// (dev 1241, 1242) stay an anvisning. Lines shortened from the dev texts.

interface Spec { kind: string; due?: string | { date: string } }
const spec = (text: string) => specOf<Spec>(text);
const dateOf = (d: Spec['due']): string | undefined => (typeof d === 'object' ? d.date : d);

describe('a financial narrative with bracket check boxes (dev 1232)', () => {
  it('is a reporting-form', async () => {
    const s = await spec(['Narrative for Interim Financial Report', '', '2) Interim Financial Narrative below; please answer all questions.', '',
      '1.  Have the funds been spent in accordance with the approved grants budget?', '', '[ ] YES', '', '[ ] NO If no, please describe the changes.', '',
      '2.  Do you have pending income on the Interim Grant Financial Report?', '', '[ ] NO [ ] YES If yes, please explain.'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });
});

describe('a narrative form under a spaced-underscore grant number (dev 1233)', () => {
  it('is a reporting-form', async () => {
    const s = await spec(['Grant #:_ _-_ _-_ _-_ _ _ _ -_ _', 'Interim Performance Report Narrative',
      'Please address the topics below as they apply to this project during this reporting period.', '•', '',
      'Describe any significant findings or accomplishments in this period.', '', '•', '', 'Include other comments or anecdotal information.'].join('\n'));
    expect(s.kind).toBe('reporting-form');
  });
  it('while an outline given as guidance, with no field, stays an anvisning (dev 1242)', async () => {
    const s = await spec(['Interim Reports', 'COVER PAGE', 'Provide the following information in the order requested:', '- grant number,', '- title of project,',
      'NARRATIVE DESCRIPTION', 'The items listed are provided as guidance to the project director in developing the narrative description of project activities.',
      'Please feel free to organize this portion of the report in the way that most clearly presents what has taken place during the grant period.'].join('\n'));
    expect(s.kind).toBe('anvisning');
  });
});

describe('an acquittal form whose intro reads like instructions (dev 1235, 1236)', () => {
  it('is a reporting-form with the due date its intro states', async () => {
    const s = await spec(['2014/2015 Acquittal Form', '', 'Community Grants', '',
      'v  It is recommended that you refer to your copy of the original application sent to Council to assist you in completing this form.', '',
      'v  Completed acquittals are to be submitted to Council by 15 May 2015', '',
      '1.  Grant Details / Grant Year / Grant amount', 'Project Name', '2.  Recipient Details / Organisation’s Name',
      '4.  Project Summary / Please answer all the following questions for this acquittal report to be deemed complete.',
      '1.  Please briefly describe your project and its outcomes. (Maximum 400 words)'].join('\n'));
    expect(s.kind).toBe('reporting-form');
    expect(dateOf(s.due)).toBe('2015-05-15');
  });
  it('a page quoting its report form\'s questions in a sentence stays an anvisning (dev 1241)', async () => {
    const s = await spec(['Grant Reporting', '',
      'When you receive a Grant Agreement, you will also receive a copy of a standard report form to be completed at the end of the grant period. The primary questions in the report form are: “How much have you done?” “How well have you done it?” “Is anyone better off?”',
      'This report should be sent to the Foundation approximately six weeks after the end of the grant period.'].join('\n'));
    expect(s.kind).toBe('anvisning');
  });
});
