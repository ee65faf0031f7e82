// Feature texts are not part of the first bundle: they arrive through loadFeatureTexts (both languages at once).
describe('feature texts', () => {
  it('are absent until loaded, then resolve in both languages', async () => {
    // A fresh module registry: the jest setup has already added the feature texts to the shared one.
    await jest.isolateModulesAsync(async () => {
      const { default: i18n, featureTextsReady, loadFeatureTexts } = await import('./index');
      expect(featureTextsReady()).toBe(false);
      expect(i18n.exists('feedback.title')).toBe(false);
      expect(i18n.t('auth.submit', { lng: 'zh-CN' })).toBe('登录'); // core texts are there from the start

      const first = loadFeatureTexts();
      expect(loadFeatureTexts()).toBe(first); // one load, however many callers
      await first;

      expect(featureTextsReady()).toBe(true);
      expect(i18n.t('feedback.title', { lng: 'zh-CN' })).toBe('客户反馈');
      expect(i18n.t('feedback.title', { lng: 'en-US' })).toBe('Customer feedback');
      expect(i18n.t('auth.submit', { lng: 'en-US' })).toBe('Sign in'); // merged, not replaced
    });
  });
});
