import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { EChartsType } from '@/lib/echarts';
import type { ECOption } from '@/lib/echarts-option';
import echartsUrl from 'virtual:echarts-url';

/**
 * When a page with a chart loads its code, the browser fetches and compiles
 * ECharts alongside the data, but does not run it: running it took a phone's
 * thread 27–40 ms, paid before anyone had scrolled to the chart. The first
 * chart near the screen runs it (loadECharts), from the preloaded module.
 * The dev server has no built URL; there the first chart fetches it.
 */
function preloadECharts() {
  if (!echartsUrl || typeof document === 'undefined') return;
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  // The credentials mode of the import() that uses it, or the browser fetches the file a second time.
  link.crossOrigin = 'anonymous';
  link.href = echartsUrl;
  document.head.append(link);
}
preloadECharts();

let echartsModule: Promise<typeof import('@/lib/echarts')> | undefined;

/** Loads and runs ECharts once, for the first chart that is drawn. */
function loadECharts() {
  // A failed load (offline, or a test environment already torn down) is forgotten, so the next chart retries.
  echartsModule ??= import('@/lib/echarts').catch((error: unknown) => {
    echartsModule = undefined;
    throw error;
  });
  return echartsModule;
}

type Props = {
  option: ECOption;
  /** Text alternative: what the chart shows, in a sentence or two. */
  label: string;
  height: number | string;
  className?: string;
};

/**
 * The one component that talks to ECharts: loads it lazily, initialises once
 * (when it comes near the viewport and its box has a size), applies each new
 * option, follows its box's size and disposes on unmount.
 * Options must be memoised by the caller; a new object means a new setOption.
 */
export function EChart({ option, label, height, className }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let disposed = false;
    let resize: ResizeObserver | undefined;
    let visibility: IntersectionObserver | undefined;
    const start = () => {
      visibility?.disconnect();
      loadECharts().then(
        ({ echarts }) => {
          if (disposed) return;
          // ECharts is given its box only once the layout has sized it: a zero-size init draws nothing
          // and warns. The same observer then follows every later change of size.
          resize = new ResizeObserver((entries) => {
            const box = entries.at(-1)?.contentRect;
            if (!box || box.width === 0 || box.height === 0) return;
            if (!chartRef.current) {
              chartRef.current = echarts.init(element, undefined, { renderer: 'svg' });
              setReady(true);
            } else chartRef.current.resize();
          });
          resize.observe(element);
        },
        () => {
          // ECharts could not load: the chart stays empty and its text alternative still says what it shows.
        },
      );
    };
    // A page of 40 cards draws only the charts near the viewport; the rest start as they scroll into view.
    if (typeof IntersectionObserver === 'undefined') start();
    else {
      visibility = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
        rootMargin: '300px',
      });
      visibility.observe(element);
    }
    return () => {
      disposed = true;
      visibility?.disconnect();
      resize?.disconnect();
      chartRef.current?.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    if (ready) chartRef.current?.setOption(option, { notMerge: true });
  }, [option, ready]);

  // The height through the CSS object model, not a style attribute: a prerendered page's policy refuses
  // style attributes in its HTML. Before the first paint, so a chart drawn in the browser never changes size;
  // a prerendered one has its stylesheet's height for the same box until then (series.css).
  useLayoutEffect(() => {
    ref.current?.style.setProperty('height', typeof height === 'number' ? `${height}px` : height);
  }, [height]);

  return (
    <div className={className} role="img" aria-label={label}>
      <div ref={ref} className="echart-canvas" aria-hidden="true" />
    </div>
  );
}
