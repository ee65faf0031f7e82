module.exports = { displayName: 'api-onboarding', preset: '../../../jest.preset.js', rootDir: '.' };
