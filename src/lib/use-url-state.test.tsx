import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation, useNavigate } from 'react-router';
import { describe, expect, it } from 'vitest';
import { urlParam, useSearchState } from './use-url-state';

const listParam = urlParam<string[]>({
  name: 'valgt',
  parse: (v) => (v ? v.split(',') : []),
  format: (v) => (v.length ? v.join(',') : null),
});

let renders: string[] = [];

function Boxes() {
  const [chosen, setChosen] = useSearchState(listParam);
  const { search } = useLocation();
  const navigate = useNavigate();
  renders.push(chosen.join(','));
  const toggle = (id: string) =>
    setChosen((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));
  return (
    <>
      {['a', 'b', 'c'].map((id) => (
        <label key={id}>
          <input type="checkbox" checked={chosen.includes(id)} onChange={() => toggle(id)} />
          {id}
        </label>
      ))}
      <button onClick={() => void navigate('?valgt=c')}>link</button>
      <output>{search}</output>
    </>
  );
}

function setup(url = '/', { slowLoader = false } = {}) {
  renders = [];
  // A loader that reruns on every change makes each address write wait, as a real navigation can.
  const loader = slowLoader ? () => new Promise<null>((resolve) => setTimeout(() => resolve(null), 20)) : undefined;
  const router = createMemoryRouter([{ path: '/', Component: Boxes, loader, HydrateFallback: () => null }], {
    initialEntries: [url],
  });
  render(<RouterProvider router={router} />);
  return router;
}

describe('the address as state', () => {
  it('ticks a box at once, and the address follows with readable commas', async () => {
    const router = setup('/?andet=1');
    await userEvent.click(screen.getByRole('checkbox', { name: 'a' }));
    expect(screen.getByRole('checkbox', { name: 'a' })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: 'b' }));
    expect(router.state.location.search).toBe('?andet=1&valgt=a,b');
    // Never a render where a ticked box sprang back.
    expect(renders.filter((r) => r === '').length).toBe(1);
    expect(screen.getByRole('checkbox', { name: 'b' })).toBeChecked();
  });

  it('builds two changes in one event on each other', async () => {
    const router = setup();
    const boxes = screen.getAllByRole('checkbox');
    act(() => {
      boxes[0]!.click();
      boxes[2]!.click();
    });
    expect(router.state.location.search).toBe('?valgt=a,c');
    expect(screen.getByRole('checkbox', { name: 'a' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'c' })).toBeChecked();
  });

  it('never springs back while several changes are on their way to the address', async () => {
    const router = setup('/', { slowLoader: true });
    const boxes = await screen.findAllByRole('checkbox');
    // Three changes before the address has caught up with the first (fast typing does this).
    act(() => boxes[0]!.click());
    act(() => boxes[1]!.click());
    act(() => boxes[2]!.click());
    await screen.findByText('?valgt=a,b,c');
    const afterFirst = renders.slice(renders.indexOf('a'));
    expect(afterFirst.length).toBeGreaterThan(0);
    expect(afterFirst.every((r) => r.startsWith('a'))).toBe(true);
    expect(router.state.location.search).toBe('?valgt=a,b,c');
  });

  it('lets the address win when something else changes it, and replaces the history entry', async () => {
    const router = setup('/?valgt=a');
    await userEvent.click(screen.getByRole('checkbox', { name: 'b' }));
    expect(router.state.historyAction).toBe('REPLACE');
    await userEvent.click(screen.getByRole('button', { name: 'link' }));
    expect(screen.getByRole('checkbox', { name: 'c' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'a' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'b' })).not.toBeChecked();
  });

  it('leaves the default out of the address', async () => {
    const router = setup('/?valgt=a');
    await userEvent.click(screen.getByRole('checkbox', { name: 'a' }));
    expect(router.state.location.search).toBe('');
  });
});
