// Renders its children once the lazily loaded feature texts (i18n/features) are in i18next; until then it
// suspends, so the nearest <Suspense> shows its loading state. Used by the signed-in layout around the pages.
import { use, type ReactNode } from 'react';
import { featureTextsReady, loadFeatureTexts } from '../i18n';

export function FeatureTexts({ children }: { children: ReactNode }) {
  if (!featureTextsReady()) use(loadFeatureTexts());
  return children;
}
