/**
 * The command prompt. A standalone appliance shows `esa1.example.com> `; in a cluster the prompt
 * carries the Centralized Management mode, e.g. `(Machine esa1.example.com)> `.
 */

/** The Centralized Management mode a clustered session is in. */
export type PromptMode =
  { readonly level: 'cluster'; readonly name: string } | { readonly level: 'group'; readonly name: string } | { readonly level: 'machine' };

/** The prompt for an appliance, in a cluster mode if given. */
export function promptFor(hostname: string, mode?: PromptMode): string {
  if (!mode) return `${hostname}> `;
  switch (mode.level) {
    case 'cluster':
      return `(Cluster ${mode.name})> `;
    case 'group':
      return `(Group ${mode.name})> `;
    case 'machine':
      return `(Machine ${hostname})> `;
  }
}
