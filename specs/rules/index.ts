import { allocationReconcile } from './allocation-reconcile.js';
import { amountsReconcile } from './amounts-reconcile.js';
import { dateOrder } from './date-order.js';
import { datePlausible } from './date-plausible.js';
import { evidenceMissing } from './evidence-missing.js';
import { evidenceQuote } from './evidence-quote.js';
import { safePath } from './safe-path.js';
import type { Rule } from './types.js';

/** The catalogue: one rule per file, the file name is the rule id. */
export const RULES: readonly Rule[] = [allocationReconcile, amountsReconcile, dateOrder, datePlausible, evidenceQuote, evidenceMissing, safePath];
