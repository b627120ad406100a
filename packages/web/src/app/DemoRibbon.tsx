import { id } from '../i18n/id.ts';

/** The "MODE DEMO" ribbon shown on every page while the server runs on demo data. */
export function DemoRibbon() {
  return (
    <aside className="demo-ribbon" aria-label={id.app.demoRibbon}>
      <strong>{id.app.demoRibbon}</strong>
      <span>{id.app.demoRibbonHint}</span>
    </aside>
  );
}
