import { render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AfterFirstPaint, PrerenderContext } from './after-first-paint';

const list = (
  <ul>
    <li>first</li>
    <AfterFirstPaint as="li">
      <li>second</li>
      <li>third</li>
    </AfterFirstPaint>
  </ul>
);

describe('AfterFirstPaint', () => {
  it('holds its content in a template in an empty marked box when prerendered', () => {
    const html = renderToString(<PrerenderContext.Provider value={true}>{list}</PrerenderContext.Provider>);
    expect(html).toBe(
      '<ul><li>first</li><li data-after-first-paint=""><template><li>second</li><li>third</li></template></li></ul>',
    );
    // What a browser makes of it: the box is empty, and its content is inert until put in place.
    const parsed = document.createElement('div');
    parsed.innerHTML = html;
    expect(parsed.querySelectorAll('li')).toHaveLength(2);
    expect(parsed.querySelector('template')!.content.querySelectorAll('li')).toHaveLength(2);
  });

  it('is just its content in the browser, as the page is once its start script has put it in place', () => {
    const { container } = render(list);
    expect(container.innerHTML).toBe('<ul><li>first</li><li>second</li><li>third</li></ul>');
    expect(renderToString(list)).toBe(container.innerHTML);
  });
});
