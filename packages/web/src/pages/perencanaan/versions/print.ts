/**
 * Prints one section of the page: the body gets a class for the print stylesheet (versions.css),
 * which hides everything but the element marked `data-printing`, until the print dialog closes.
 */
export function printSection(el: HTMLElement | null): void {
  if (!el) return;
  el.setAttribute('data-printing', '');
  document.body.classList.add('pv-printing');
  const done = () => {
    el.removeAttribute('data-printing');
    document.body.classList.remove('pv-printing');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}
