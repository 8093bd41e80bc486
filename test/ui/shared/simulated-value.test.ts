/** The "simulated value" marker, rendered on the server: what it says for a recalled fact, and nothing for a verified one. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../../src/engine/reference/facts.ts';
import SimulatedValue from '../../../src/ui/shared/SimulatedValue.svelte';

describe('SimulatedValue', () => {
  it('when the fact is recalled then a focusable marker names it and its tooltip gives the value, the reason and the source', () => {
    const { body } = render(SimulatedValue, { props: { fact: 'encryption.queue-timeout' } });
    const f = FACTS['encryption.queue-timeout'];
    expect(body).toContain('<button');
    expect(body).toContain('aria-label="Simulated value, not confirmed"');
    expect(body).toContain(`${f.subject}: ${f.value}.`);
    expect(body).toContain('role="tooltip"');
    expect(body).toContain('Simulated value — not confirmed on a real appliance.');
    expect(body).toContain(f.reason);
    expect(body).toContain('14400 seconds');
    expect(body).toContain('Reference §4.1, 5; recalled from Cisco documentation, not confirmed.');
    const described = /aria-describedby="([^"]+)"/.exec(body)?.[1];
    expect(described).toBeTruthy();
    expect(body).toContain(`id="${described}"`);
  });

  it('when the fact is guessed then the tooltip says it is guessed', () => {
    const { body } = render(SimulatedValue, { props: { fact: 'dlp.engine-rollback' } });
    expect(body).toContain('guessed: not in any source');
  });

  it('when the fact is verified then nothing is rendered', () => {
    const { body } = render(SimulatedValue, { props: { fact: 'dlp.template-scoring' } });
    expect(body).not.toContain('button');
    expect(body).not.toContain('Simulated value');
  });
});
