/**
 * The DLP engine's public API: built-in classifiers, scanning, policy templates, policy evaluation,
 * custom classifiers and pattern validation. Pure TypeScript for the worker and Node; results are
 * plain data.
 */
export type * from './types.ts';
export { builtinClassifiers } from './classifiers/registry.ts';
export { scanText } from './scan/scan-text.ts';
export { extractMessageText } from './extract/extract-message.ts';
export { htmlToText } from './extract/html-to-text.ts';
export { evaluatePolicies } from './policy/evaluate-policies.ts';
export { resolveAction, severityFor } from './policy/severity.ts';
export { attachmentFileTypes, type FileType } from './policy/file-types.ts';
export { templates, templateById } from './templates/catalogue.ts';
export { templateCategories } from './templates/categories.ts';
export { createPolicyFromTemplate, DEFAULT_SCALE } from './templates/create-policy.ts';
export { testCustomClassifier } from './custom/evaluate-custom.ts';
export { validatePattern, type PatternCheck } from '../model/regex.ts';
