module.exports = { displayName: 'api-costs', preset: '../../../jest.preset.js', rootDir: '.' };
