module.exports = { displayName: 'api-surveys', preset: '../../../jest.preset.js', rootDir: '.' };
