/** Custom DLP dictionaries as the pages use them: where the pages live, who uses a dictionary, and renames. */
import type { ApplianceConfig, CustomClassifier } from '../../../engine/config/schema/index.ts';
import { queryHref } from '../../address.ts';

/** A dictionary as the configuration holds it. */
export type Dictionary = ApplianceConfig['dlp']['dictionaries'][number];

/** The list of dictionaries (DLP Policy Manager > Advanced Settings > Custom DLP Dictionaries). */
export const DICTIONARIES = '#/mail-policies/dlp-policy-manager?dictionaries';

/** Add Dictionary, Import Dictionary, and editing one by name. */
export const dictionaryLinks = {
  add: `${DICTIONARIES}=add`,
  import: `${DICTIONARIES}=import`,
  edit: (name: string) => `${DICTIONARIES}&edit=${encodeURIComponent(name)}`,
};

/** The page of a custom classifier, for the "Used By" links. */
export const classifierLink = (name: string) => queryHref('#/mail-policies/dlp-policy-customizations', 'classifier', name);

/** The custom classifiers with a Dictionary rule that picks this dictionary. */
export const usedBy = (config: ApplianceConfig, dictionary: string): string[] =>
  config.dlp.customClassifiers
    .filter((c) => c.rules.some((r) => r.type === 'dictionary' && r.dictionary === dictionary))
    .map((c) => c.name);

/** The classifiers with Dictionary rules that pointed at `from` now pointing at `to` (a rename travels with the dictionary). */
export const renameInClassifiers = (classifiers: CustomClassifier[], from: string, to: string): CustomClassifier[] =>
  classifiers.map((c) => ({
    ...c,
    rules: c.rules.map((r) => (r.type === 'dictionary' && r.dictionary === from ? { ...r, dictionary: to } : r)),
  }));

/** A new dictionary: whole words, not case sensitive (most organisation terms are names and phrases). */
export const freshDictionary = (terms: string[] = [], name = ''): Dictionary => ({ name, terms, caseSensitive: false, wholeWords: true });
