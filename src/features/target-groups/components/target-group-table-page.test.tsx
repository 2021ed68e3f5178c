import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTargetGroups } from './test-router';

const count = () => screen.getByText(/\d rækker$/).textContent ?? '';
const bodyRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .filter((r) => r.classList.contains('tg-row'));

// jsdom has no layout: give the scroll box a height so the virtualiser renders a window of rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('tg-table-scroll') ? 800 : 0;
    },
  });
});
afterAll(() => {
  // The override sits on HTMLElement; removing it uncovers Element's own getter again.
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
});

async function open(url = '/maalgrupper') {
  const utils = renderTargetGroups(url);
  await screen.findByRole('heading', { level: 1, name: 'Målgrupper: alle indikatorer' });
  await screen.findByRole('table', {}, { timeout: 10_000 });
  await waitFor(() => expect(screen.queryAllByText('henter …')).toHaveLength(0), { timeout: 10_000 });
  return utils;
}

describe('the målgruppe table', { timeout: 40_000 }, () => {
  it('sorts by a column and writes the sort to the address', async () => {
    const { router } = await open();
    await userEvent.click(screen.getByRole('button', { name: /^Seneste værdi/ }));
    // Numbers sort largest first on the first click.
    await waitFor(() => expect(router.state.location.search).toContain('sorter=vaerdi.ned'));
    expect(screen.getByRole('columnheader', { name: /^Seneste værdi/ })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(screen.getByRole('button', { name: /^Seneste værdi/ }));
    await waitFor(() => expect(router.state.location.search).toMatch(/sorter=vaerdi(&|$)/));
  });

  it('narrows the rows with the search box and the column filters', async () => {
    const { router } = await open();
    const total = count();
    await userEvent.type(screen.getByLabelText('Søg i tabellen'), 'sygedagpenge');
    await waitFor(() => expect(count()).not.toBe(total));
    expect(count()).toMatch(/^\d+ af \d\.?\d* rækker$/);
    expect(bodyRows().every((r) => /sygedagpenge/i.test(r.textContent ?? ''))).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText('Filtrér målgruppe'), 'unge');
    await waitFor(() => expect(router.state.location.search).toContain('filter-maalgruppe=unge'));
  });

  it('starts from the state in the address', async () => {
    await open('/maalgrupper?filter-omraade=Ishøj&sorter=indikator.ned&grupper=maalgruppe');
    const rows = bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(count()).toMatch(/^\d+ af \d+ rækker$/);
    const leaves = rows.filter((r) => !r.classList.contains('tg-group-row'));
    expect(leaves.every((r) => r.textContent?.includes('Ishøj'))).toBe(true);
    expect(screen.getByRole('checkbox', { name: 'Gruppér efter målgruppe' })).toBeChecked();
    expect(screen.getAllByRole('button', { expanded: true }).length).toBeGreaterThan(0);
    expect(screen.getByRole('columnheader', { name: /^Indikator/ })).toHaveAttribute('aria-sort', 'descending');
  });
});
