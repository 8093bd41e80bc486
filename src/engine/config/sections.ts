/**
 * The configuration's top-level sections by name, without the schema itself: light enough for the
 * UI's initial bundle (a test keeps this list equal to the schema's keys).
 */
import type { ConfigSection } from './schema/index.ts';

export const SECTION_NAMES: readonly ConfigSection[] = [
  'appliance',
  'encryption',
  'resLink',
  'dlp',
  'quarantines',
  'outgoingPolicies',
  'textResources',
  'destinationControls',
];
