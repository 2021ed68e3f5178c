import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { renderApp } from '@test/render';

describe('about page', () => {
  it('shows one loading line until all its data is there, then every section at once', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The areas wait until the test lets them through to the usual handler; the rest come at once.
    server.use(
      http.get('*/api/v1/areas.json', async () => {
        await held;
      }),
    );
    renderApp('/om-data');
    await screen.findByRole('heading', { level: 1, name: 'Om data' });
    const loading = () => screen.queryAllByRole('status').filter((s) => s.textContent === 'Henter data …');
    await waitFor(() => expect(loading()).toHaveLength(1));
    // The other answers are in by now: the documents' list would be drawn if a section were shown on its own.
    await waitFor(() => expect(document.querySelector('.document-list')).not.toBeNull());
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    release();
    await screen.findByRole('heading', { level: 2, name: 'Områder' });
    expect(loading()).toEqual([]);
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual(['Officielle tal', 'Kildedokumenter', 'Datasættet', 'Områder', 'Målgrupper']);
    expect(screen.getByRole('table', { name: 'Områder' })).toBeInTheDocument();
  });
});
