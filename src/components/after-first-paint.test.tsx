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
  it('holds its content in a noscript in an empty marked box when prerendered', () => {
    const html = renderToString(<PrerenderContext.Provider value={true}>{list}</PrerenderContext.Provider>);
    expect(html).toBe(
      '<ul><li>first</li><li data-after-first-paint=""><noscript><li>second</li><li>third</li></noscript></li></ul>',
    );
    // What a browser with JavaScript makes of it: the box is empty, and its content is text until put in place.
    const parsed = document.createElement('div');
    parsed.innerHTML = html;
    expect(parsed.querySelectorAll('li')).toHaveLength(2);
    expect(parsed.querySelector('noscript')!.textContent).toBe('<li>second</li><li>third</li>');
  });

  it('keeps hostile text inert in the held content', () => {
    const hostile = '</noscript><img src=x onerror="alert(1)">';
    const html = renderToString(
      <PrerenderContext.Provider value={true}>
        <AfterFirstPaint>
          <p title={hostile}>{hostile}</p>
        </AfterFirstPaint>
      </PrerenderContext.Provider>,
    );
    const parsed = document.createElement('div');
    parsed.innerHTML = html;
    // The noscript ends where React ended it, and its text parses back into the one paragraph, text and all.
    expect(parsed.querySelectorAll('noscript, img')).toHaveLength(1);
    const content = document.createElement('template');
    content.innerHTML = parsed.querySelector('noscript')!.textContent!;
    expect(content.content.querySelectorAll('img')).toHaveLength(0);
    expect(content.content.querySelector('p')!.textContent).toBe(hostile);
    expect(content.content.querySelector('p')!.title).toBe(hostile);
  });

  it('is just its content in the browser, as the page is once its start script has put it in place', () => {
    const { container } = render(list);
    expect(container.innerHTML).toBe('<ul><li>first</li><li>second</li><li>third</li></ul>');
    expect(renderToString(list)).toBe(container.innerHTML);
  });
});
