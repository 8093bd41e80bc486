/**
 * Edits of the named lists in the configuration (policies, profiles, dictionaries, quarantines, …):
 * a form's Submit adds or replaces one entry, Delete removes one. They return new arrays, since the
 * value submitted is a fresh copy, never the live candidate.
 */

/**
 * The list with `item` in place of the entry named `originalName` (an edit, perhaps a rename), or
 * appended when `originalName` is null (an add) or no longer in the list. An add never replaces an
 * entry of the same name: the engine reports the clash, so the learner sees it.
 */
export function upsertByName<T extends { readonly name: string }>(list: readonly T[], item: T, originalName: string | null): T[] {
  const at = originalName === null ? -1 : list.findIndex((x) => x.name === originalName);
  return at < 0 ? [...list, item] : list.map((x, i) => (i === at ? item : x));
}

/** The list without the entry named `name`. */
export function removeByName<T extends { readonly name: string }>(list: readonly T[], name: string): T[] {
  return list.filter((x) => x.name !== name);
}
