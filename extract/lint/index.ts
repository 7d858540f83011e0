import { emailMismatch } from './email-mismatch.js';
import { malformedLink } from './malformed-link.js';
import { misspelling } from './misspelling.js';
import { mixedScript } from './mixed-script.js';
import { placeholderLink } from './placeholder-link.js';
import type { LintRule } from './types.js';

/** The text rules; amounts-reconcile and date-order run on the extracted spec (see lint()). */
export const TEXT_RULES: readonly LintRule[] = [mixedScript, placeholderLink, malformedLink, emailMismatch, misspelling];
