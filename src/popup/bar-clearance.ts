/**
 * Tab scrolls the control it reaches clear of the sticky action bar however tall the bar grows
 * (the fill's progress, French lines that wrap): the page's scroll padding (styles.css) follows
 * the bar's height. Returns the function that stops following it.
 */
export function followBarHeight(bar: HTMLElement): () => void {
  const observer = new ResizeObserver(() => document.documentElement.style.setProperty('--action-bar-height', `${bar.offsetHeight}px`));
  observer.observe(bar);
  return () => observer.disconnect();
}
