import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render';

describe('page title and focus', () => {
  it('names the tab after the h1 and leaves focus alone on the first load', async () => {
    renderApp('/om-data');
    const h1 = await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(document.title).toBe(`${h1.textContent} – Pejlemærke`));
    expect(h1).not.toHaveFocus();
  });

  it("moves focus to the new page's h1 after a link", async () => {
    renderApp('/om-data');
    await screen.findByRole('heading', { level: 1 });
    await userEvent.click(screen.getByRole('link', { name: 'Målgrupper' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(document.title).toMatch(/– Pejlemærke$/);
    expect(document.title).toContain(screen.getByRole('heading', { level: 1 }).textContent);
  });
});
